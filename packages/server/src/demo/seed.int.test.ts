import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidIdNumber } from "@zhijiao/domain";
import type { AppContext } from "../context.ts";
import { openPglite, type Database } from "../db/connect.ts";
import { migrate } from "../db/migrate.ts";
import { createFieldCipher } from "../security/secrets.ts";
import { verifyPassword } from "../security/passwords.ts";
import { DEMO_PASSWORD, demoAccounts, demoSubjectUsernames } from "./accounts.ts";
import { demoOrgIds } from "./orgs.ts";
import { isDatabaseEmpty, seedDemo } from "./seed.ts";

const today = "2026-07-15";
let database: Database;
let ctx: AppContext;
let seeded: { subjects: number; users: number };
let emptyBefore: boolean;

beforeAll(async () => {
  database = await openPglite();
  await migrate(database);
  ctx = {
    database,
    cipher: createFieldCipher(Buffer.alloc(32, 7)),
    now: () => new Date(`${today}T06:00:00Z`),
  };
  emptyBefore = await isDatabaseEmpty(database);
  seeded = await seedDemo(ctx, { today });
});
afterAll(async () => {
  await database?.close();
});

describe("seedDemo on an empty database", () => {
  it("builds the organisation tree with its kinds and division codes", async () => {
    expect(emptyBefore).toBe(true);
    expect(await isDatabaseEmpty(database)).toBe(false);
    const orgs = await database.db.selectFrom("organizations").selectAll().execute();
    const of = (kind: string) => orgs.filter((o) => o.kind === kind);
    expect(of("province").map((o) => o.division_code)).toEqual(["440000"]);
    expect(
      of("city")
        .map((o) => o.division_code)
        .sort(),
    ).toEqual(["440600", "445200"]);
    expect(
      of("county")
        .map((o) => o.division_code)
        .sort(),
    ).toEqual(["440605", "445202"]);
    const offices = of("office");
    expect(offices.map((o) => o.name).sort()).toEqual(
      [
        "丹灶司法所",
        "九江司法所",
        "大沥司法所",
        "桂城司法所",
        "梅云司法所",
        "狮山司法所",
        "西樵司法所",
        "里水司法所",
      ].sort(),
    );
    for (const o of offices) {
      const county = orgs.find((c) => c.id === o.county_id)!;
      expect(o.division_code).toMatch(/^\d{9}$/);
      expect(o.division_code.startsWith(county.division_code)).toBe(true);
      expect(o.parent_id).toBe(county.id);
      expect(o.province_id).toBe(demoOrgIds.province);
    }
    expect(
      of("court")
        .map((o) => o.name)
        .sort(),
    ).toEqual(["佛山市南海区人民法院", "揭阳市榕城区人民法院"]);
    expect(of("procuratorate")).toHaveLength(2);
    expect(of("police")).toHaveLength(2);
    const prison = of("prison");
    expect(prison).toMatchObject([
      { name: "广东省佛山监狱", parent_id: demoOrgIds.foshan, city_id: demoOrgIds.foshan, county_id: null },
    ]);
    const procuratorate = orgs.find((o) => o.id === demoOrgIds.nanhaiProcuratorate)!;
    expect(procuratorate).toMatchObject({
      parent_id: demoOrgIds.nanhai,
      county_id: demoOrgIds.nanhai,
      city_id: demoOrgIds.foshan,
    });
  });

  it("opens the demo accounts with the shared password, and assigns the social worker five of 桂城's subjects", async () => {
    expect(seeded.users).toBe(demoAccounts.length);
    const users = await database.db.selectFrom("users").selectAll().execute();
    expect(new Map(users.map((u) => [u.username, u.role]))).toEqual(
      new Map([
        ...demoAccounts.map((a) => [a.username, a.role] as const),
        ...demoSubjectUsernames.map((u) => [u, "subject"] as const),
      ]),
    );
    const staff = users.filter((u) => u.role !== "subject");
    expect(new Set(staff.map((u) => u.password_hash)).size).toBe(1);
    expect(await verifyPassword(staff[0]!.password_hash, DEMO_PASSWORD)).toBe(true);
    expect(users.every((u) => !u.must_change_password && /\p{Script=Han}{2,}/u.test(u.display_name))).toBe(
      true,
    );
    const social = users.find((u) => u.username === "social1")!;
    const assigned = await database.db
      .selectFrom("subject_assignments")
      .innerJoin("subjects", "subjects.id", "subject_assignments.subject_id")
      .select(["subjects.office_id", "subjects.status"])
      .where("subject_assignments.user_id", "=", social.id)
      .execute();
    expect(assigned).toHaveLength(5);
    expect(assigned.every((a) => a.office_id === demoOrgIds.guicheng && a.status === "in_correction")).toBe(
      true,
    );
  });

  it("opens two subject accounts for the mobile app: adults in correction at 桂城, named after them", async () => {
    const accounts = await database.db
      .selectFrom("users")
      .innerJoin("subjects", "subjects.id", "users.subject_id")
      .select([
        "users.username",
        "users.display_name",
        "users.org_id",
        "users.password_hash",
        "users.must_change_password",
        "subjects.name",
        "subjects.office_id",
        "subjects.status",
        "subjects.minor",
      ])
      .where("users.role", "=", "subject")
      .orderBy("users.username")
      .execute();
    expect(accounts.map((a) => a.username)).toEqual([...demoSubjectUsernames]);
    for (const a of accounts) {
      expect(a).toMatchObject({
        display_name: a.name,
        org_id: demoOrgIds.guicheng,
        office_id: demoOrgIds.guicheng,
        status: "in_correction",
        minor: false,
        must_change_password: false,
      });
      expect(await verifyPassword(a.password_hash, DEMO_PASSWORD)).toBe(true);
    }
  });

  it("adds 320 subjects with the category mix, a few minors and valid encrypted identity numbers", async () => {
    const subjects = await database.db.selectFrom("subjects").selectAll().execute();
    expect(seeded.subjects).toBe(320);
    expect(subjects.length).toBeGreaterThanOrEqual(300);
    for (const [category, share] of [
      ["02", 90],
      ["01", 4],
      ["03", 4],
      ["04", 2],
    ] as const) {
      const pct = (100 * subjects.filter((s) => s.category === category).length) / subjects.length;
      expect(Math.abs(pct - share), category).toBeLessThanOrEqual(3);
    }
    const minors = subjects.filter((s) => s.minor).length;
    expect(minors).toBeGreaterThanOrEqual(1);
    expect(minors).toBeLessThanOrEqual(6);
    for (const s of subjects) {
      const id = ctx.cipher.decrypt(s.id_number_enc);
      expect(isValidIdNumber(id, today)).toBe(true);
      expect(ctx.cipher.hash("id", id)).toBe(s.id_number_hash);
      expect(s.id_number_masked).toBe(`${id.slice(0, 6)}********${id.slice(-4)}`);
    }
    const offices = new Set(subjects.map((s) => s.office_id));
    expect(offices.size).toBe(8);
    expect(
      subjects
        .filter((s) => s.status === "released")
        .every((s) => s.released_on && s.released_on >= s.correction_end_on),
    ).toBe(true);
    expect(subjects.filter((s) => s.received_on?.startsWith("2026-07")).length).toBeGreaterThan(0);
    expect(subjects.every((s) => s.created_at.getTime() <= ctx.now().getTime())).toBe(true);
  });

  it("records one audit entry for the seeding, after the demo investigations' own steps", async () => {
    const audit = await database.db.selectFrom("audit_log").selectAll().orderBy("seq").execute();
    const demo = audit.filter((a) => a.action === "system.demo");
    expect(demo).toHaveLength(1);
    // The investigations and the location demo are taken through the use cases, as the county,
    // its head (R-EP-1: the head approves a positioning device) and the office accounts.
    const steps = audit.filter((a) => a.action !== "system.demo");
    expect(steps.length).toBeGreaterThan(0);
    for (const a of steps) {
      expect(a.action).toMatch(/^(case\.|device\.register$)/);
      expect(["county", "county_head", "office1"]).toContain(a.actor_username);
      expect(a.user_agent).toBe("demo");
    }
    expect(steps.filter((a) => a.actor_username === "county_head").map((a) => a.action)).toEqual([
      "case.approve_positioning",
    ]);
    expect(audit[audit.length - 1]).toMatchObject({
      action: "system.demo",
      resource_type: "system",
      user_agent: "cli",
      details: { subjects: 320, seed: 20260701 },
    });
  });

  it("R-EP-1: a 桂城 subject living in 南海区 wears bracelet 013800138000 under an approved authorization", async () => {
    const auths = await database.db.selectFrom("positioning_authorizations").selectAll().execute();
    expect(auths).toHaveLength(1);
    const auth = auths[0]!;
    // From the first of the demo's month for 3 months (2026-11-01 to 2027-01-31 in the tests' November).
    expect(auth).toMatchObject({
      condition: "ban_violation",
      status: "approved",
      from_on: "2026-07-01",
      until_on: "2026-09-30",
      extends_id: null,
    });
    expect(auth.document_number).toMatch(/^南海矫定位〔2026〕\d+号$/);
    const bindings = await database.db
      .selectFrom("device_bindings")
      .innerJoin("devices", "devices.id", "device_bindings.device_id")
      .innerJoin("subjects", "subjects.id", "device_bindings.subject_id")
      .select([
        "devices.kind",
        "devices.identifier",
        "devices.model",
        "devices.token_hash",
        "device_bindings.authorization_id",
        "device_bindings.ended_at",
        "subjects.id as subject_id",
        "subjects.office_id",
        "subjects.residence_division_code",
        "subjects.status",
      ])
      .orderBy("devices.identifier")
      .execute();
    expect(bindings.map((b) => [b.kind, b.identifier, b.ended_at])).toEqual([
      ["bracelet", "013800138000", null],
      ["phone", "860000000000001", null],
    ]);
    const [bracelet, phone] = bindings;
    expect(bracelet).toMatchObject({
      model: "JT/T 808 手环",
      authorization_id: auth.id,
      subject_id: auth.subject_id,
      office_id: demoOrgIds.guicheng,
      residence_division_code: "440605",
      status: "in_correction",
    });
    // A phone is not an electronic positioning device: no authorization; it is the app user's.
    const subject1 = await database.db
      .selectFrom("users")
      .select("subject_id")
      .where("username", "=", "subject1")
      .executeTakeFirstOrThrow();
    expect(phone).toMatchObject({
      authorization_id: null,
      subject_id: subject1.subject_id,
      office_id: demoOrgIds.guicheng,
    });
    expect(bracelet!.subject_id).not.toBe(phone!.subject_id);
    expect(bindings.every((b) => /^[0-9a-f]{64}$/.test(b.token_hash ?? ""))).toBe(true);
  });

  it("R-LV-5: the bracelet subject's court ban has its place drawn as a forbidden circle", async () => {
    const bans = await database.db.selectFrom("court_bans").selectAll().execute();
    expect(bans).toHaveLength(1);
    const zones = await database.db.selectFrom("zones").selectAll().execute();
    expect(zones).toHaveLength(1);
    expect(zones[0]).toMatchObject({
      subject_id: bans[0]!.subject_id,
      kind: "exclusion",
      source: "court_ban",
      source_id: bans[0]!.id,
      shape: { type: "circle", radiusM: 300 },
      ended_at: null,
    });
    const auth = await database.db
      .selectFrom("positioning_authorizations")
      .select("subject_id")
      .executeTakeFirstOrThrow();
    expect(bans[0]!.subject_id).toBe(auth.subject_id);
  });

  it("on a demo database adds subjects only, with identity numbers that do not collide", async () => {
    const more = await seedDemo(ctx, { subjects: 50, today });
    expect(more).toEqual({ subjects: 50, users: 0 });
    const n = await database.db
      .selectFrom("subjects")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(370);
    const hashes = await database.db.selectFrom("subjects").select("id_number_hash").execute();
    expect(new Set(hashes.map((h) => h.id_number_hash)).size).toBe(370);
    expect(await database.db.selectFrom("users").select("id").execute()).toHaveLength(
      demoAccounts.length + demoSubjectUsernames.length,
    );
  });
});
