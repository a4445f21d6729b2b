import { describe, it, expect } from "vitest";
import { can } from "./policy.ts";
import type { Actor, Role } from "./roles.ts";
import {
  inSubjectScope,
  orgScope,
  subjectScope,
  type OrgScope,
  type SubjectPlace,
  type SubjectScope,
} from "./scope.ts";
import { buildActor, buildSubjectPlace, orgs } from "./test-factories.ts";

/** Whether the actor may open the file: the role may read, and the file is in its scope. */
function seesFile(actor: Actor, place: SubjectPlace): boolean {
  return can(actor, "subject:read") && inSubjectScope(subjectScope(actor), place);
}

describe("subjectScope: each role with its default organisation", () => {
  const expected: Record<Role, SubjectScope> = {
    admin: { kind: "none" },
    province_supervisor: { kind: "org", column: "provinceId", orgId: orgs.province.id, includeMinors: false },
    city_supervisor: { kind: "org", column: "cityId", orgId: orgs.foshan.id, includeMinors: false },
    county_officer: { kind: "org", column: "countyId", orgId: orgs.shunde.id, includeMinors: true },
    county_head: { kind: "org", column: "countyId", orgId: orgs.shunde.id, includeMinors: true },
    office_worker: { kind: "org", column: "officeId", orgId: orgs.daliangOffice.id, includeMinors: true },
    social_worker: { kind: "assigned", userId: "user-social_worker", officeId: orgs.daliangOffice.id },
    procurator: { kind: "org", column: "countyId", orgId: orgs.shunde.id, includeMinors: true },
    subject: { kind: "self", subjectId: "subject-1" },
  };
  it.each(Object.entries(expected) as [Role, SubjectScope][])("%s", (role, scope) => {
    expect(subjectScope(buildActor(role))).toEqual(scope);
  });
});

describe("subjectScope: procurators by the level they are attached to", () => {
  it("a county procuratorate reads its county, minors included", () => {
    expect(subjectScope(buildActor("procurator", { org: orgs.nanhaiProcuratorate }))).toEqual({
      kind: "org",
      column: "countyId",
      orgId: orgs.nanhai.id,
      includeMinors: true,
    });
  });
  it("R-PR-2: a city procuratorate reads its city, without minors", () => {
    expect(subjectScope(buildActor("procurator", { org: orgs.foshanProcuratorate }))).toEqual({
      kind: "org",
      column: "cityId",
      orgId: orgs.foshan.id,
      includeMinors: false,
    });
  });
  it("R-PR-2: a provincial procuratorate reads its province, without minors", () => {
    expect(subjectScope(buildActor("procurator", { org: orgs.provinceProcuratorate }))).toEqual({
      kind: "org",
      column: "provinceId",
      orgId: orgs.province.id,
      includeMinors: false,
    });
  });
  it("a procuratorate attached nowhere reads nothing", () => {
    const loose = { ...orgs.provinceProcuratorate, provinceId: null };
    expect(subjectScope(buildActor("procurator", { org: loose }))).toEqual({ kind: "none" });
  });
  it("a subject account without a file reads nothing", () => {
    expect(subjectScope(buildActor("subject", { subjectId: null }))).toEqual({ kind: "none" });
  });
});

describe("orgScope", () => {
  const expected: Record<Role, OrgScope> = {
    admin: { kind: "all" },
    province_supervisor: { kind: "subtree", column: "provinceId", orgId: orgs.province.id },
    city_supervisor: { kind: "subtree", column: "cityId", orgId: orgs.foshan.id },
    county_officer: { kind: "subtree", column: "countyId", orgId: orgs.shunde.id },
    county_head: { kind: "subtree", column: "countyId", orgId: orgs.shunde.id },
    office_worker: { kind: "subtree", column: "id", orgId: orgs.daliangOffice.id },
    social_worker: { kind: "subtree", column: "id", orgId: orgs.daliangOffice.id },
    procurator: { kind: "subtree", column: "countyId", orgId: orgs.shunde.id },
    subject: { kind: "subtree", column: "id", orgId: orgs.daliangOffice.id },
  };
  it.each(Object.entries(expected) as [Role, OrgScope][])("%s", (role, scope) => {
    expect(orgScope(buildActor(role))).toEqual(scope);
  });
  it("procurators see the area of the level they are attached to", () => {
    expect(orgScope(buildActor("procurator", { org: orgs.foshanProcuratorate }))).toEqual({
      kind: "subtree",
      column: "cityId",
      orgId: orgs.foshan.id,
    });
    expect(orgScope(buildActor("procurator", { org: orgs.provinceProcuratorate }))).toEqual({
      kind: "subtree",
      column: "provinceId",
      orgId: orgs.province.id,
    });
  });
});

describe("who sees a file", () => {
  const adultHere = buildSubjectPlace();
  const adultElsewhere = buildSubjectPlace({ id: "subject-2", office: orgs.guicheng });
  const nanhaiOfficer = buildActor("county_officer", { org: orgs.nanhai });
  const guangzhouSupervisor = buildActor("city_supervisor", { org: orgs.guangzhou });

  it.each([
    ["office_worker of the office", buildActor("office_worker"), true, false],
    [
      "office_worker of another office in the county",
      buildActor("office_worker", { org: orgs.ronggui }),
      false,
      false,
    ],
    [
      "office_worker of the other county's office",
      buildActor("office_worker", { org: orgs.guicheng }),
      false,
      true,
    ],
    ["county_officer of the county", buildActor("county_officer"), true, false],
    ["county_head of the county", buildActor("county_head"), true, false],
    ["county_officer of another county", nanhaiOfficer, false, true],
    ["city_supervisor of the city", buildActor("city_supervisor"), true, true],
    ["city_supervisor of another city", guangzhouSupervisor, false, false],
    ["province_supervisor", buildActor("province_supervisor"), true, true],
    ["procurator of the county", buildActor("procurator"), true, false],
    [
      "procurator of another county",
      buildActor("procurator", { org: orgs.nanhaiProcuratorate }),
      false,
      true,
    ],
    ["admin", buildActor("admin"), false, false],
  ] as const)("%s: here %s, in 南海 %s", (_label, actor, here, elsewhere) => {
    expect(seesFile(actor, adultHere)).toBe(here);
    expect(seesFile(actor, adultElsewhere)).toBe(elsewhere);
  });
});

describe("R-PR-2: a minor's file", () => {
  const minor = buildSubjectPlace({ id: "minor-1", minor: true });

  it.each([
    ["its office worker", buildActor("office_worker")],
    ["its county officer", buildActor("county_officer")],
    ["its county head", buildActor("county_head")],
    ["the procurator of its county", buildActor("procurator")],
  ] as const)("R-PR-2: is visible to %s", (_label, actor) => {
    expect(seesFile(actor, minor)).toBe(true);
  });

  it.each([
    ["the city supervisor", buildActor("city_supervisor")],
    ["the province supervisor", buildActor("province_supervisor")],
    ["the administrator", buildActor("admin")],
    ["an office worker of another office", buildActor("office_worker", { org: orgs.ronggui })],
    ["a county officer of another county", buildActor("county_officer", { org: orgs.nanhai })],
    ["the city procuratorate", buildActor("procurator", { org: orgs.foshanProcuratorate })],
    ["the provincial procuratorate", buildActor("procurator", { org: orgs.provinceProcuratorate })],
    ["another subject", buildActor("subject", { subjectId: "subject-9" })],
    ["a social worker not assigned to it", buildActor("social_worker")],
  ] as const)("R-PR-2: is hidden from %s", (_label, actor) => {
    expect(seesFile(actor, minor)).toBe(false);
  });

  it("R-PR-2: the same supervisors still see the adults of the same office", () => {
    const adult = buildSubjectPlace({ id: "adult-1" });
    expect(seesFile(buildActor("city_supervisor"), adult)).toBe(true);
    expect(seesFile(buildActor("province_supervisor"), adult)).toBe(true);
  });

  it("R-PR-2: is visible to the social worker assigned to it (a member of its correction team)", () => {
    const assigned = { ...minor, assignedUserIds: ["user-social_worker"] };
    expect(seesFile(buildActor("social_worker"), assigned)).toBe(true);
  });

  it("R-PR-2: is visible to the minor himself", () => {
    expect(seesFile(buildActor("subject", { subjectId: "minor-1" }), minor)).toBe(true);
  });
});

describe("a social worker", () => {
  const worker = buildActor("social_worker");
  it("sees only the subjects assigned to them", () => {
    const assigned = buildSubjectPlace({ id: "s-a", assignedUserIds: ["user-x", worker.userId] });
    const unassigned = buildSubjectPlace({ id: "s-u", assignedUserIds: ["user-x"] });
    const none = buildSubjectPlace({ id: "s-n", assignedUserIds: undefined });
    expect(seesFile(worker, assigned)).toBe(true);
    expect(seesFile(worker, unassigned)).toBe(false);
    expect(seesFile(worker, none)).toBe(false);
  });
  it("loses an assigned file once it moves to another office", () => {
    const moved = buildSubjectPlace({
      id: "s-m",
      officeId: "another-office",
      assignedUserIds: [worker.userId],
    });
    expect(seesFile(worker, moved)).toBe(false);
  });
  it("does not see an unassigned file of their own office", () => {
    expect(seesFile(worker, buildSubjectPlace())).toBe(false);
  });
});

describe("a subject", () => {
  it("sees only their own file", () => {
    const me = buildActor("subject", { subjectId: "subject-1" });
    expect(seesFile(me, buildSubjectPlace({ id: "subject-1" }))).toBe(true);
    expect(seesFile(me, buildSubjectPlace({ id: "subject-2" }))).toBe(false);
  });
});
