/**
 * Test data for the access rules: a small organisation tree and builders for actors and subject
 * places. Not exported from the package index.
 */
import type { OrgKind } from "../organizations/kinds.ts";
import type { Actor, Role } from "./roles.ts";
import type { SubjectPlace } from "./scope.ts";

export type TestOrg = Actor["org"];

function org(
  id: string,
  kind: OrgKind,
  name: string,
  divisionCode: string,
  ancestors: { provinceId?: string; cityId?: string; countyId?: string } = {},
): TestOrg {
  return {
    id,
    kind,
    name,
    divisionCode,
    provinceId: ancestors.provinceId ?? null,
    cityId: ancestors.cityId ?? null,
    countyId: ancestors.countyId ?? null,
  };
}

const province = org("prov-gd", "province", "广东省司法厅", "440000");
const foshan = org("city-fs", "city", "佛山市司法局", "440600", { provinceId: province.id });
const guangzhou = org("city-gz", "city", "广州市司法局", "440100", { provinceId: province.id });
const inFoshan = { provinceId: province.id, cityId: foshan.id };
const shunde = org("county-sd", "county", "顺德区社区矫正管理局", "440606", inFoshan);
const nanhai = org("county-nh", "county", "南海区社区矫正管理局", "440605", inFoshan);
const haizhu = org("county-hz", "county", "海珠区社区矫正管理局", "440105", {
  provinceId: province.id,
  cityId: guangzhou.id,
});
const inShunde = { ...inFoshan, countyId: shunde.id };

/**
 * 广东省 → 佛山市 (顺德区: 大良、容桂司法所; 南海区: 桂城司法所) and 广州市 (海珠区), with
 * procuratorates attached at each level.
 */
export const orgs = {
  province,
  foshan,
  guangzhou,
  shunde,
  nanhai,
  haizhu,
  daliangOffice: org("office-dl", "office", "大良司法所", "440606", inShunde),
  ronggui: org("office-rg", "office", "容桂司法所", "440606", inShunde),
  guicheng: org("office-gc", "office", "桂城司法所", "440605", { ...inFoshan, countyId: nanhai.id }),
  shundeProcuratorate: org("proc-sd", "procuratorate", "佛山市顺德区人民检察院", "440606", inShunde),
  nanhaiProcuratorate: org("proc-nh", "procuratorate", "佛山市南海区人民检察院", "440605", {
    ...inFoshan,
    countyId: nanhai.id,
  }),
  foshanProcuratorate: org("proc-fs", "procuratorate", "佛山市人民检察院", "440600", inFoshan),
  provinceProcuratorate: org("proc-gd", "procuratorate", "广东省人民检察院", "440000", {
    provinceId: province.id,
  }),
} as const;

/** The organisation an actor of each role belongs to unless a test says otherwise. */
export const defaultOrgOf: Record<Role, TestOrg> = {
  admin: orgs.province,
  province_supervisor: orgs.province,
  city_supervisor: orgs.foshan,
  county_officer: orgs.shunde,
  county_head: orgs.shunde,
  office_worker: orgs.daliangOffice,
  social_worker: orgs.daliangOffice,
  procurator: orgs.shundeProcuratorate,
  subject: orgs.daliangOffice,
};

export function buildActor(role: Role, overrides: Partial<Actor> = {}): Actor {
  return {
    userId: `user-${role}`,
    username: role.replace("_", "."),
    displayName: `测试${role}`,
    role,
    org: defaultOrgOf[role],
    subjectId: role === "subject" ? "subject-1" : null,
    ...overrides,
  };
}

/** A subject file's place, by default an adult at 大良司法所 (顺德区, 佛山市). */
export function buildSubjectPlace(
  overrides: Partial<SubjectPlace> & { office?: TestOrg } = {},
): SubjectPlace {
  const { office = orgs.daliangOffice, ...rest } = overrides;
  return {
    id: "subject-1",
    officeId: office.id,
    countyId: office.countyId ?? "",
    cityId: office.cityId ?? "",
    provinceId: office.provinceId ?? "",
    minor: false,
    assignedUserIds: [],
    ...rest,
  };
}
