import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { subjectScope } from "@zhijiao/domain";
import { inTransaction } from "../../context.ts";
import { AuthRepository, DashboardRepository } from "../../db/gateway/index.ts";
import { buildSubject } from "../../../test/factories.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe("GET /api/dashboard", () => {
  it("counts those in correction by category, level and office, straight from the database", async () => {
    const before = (await server.as("county", "GET", "/api/dashboard")).body;
    expect(before.inCorrection.total).toBeGreaterThan(0);
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(sum(before.inCorrection.byCategory)).toBe(before.inCorrection.total);
    expect(sum(before.inCorrection.byLevel)).toBe(before.inCorrection.total);
    const direct = await server.db
      .selectFrom("subjects")
      .innerJoin("organizations", "organizations.id", "subjects.county_id")
      .where("organizations.division_code", "=", "440605")
      .where("subjects.status", "=", "in_correction")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(before.inCorrection.total).toBe(Number(direct.n));

    const guicheng = await orgId(server, "桂城司法所");
    await server.as(
      "office1",
      "POST",
      "/api/subjects",
      buildSubject(guicheng, {
        category: "01",
        correctionEndOn: "2026-12-09",
        sentence: { penalty: "surveillance", termMonths: 11 },
      }),
    );
    const after = (await server.as("county", "GET", "/api/dashboard")).body;
    expect(after.inCorrection.total).toBe(before.inCorrection.total + 1);
    expect(after.inCorrection.byCategory["01"]).toBe((before.inCorrection.byCategory["01"] ?? 0) + 1);
    expect(after.receivedThisMonth).toBe(before.receivedThisMonth + 1);
  });

  it("counts minors above the county without listing them", async () => {
    const city = (await server.as("city", "GET", "/api/dashboard")).body;
    const county = (await server.as("county", "GET", "/api/dashboard")).body;
    expect(city.inCorrection.total).toBe(county.inCorrection.total);
    expect(city.minors).toBe(county.minors);
  });

  it("the procurator's look at the counts is audited; an office worker's is not", async () => {
    const reads = () =>
      server.db
        .selectFrom("audit_log")
        .select(["actor_username"])
        .where("action", "=", "dashboard.read")
        .execute();
    expect((await server.as("procurator", "GET", "/api/dashboard")).status).toBe(200);
    expect((await server.as("office1", "GET", "/api/dashboard")).status).toBe(200);
    expect((await reads()).map((r) => r.actor_username)).toEqual(["procurator"]);
  });

  it("the summary the triggers keep agrees with a recount after creates, changes and moves", async () => {
    const guicheng = await orgId(server, "桂城司法所");
    const jiujiang = await orgId(server, "九江司法所");
    const a = (
      await server.as("office1", "POST", "/api/subjects", buildSubject(guicheng, { level: "lenient" }))
    ).body;
    await server.as("office1", "PATCH", `/api/subjects/${a.id}`, { version: 1, level: "strict" });
    await server.as("county", "PATCH", `/api/subjects/${a.id}`, { version: 2, officeId: jiujiang });
    const meta = { ip: null, userAgent: "test" };
    for (const username of ["county", "city", "province", "jieyang_county", "office1"]) {
      const [summary, recount] = await inTransaction(server.ctx, null, meta, async (gw) => {
        const user = await new AuthRepository(gw).findUserByUsername(username);
        const actor = await new AuthRepository(gw).loadActor(user!);
        const scope = subjectScope(actor);
        const all = scope.kind === "org" ? { ...scope, includeMinors: true } : scope;
        const repo = new DashboardRepository(gw.withActor(actor));
        return Promise.all([
          repo.counts(all, "2026-11-01", "2026-12-01"),
          repo.recount(all, "2026-11-01", "2026-12-01"),
        ]);
      });
      const norm = (d: typeof summary) => ({
        ...d,
        groups: [...d.groups].sort((x, y) =>
          `${x.officeId}${x.category}${x.level}`.localeCompare(`${y.officeId}${y.category}${y.level}`),
        ),
      });
      expect(norm(summary), username).toEqual(norm(recount));
    }
    const county = (await server.as("county", "GET", "/api/dashboard")).body;
    expect(
      county.inCorrection.byOffice.find((o: { officeId: string }) => o.officeId === jiujiang).count,
    ).toBeGreaterThan(0);
  });
});
