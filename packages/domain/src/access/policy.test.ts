import { describe, it, expect } from "vitest";
import {
  abilitiesOf,
  actions,
  auditsEveryRead,
  can,
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
  admin: ["org:list", "org:manage", "user:list", "user:manage", "audit:browse"],
  province_supervisor: [
    "subject:list",
    "subject:read",
    "subject:audit",
    "org:list",
    "user:list",
    "user:manage",
    "dashboard:read",
  ],
  city_supervisor: [
    "subject:list",
    "subject:read",
    "subject:audit",
    "org:list",
    "user:list",
    "user:manage",
    "dashboard:read",
  ],
  county_officer: [
    "subject:list",
    "subject:read",
    "subject:create",
    "subject:update",
    "subject:reveal",
    "subject:audit",
    "org:list",
    "dashboard:read",
  ],
  county_head: [
    "subject:list",
    "subject:read",
    "subject:create",
    "subject:update",
    "subject:reveal",
    "subject:audit",
    "org:list",
    "dashboard:read",
  ],
  office_worker: [
    "subject:list",
    "subject:read",
    "subject:create",
    "subject:update",
    "subject:reveal",
    "subject:audit",
    "org:list",
    "dashboard:read",
  ],
  social_worker: ["subject:list", "subject:read", "org:list"],
  procurator: [
    "subject:list",
    "subject:read",
    "subject:reveal",
    "subject:audit",
    "org:list",
    "audit:browse",
    "dashboard:read",
  ],
  subject: ["subject:read"],
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
  it("R-PR-3: a subject only reads (its own file, see scope)", () => {
    expect(abilitiesOf({ role: "subject" })).toEqual(["subject:read"]);
  });
  it("R-PR-3: a procurator is the role whose every read, lists included, is audited", () => {
    expect(roles.filter(auditsEveryRead)).toEqual(["procurator"]);
  });
  it("R-PR-3: social workers see no identity numbers or phones", () => {
    expect(roles.filter((r) => !seesIdentity(r))).toEqual(["social_worker"]);
    expect(can({ role: "social_worker" }, "subject:reveal")).toBe(false);
  });
});
