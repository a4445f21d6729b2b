/** The demo accounts: one per role, all with the password `Sqjz#2026`. */
import type { Role } from "@zhijiao/domain";
import type { NewRow } from "../db/schema.ts";
import { demoOrgIds } from "./orgs.ts";
import { stableUuid } from "./random.ts";

export const DEMO_PASSWORD = "Sqjz#2026";

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  orgId: string;
}

export const demoAccounts: readonly DemoAccount[] = [
  { username: "admin", displayName: "黄建明", role: "admin", orgId: demoOrgIds.province },
  { username: "province", displayName: "李卫东", role: "province_supervisor", orgId: demoOrgIds.province },
  { username: "city", displayName: "梁志华", role: "city_supervisor", orgId: demoOrgIds.foshan },
  { username: "county", displayName: "陈嘉欣", role: "county_officer", orgId: demoOrgIds.nanhai },
  { username: "county_head", displayName: "何国强", role: "county_head", orgId: demoOrgIds.nanhai },
  { username: "office1", displayName: "林晓敏", role: "office_worker", orgId: demoOrgIds.guicheng },
  { username: "office2", displayName: "冯伟杰", role: "office_worker", orgId: demoOrgIds.jiujiang },
  {
    username: "procurator",
    displayName: "吴丽萍",
    role: "procurator",
    orgId: demoOrgIds.nanhaiProcuratorate,
  },
  { username: "jieyang_county", displayName: "黄泽鹏", role: "county_officer", orgId: demoOrgIds.rongcheng },
  { username: "office_meiyun", displayName: "郑少娜", role: "office_worker", orgId: demoOrgIds.meiyun },
  { username: "social1", displayName: "麦嘉怡", role: "social_worker", orgId: demoOrgIds.guicheng },
];

/** The demo subjects' accounts for the mobile app (/m/): two adults in correction at 桂城. */
export const demoSubjectUsernames = ["subject1", "subject2"] as const;

/** How many of 桂城's subjects the demo social worker is assigned. */
export const SOCIAL_WORKER_SUBJECTS = 5;

export function demoUserId(username: string): string {
  return stableUuid(`user:${username}`);
}

/** Rows for the users table; `passwordHash` is computed once by the caller (argon2 is slow on purpose). */
export function demoUserRows(passwordHash: string): NewRow<"users">[] {
  return demoAccounts.map((a) => ({
    id: demoUserId(a.username),
    username: a.username,
    display_name: a.displayName,
    role: a.role,
    org_id: a.orgId,
    subject_id: null,
    password_hash: passwordHash,
    must_change_password: false,
    locked_until: null,
    last_login_at: null,
  }));
}
