import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../db/audit-chain.ts";
import { buildSubject } from "../../../test/factories.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  const guicheng = await orgId(server, "桂城司法所");
  for (let i = 0; i < 3; i++) {
    const s = (await server.as("office1", "POST", "/api/subjects", buildSubject(guicheng))).body;
    await server.as("office1", "GET", `/api/subjects/${s.id}`);
    await server.as("procurator", "GET", `/api/subjects/${s.id}`);
  }
});
afterAll(async () => {
  await server.close();
});

describe("GET /api/audit", () => {
  it("the administrator browses everything, newest first, filtered by action", async () => {
    const res = await server.as("admin", "GET", "/api/audit?action=subject.read&pageSize=10");
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(6);
    expect(res.body.items.every((e: { action: string }) => e.action === "subject.read")).toBe(true);
    const seqs = res.body.items.map((e: { seq: number }) => e.seq);
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
    expect(res.body.items[0]).toMatchObject({ actionLabel: "查阅档案", ip: expect.any(String) });
  });

  it("refuses bad filters and roles without oversight", async () => {
    expect((await server.as("admin", "GET", "/api/audit?from=yesterday")).status).toBe(400);
    expect((await server.as("city", "GET", "/api/audit")).status).toBe(403);
  });
});

describe("the hash chain (npm run audit:verify)", () => {
  it("verifies an untouched chain", async () => {
    const check = await verifyAuditChain(server.db);
    expect(check.ok).toBe(true);
    expect(check.entries).toBeGreaterThan(10);
  });

  it("detects an edited entry, a deleted entry and a deleted tail", async () => {
    const rows = await server.db.selectFrom("audit_log").select(["seq", "details"]).orderBy("seq").execute();
    const middle = rows[Math.floor(rows.length / 2)]!;
    await server.db
      .updateTable("audit_log")
      .set({ details: JSON.stringify({ forged: true }) })
      .where("seq", "=", middle.seq)
      .execute();
    let check = await verifyAuditChain(server.db);
    expect(check.ok).toBe(false);
    expect(check.problems.map((p) => p.seq)).toContain(middle.seq);
    await server.db
      .updateTable("audit_log")
      .set({ details: JSON.stringify(middle.details) })
      .where("seq", "=", middle.seq)
      .execute();
    expect((await verifyAuditChain(server.db)).ok).toBe(true);

    await server.db
      .deleteFrom("audit_log")
      .where("seq", "=", middle.seq + 1)
      .execute();
    check = await verifyAuditChain(server.db);
    expect(check.ok).toBe(false);
    expect(check.problems.some((p) => p.problem.includes("删除"))).toBe(true);
  });

  it("detects a deleted last entry", async () => {
    const fresh = await startTestServer();
    try {
      await fresh.as("office1", "GET", "/api/subjects");
      const last = await fresh.db
        .selectFrom("audit_log")
        .select("seq")
        .orderBy("seq", "desc")
        .executeTakeFirstOrThrow();
      await fresh.db.deleteFrom("audit_log").where("seq", "=", last.seq).execute();
      expect((await verifyAuditChain(fresh.db)).ok).toBe(false);
    } finally {
      await fresh.close();
    }
  });

  it("a refused change leaves no audit record", async () => {
    const before = await server.db.selectFrom("audit_head").select("seq").executeTakeFirstOrThrow();
    await server.as("office1", "POST", "/api/subjects", { name: "x" });
    const after = await server.db.selectFrom("audit_head").select("seq").executeTakeFirstOrThrow();
    expect(after.seq).toBe(before.seq);
  });
});
