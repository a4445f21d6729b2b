import { describe, expect, it } from "vitest";
import { DomainError, type Actor, type OrgKind, type Role } from "@zhijiao/domain";
import { requireCountyAgency } from "./scope.ts";

const COUNTY = "c0000000-0000-4000-8000-000000000001";
const OTHER_COUNTY = "c0000000-0000-4000-8000-000000000002";
const OFFICE = "o0000000-0000-4000-8000-000000000001";

function actor(role: Role, orgId: string, kind: OrgKind): Actor {
  return {
    userId: "u",
    username: role,
    displayName: role,
    role,
    subjectId: null,
    org: {
      id: orgId,
      kind,
      name: "机构",
      divisionCode: "440605",
      provinceId: "p",
      cityId: "c",
      countyId: kind === "county" ? null : COUNTY,
    },
  };
}

function decides(a: Actor, officeId: string | null = null): boolean | string {
  try {
    requireCountyAgency(a, COUNTY, { action: "test:decide" }, officeId);
    return true;
  } catch (e) {
    if (e instanceof DomainError) return `${e.code} ${JSON.stringify(e.details)}`;
    throw e;
  }
}

describe("requireCountyAgency: the county agency of the file decides", () => {
  it.each([
    ["the county officer of the file's county", actor("county_officer", COUNTY, "county"), null, true],
    ["the county head of the file's county", actor("county_head", COUNTY, "county"), null, true],
    ["another county's head", actor("county_head", OTHER_COUNTY, "county"), null, false],
    [
      "the file's office, when the step is not an office's",
      actor("office_worker", OFFICE, "office"),
      null,
      false,
    ],
    ["the file's office, when the step allows it", actor("office_worker", OFFICE, "office"), OFFICE, true],
    ["another office, when the step allows the file's", actor("office_worker", "x", "office"), OFFICE, false],
    ["the city above the county", actor("city_supervisor", "c", "city"), null, false],
    ["the procurator of the county", actor("procurator", "pr", "procuratorate"), null, false],
  ] as const)("%s: %s", (_who, a, officeId, allowed) => {
    expect(decides(a, officeId)).toBe(allowed ? true : 'FORBIDDEN {"action":"test:decide"}');
  });
});
