import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/codes.ts";
import { assertCan } from "./assert.ts";
import { buildActor, orgs } from "./test-factories.ts";
import { mayManageUsersIn, mayWriteInOffice } from "./write-scope.ts";
import type { Role } from "./roles.ts";

describe("mayWriteInOffice", () => {
  const table: [Role, keyof typeof orgs, boolean][] = [
    ["office_worker", "daliangOffice", true],
    ["office_worker", "ronggui", false],
    ["county_officer", "daliangOffice", true],
    ["county_officer", "ronggui", true],
    ["county_officer", "guicheng", false],
    ["county_head", "ronggui", true],
    ["city_supervisor", "daliangOffice", false],
    ["province_supervisor", "daliangOffice", false],
    ["admin", "daliangOffice", false],
    ["procurator", "daliangOffice", false],
    ["social_worker", "daliangOffice", false],
    ["subject", "daliangOffice", false],
    ["county_officer", "shunde", false],
  ];
  for (const [role, office, expected] of table) {
    it(`${role} in ${office}: ${expected}`, () => {
      expect(mayWriteInOffice(buildActor(role), orgs[office])).toBe(expected);
    });
  }
});

describe("mayManageUsersIn", () => {
  const withSelf = (o: (typeof orgs)[keyof typeof orgs]) =>
    o.kind === "province" ? { ...o, provinceId: o.id } : o.kind === "city" ? { ...o, cityId: o.id } : o;
  const table: [Role, keyof typeof orgs, boolean][] = [
    ["admin", "haizhu", true],
    ["province_supervisor", "haizhu", true],
    ["province_supervisor", "province", true],
    ["city_supervisor", "daliangOffice", true],
    ["city_supervisor", "foshan", true],
    ["city_supervisor", "haizhu", false],
    ["city_supervisor", "province", false],
    ["county_head", "daliangOffice", false],
    ["office_worker", "daliangOffice", false],
    ["procurator", "daliangOffice", false],
  ];
  for (const [role, org, expected] of table) {
    it(`${role} manages accounts of ${org}: ${expected}`, () => {
      expect(mayManageUsersIn(buildActor(role), withSelf(orgs[org]))).toBe(expected);
    });
  }
});

describe("assertCan", () => {
  it("passes an allowed action and refuses another with FORBIDDEN", () => {
    expect(() => assertCan(buildActor("office_worker"), "subject:create")).not.toThrow();
    try {
      assertCan(buildActor("procurator"), "subject:update");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe("FORBIDDEN");
      expect((e as DomainError).status).toBe(403);
    }
  });
});
