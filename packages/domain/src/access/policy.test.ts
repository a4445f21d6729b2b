import { describe, it, expect } from "vitest";
import {
  abilitiesOf,
  actions,
  auditsEveryRead,
  can,
  isCountyAgencyOf,
  permissionTable,
  seesIdentity,
  type Action,
} from "./policy.ts";
import { roles, type Role } from "./roles.ts";
import { buildActor } from "./test-factories.ts";

/**
 * The whole permission table, written out: any change to a role's abilities must change this
 * test too, and be reviewed as such.
 */
const expected: Record<Role, readonly Action[]> = {
  admin: [
    "audit:browse",
    "calendar:manage",
    "calendar:read",
    "org:list",
    "org:manage",
    "user:list",
    "user:manage",
  ],
  province_supervisor: [
    "alert:read",
    "calendar:read",
    "dashboard:read",
    "deadline:list",
    "document:read",
    "investigation:read",
    "notice:list",
    "org:list",
    "subject:audit",
    "subject:list",
    "subject:read",
    "template:manage",
    "user:list",
    "user:manage",
  ],
  city_supervisor: [
    "alert:read",
    "calendar:read",
    "dashboard:read",
    "deadline:list",
    "document:read",
    "investigation:read",
    "leave:decide",
    "notice:list",
    "org:list",
    "subject:audit",
    "subject:list",
    "subject:read",
    "user:list",
    "user:manage",
  ],
  county_officer: [
    "alert:handle",
    "alert:read",
    "calendar:read",
    "case:close",
    "case:intake",
    "case:manage",
    "case:register",
    "dashboard:read",
    "deadline:list",
    "device:bind",
    "device:manage",
    "document:read",
    "investigation:create",
    "investigation:decide",
    "investigation:read",
    "investigation:work",
    "leave:decide",
    "leave:request",
    "level:decide",
    "level:propose",
    "location:read",
    "notice:list",
    "org:list",
    "positioning:propose",
    "sanction:decide",
    "sanction:propose",
    "subject:audit",
    "subject:create",
    "subject:list",
    "subject:read",
    "subject:reveal",
    "subject:update",
    "supervision:record",
    "transfer:apply",
    "transfer:arrive",
    "transfer:decide",
    "zone:manage",
  ],
  county_head: [
    "alert:handle",
    "alert:read",
    "calendar:read",
    "case:close",
    "case:intake",
    "case:manage",
    "case:register",
    "dashboard:read",
    "deadline:list",
    "device:bind",
    "device:manage",
    "document:read",
    "investigation:create",
    "investigation:decide",
    "investigation:read",
    "investigation:work",
    "leave:decide",
    "leave:request",
    "level:decide",
    "level:propose",
    "location:read",
    "notice:list",
    "org:list",
    "positioning:decide",
    "positioning:propose",
    "sanction:decide",
    "sanction:propose",
    "subject:audit",
    "subject:create",
    "subject:list",
    "subject:read",
    "subject:reveal",
    "subject:update",
    "supervision:record",
    "transfer:apply",
    "transfer:arrive",
    "transfer:decide",
    "zone:manage",
  ],
  office_worker: [
    "alert:handle",
    "alert:read",
    "calendar:read",
    "case:intake",
    "case:manage",
    "case:register",
    "dashboard:read",
    "deadline:list",
    "device:bind",
    "document:read",
    "investigation:read",
    "investigation:work",
    "leave:decide",
    "leave:request",
    "level:propose",
    "location:read",
    "notice:list",
    "org:list",
    "positioning:propose",
    "sanction:propose",
    "subject:audit",
    "subject:create",
    "subject:list",
    "subject:read",
    "subject:reveal",
    "subject:update",
    "supervision:record",
    "transfer:apply",
    "transfer:arrive",
    "zone:manage",
  ],
  social_worker: ["org:list", "subject:list", "subject:read"],
  procurator: [
    "alert:read",
    "audit:browse",
    "calendar:read",
    "dashboard:read",
    "deadline:list",
    "document:read",
    "investigation:read",
    "notice:list",
    "org:list",
    "subject:audit",
    "subject:list",
    "subject:read",
    "subject:reveal",
  ],
  subject: ["leave:request", "subject:read"],
};

describe("permissionTable", () => {
  it("covers exactly the 9 roles", () => {
    expect(Object.keys(permissionTable).sort()).toEqual([...roles].sort());
    expect(roles).toHaveLength(9);
  });
  it("knows these actions", () => {
    expect([...actions]).toEqual([
      "subject:list",
      "subject:read",
      "subject:create",
      "subject:update",
      "subject:reveal",
      "subject:audit",
      "org:list",
      "org:manage",
      "user:list",
      "user:manage",
      "audit:browse",
      "dashboard:read",
      "investigation:read",
      "investigation:create",
      "investigation:work",
      "investigation:decide",
      "case:register",
      "case:intake",
      "case:manage",
      "transfer:apply",
      "transfer:decide",
      "transfer:arrive",
      "case:close",
      "deadline:list",
      "notice:list",
      "document:read",
      "calendar:read",
      "calendar:manage",
      "template:manage",
      "supervision:record",
      "level:propose",
      "level:decide",
      "leave:request",
      "leave:decide",
      "sanction:propose",
      "sanction:decide",
      "alert:read",
      "alert:handle",
      "location:read",
      "zone:manage",
      "device:manage",
      "device:bind",
      "positioning:propose",
      "positioning:decide",
    ]);
  });
  it.each(roles)("%s: its actions, and only those", (role) => {
    expect([...permissionTable[role]].sort()).toEqual([...expected[role]].sort());
    expect(new Set(permissionTable[role]).size).toBe(permissionTable[role].length);
  });
});

describe("can", () => {
  const cases = roles.flatMap((role) =>
    actions.map((action) => [role, action, expected[role].includes(action)] as const),
  );
  it.each(cases)("%s %s → %s", (role, action, allowed) => {
    expect(can(buildActor(role), action)).toBe(allowed);
    expect(can({ role }, action)).toBe(allowed);
  });
});

describe("abilitiesOf", () => {
  it.each(roles)("%s: the allowed actions in catalogue order", (role) => {
    expect(abilitiesOf(buildActor(role))).toEqual(actions.filter((a) => expected[role].includes(a)));
  });
});

describe("least privilege (R-PR-3)", () => {
  it("R-PR-3: only case workers create or change subject files", () => {
    const writers = roles.filter(
      (r) => can({ role: r }, "subject:create") || can({ role: r }, "subject:update"),
    );
    expect(writers).toEqual(["county_officer", "county_head", "office_worker"]);
  });
  it("R-PR-3: the administrator manages accounts and organisations but reads no subject file", () => {
    for (const a of actions.filter((x) => x.startsWith("subject:")))
      expect(can({ role: "admin" }, a)).toBe(false);
  });
  it("R-PR-3: only the administrator changes organisations", () => {
    expect(roles.filter((r) => can({ role: r }, "org:manage"))).toEqual(["admin"]);
  });
  it("R-PR-3: a subject reads its own file (see scope) and applies for its own leave (R-LV-1)", () => {
    expect(abilitiesOf({ role: "subject" })).toEqual(["subject:read", "leave:request"]);
  });
  it("R-PR-3: a procurator is the role whose every read, lists included, is audited", () => {
    expect(roles.filter(auditsEveryRead)).toEqual(["procurator"]);
  });
  it("R-PR-3: social workers see no identity numbers or phones", () => {
    expect(roles.filter((r) => !seesIdentity(r))).toEqual(["social_worker"]);
    expect(can({ role: "social_worker" }, "subject:reveal")).toBe(false);
  });
});

describe("isCountyAgencyOf", () => {
  it("only the county agency's officer or head of that very county decides", () => {
    const county = buildActor("county_officer");
    expect(isCountyAgencyOf(county, county.org.id)).toBe(true);
    expect(isCountyAgencyOf(buildActor("county_head"), buildActor("county_head").org.id)).toBe(true);
    expect(isCountyAgencyOf(county, "another-county")).toBe(false);
    const office = buildActor("office_worker");
    expect(isCountyAgencyOf(office, office.org.id)).toBe(false);
    expect(isCountyAgencyOf(buildActor("procurator"), county.org.id)).toBe(false);
  });
});
