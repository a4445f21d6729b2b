import type { OrgKind, OrgRef } from "../organizations/kinds.ts";

export const roles = [
  "admin",
  "province_supervisor",
  "city_supervisor",
  "county_officer",
  "county_head",
  "office_worker",
  "social_worker",
  "procurator",
  "subject",
] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  admin: "系统管理员",
  province_supervisor: "省级监管人员",
  city_supervisor: "市级监管人员",
  county_officer: "县级社区矫正机构工作人员",
  county_head: "县级社区矫正机构负责人",
  office_worker: "司法所工作人员",
  social_worker: "社会工作者/志愿者",
  procurator: "检察人员",
  subject: "矫正对象",
};

/** The kind of organisation an account of each role belongs to. */
export const roleOrgKinds: Record<Role, readonly OrgKind[]> = {
  admin: ["province"],
  province_supervisor: ["province"],
  city_supervisor: ["city"],
  county_officer: ["county"],
  county_head: ["county"],
  office_worker: ["office"],
  social_worker: ["office"],
  procurator: ["procuratorate"],
  subject: ["office"],
};

/** Who is asking: built once per request from the session. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  org: OrgRef & { name: string; divisionCode: string };
  /** Set for role `subject`: the person's own file. */
  subjectId: string | null;
}
