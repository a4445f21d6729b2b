import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoUserId } from "../../demo/accounts.ts";
import { sweepOverdueDeadlines } from "../../jobs/deadline-sweep.ts";
import { sweepReleases } from "../../jobs/release-sweep.ts";
import { SWEEP_LOCK_KEY, runSweeps, startSweeps } from "../../jobs/run-sweeps.ts";
import { buildSubject } from "../../../test/factories.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";

/**
 * The scheduled sweeps (DESIGN.md "Scheduled work", STYLE.md 7): deadlines overdue → notices,
 * the end of correction periods (R-RL-1), stale sessions. Each is idempotent: a second run
 * changes nothing. Test today is 2026-11-20.
 */
let server: TestServer;
let guicheng: string;

beforeAll(async () => {
  server = await startTestServer();
  guicheng = await orgId(server, "桂城司法所");
});
afterAll(() => server.close());

let serial = 0;
/** A 缓刑 file in correction ending on `endOn`, registered directly (no intake, so no release deadlines yet). */
async function inCorrection(endOn: string): Promise<string> {
  serial += 1;
  const end = new Date(`${endOn}T00:00:00Z`);
  const startOn = new Date(Date.UTC(end.getUTCFullYear() - 2, end.getUTCMonth(), end.getUTCDate() + 1))
    .toISOString()
    .slice(0, 10);
  const res = await server.as("office1", "POST", "/api/subjects", {
    ...buildSubject(guicheng, {
      name: `期满对象${serial}`,
      judgmentEffectiveOn: startOn,
      correctionStartOn: startOn,
      correctionEndOn: endOn,
    }),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

async function awaitingReport(effectiveOn: string): Promise<string> {
  serial += 1;
  const end = new Date(
    Date.UTC(
      Number(effectiveOn.slice(0, 4)) + 2,
      Number(effectiveOn.slice(5, 7)) - 1,
      Number(effectiveOn.slice(8)) - 1,
    ),
  );
  const res = await server.as("office1", "POST", "/api/subjects", {
    ...buildSubject(guicheng, {
      name: `未报到对象${serial}`,
      status: "awaiting_report",
      judgmentEffectiveOn: effectiveOn,
      correctionStartOn: effectiveOn,
      correctionEndOn: end.toISOString().slice(0, 10),
    }),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

async function deadlinesOf(subjectId: string) {
  return server.db
    .selectFrom("deadlines")
    .select(["id", "kind", "due_on", "status"])
    .where("subject_id", "=", subjectId)
    .orderBy("kind")
    .execute();
}

async function noticesOf(subjectId: string) {
  return server.db
    .selectFrom("notices")
    .select(["kind", "recipient_org_id", "deadline_id", "title"])
    .where("subject_id", "=", subjectId)
    .orderBy("kind")
    .orderBy("recipient_org_id")
    .execute();
}

async function eventsOf(subjectId: string) {
  return server.db
    .selectFrom("case_events")
    .select(["step", "occurred_on", "actor_id", "summary"])
    .where("subject_id", "=", subjectId)
    .orderBy("seq")
    .execute();
}

async function countyOf(subjectId: string): Promise<string> {
  const row = await server.db
    .selectFrom("subjects")
    .select("county_id")
    .where("id", "=", subjectId)
    .executeTakeFirstOrThrow();
  return row.county_id;
}

describe("deadline sweep", () => {
  it("an open deadline past due gets one notice to the office and the county; running twice sends nothing twice", async () => {
    const id = await awaitingReport("2026-11-01"); // report and documents due 2026-11-11
    const first = await runSweeps(server.ctx);
    expect(first.ran).toBe(true);
    expect(first.errors).toEqual([]);
    const after1 = await noticesOf(id);
    const county = await countyOf(id);
    const report = (await deadlinesOf(id)).find((d) => d.kind === "report")!;
    const reportNotices = after1.filter((n) => n.deadline_id === report.id);
    expect(reportNotices.map((n) => n.recipient_org_id).sort()).toEqual([guicheng, county].sort());
    expect(reportNotices[0]!.title).toMatch(/^报到期限已逾期：未报到对象\d+$/);
    expect(after1.every((n) => n.kind === "deadline_overdue")).toBe(true);

    const total = async () =>
      Number(
        (
          await server.db
            .selectFrom("notices")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before2 = await total();
    const second = await runSweeps(server.ctx);
    expect(second.ran).toBe(true);
    expect(second.deadlines?.notices).toBe(0);
    expect(await total()).toBe(before2);
    expect(await noticesOf(id)).toEqual(after1);
  });

  it("a deadline not yet past due gets no notice; it does once the day has passed", async () => {
    const id = await awaitingReport("2026-11-10"); // due 2026-11-20, today
    await sweepOverdueDeadlines(server.ctx);
    expect(await noticesOf(id)).toEqual([]);
    await sweepOverdueDeadlines(server.ctx, new Date("2026-11-21T02:00:00Z"));
    expect((await noticesOf(id)).length).toBe(4); // report and handover documents, office and county each
  });

  it("the sweep acts as the system: audit records without an actor", async () => {
    const id = await awaitingReport("2026-11-02");
    await sweepOverdueDeadlines(server.ctx);
    const audit = await server.db
      .selectFrom("audit_log")
      .select(["action", "actor_id", "actor_username"])
      .where("subject_id", "=", id)
      .where("action", "=", "notice.deadline_overdue")
      .execute();
    expect(audit.length).toBe(2);
    expect(audit.every((a) => a.actor_id === null && a.actor_username === null)).toBe(true);
  });

  it("handles items in bounded batches: a batch of 1 still reaches every overdue deadline", async () => {
    const a = await awaitingReport("2026-11-03");
    const b = await awaitingReport("2026-11-04");
    const out = await sweepOverdueDeadlines(server.ctx, undefined, { batchSize: 1, maxBatches: 1000 });
    expect(out.failed).toBe(0);
    expect((await noticesOf(a)).length).toBe(4);
    expect((await noticesOf(b)).length).toBe(4);
  });
});

describe("R-RL-1 release sweep", () => {
  it("R-RL-1: a period ended → one release-due event and notice, the release and preparation deadlines; once only", async () => {
    const id = await inCorrection("2026-11-19");
    await runSweeps(server.ctx);
    const events = await eventsOf(id);
    expect(events.map((e) => e.step)).toEqual(["register", "release_due"]);
    expect(events[1]).toMatchObject({
      occurred_on: "2026-11-19",
      actor_id: null,
      summary: "矫正期满，待办理解除",
    });
    expect(await deadlinesOf(id)).toEqual([
      expect.objectContaining({ kind: "release", due_on: "2026-11-19", status: "open" }),
      expect.objectContaining({ kind: "release_preparation", due_on: "2026-10-20", status: "open" }),
    ]);
    const notices = await noticesOf(id);
    const county = await countyOf(id);
    const due = notices.filter((n) => n.kind === "release_due");
    expect(due.map((n) => n.recipient_org_id).sort()).toEqual([guicheng, county].sort());
    expect(due[0]!.title).toMatch(/^矫正期满待解除：期满对象\d+$/);
    // Both new deadlines are already past: the deadline sweep of the same run notified them.
    expect(notices.filter((n) => n.kind === "deadline_overdue")).toHaveLength(4);

    const snapshot = {
      events: await eventsOf(id),
      deadlines: await deadlinesOf(id),
      notices: await noticesOf(id),
    };
    const again = await runSweeps(server.ctx);
    expect(again.ran).toBe(true);
    expect({
      events: await eventsOf(id),
      deadlines: await deadlinesOf(id),
      notices: await noticesOf(id),
    }).toEqual(snapshot);
    const audit = await server.db
      .selectFrom("audit_log")
      .select(["actor_id"])
      .where("subject_id", "=", id)
      .where("action", "=", "case.release_due")
      .execute();
    expect(audit).toEqual([{ actor_id: null }]);
  });

  it("R-RL-1: an end within 30 days (cfg) opens the deadlines but nothing is due yet; a later end, nothing", async () => {
    const soon = await inCorrection("2026-12-15");
    const far = await inCorrection("2027-06-30");
    await sweepReleases(server.ctx);
    expect(await deadlinesOf(soon)).toEqual([
      expect.objectContaining({ kind: "release", due_on: "2026-12-15", status: "open" }),
      expect.objectContaining({ kind: "release_preparation", due_on: "2026-11-15", status: "open" }),
    ]);
    expect((await eventsOf(soon)).map((e) => e.step)).toEqual(["register"]);
    expect(await deadlinesOf(far)).toEqual([]);
    expect(await noticesOf(far)).toEqual([]);
  });

  it("R-RL-1: a file already prepared gets no preparation deadline; a released file is left alone", async () => {
    const prepared = await inCorrection("2026-11-18");
    const res = await server.as("office1", "POST", `/api/subjects/${prepared}/release-preparation`, {
      preparedOn: "2026-10-20",
      personalSummary: "个人总结",
      appraisal: "鉴定意见",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    await sweepReleases(server.ctx);
    expect((await deadlinesOf(prepared)).map((d) => d.kind)).toEqual(["release"]);

    const released = await server.as("county", "POST", `/api/subjects/${prepared}/release`, {
      releasedOn: "2026-11-20",
      ground: "expiry",
      conductSummary: "表现良好",
    });
    expect(released.status, JSON.stringify(released.body)).toBe(200);
    const before = { events: await eventsOf(prepared), notices: await noticesOf(prepared) };
    await runSweeps(server.ctx, new Date("2026-11-25T02:00:00Z"));
    expect({ events: await eventsOf(prepared), notices: await noticesOf(prepared) }).toEqual(before);
  });
});

describe("session sweep", () => {
  it("removes sessions ended or idle for more than 30 days and keeps the others", async () => {
    const now = server.clock.now().getTime();
    const day = 86_400_000;
    const user = demoUserId("office2");
    const rows = [
      { name: "ended-long-ago", created: now - 40 * day, seen: now - 35 * day, ended: now - 35 * day },
      { name: "idle-long", created: now - 40 * day, seen: now - 31 * day, ended: null },
      { name: "ended-recently", created: now - 3 * day, seen: now - 2 * day, ended: now - 2 * day },
      { name: "active", created: now - 1 * day, seen: now - 60_000, ended: null },
    ];
    const hashes = new Map<string, string>();
    for (const r of rows) {
      const hash = `test-${r.name}-${randomBytes(4).toString("hex")}`;
      hashes.set(r.name, hash);
      await server.db
        .insertInto("sessions")
        .values({
          token_hash: hash,
          user_id: user,
          created_at: new Date(r.created),
          last_seen_at: new Date(r.seen),
          ended_at: r.ended === null ? null : new Date(r.ended),
          ip: null,
          user_agent: null,
        })
        .execute();
    }
    const report = await runSweeps(server.ctx);
    expect(report.sessions?.deleted).toBeGreaterThanOrEqual(2);
    const left = await server.db
      .selectFrom("sessions")
      .select("token_hash")
      .where("token_hash", "in", [...hashes.values()])
      .execute();
    expect(left.map((r) => r.token_hash).sort()).toEqual(
      [hashes.get("ended-recently")!, hashes.get("active")!].sort(),
    );
    const audit = await server.db
      .selectFrom("audit_log")
      .select(["action", "actor_id"])
      .where("action", "=", "session.purge")
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(1);
    expect(audit.every((a) => a.actor_id === null)).toBe(true);
    // Signed-in accounts keep working.
    expect((await server.as("office1", "GET", "/api/notices")).status).toBe(200);
  });
});

describe("one leader", () => {
  it("a run while another is in progress in the same process does nothing", async () => {
    const [a, b] = await Promise.all([runSweeps(server.ctx), runSweeps(server.ctx)]);
    expect([a.ran, b.ran].sort()).toEqual([false, true]);
  });

  it.runIf(Boolean(process.env.DATABASE_URL))(
    "another process holding the advisory lock keeps this one from running",
    async () => {
      await server.db.connection().execute(async (conn) => {
        await sql`select pg_advisory_lock(${SWEEP_LOCK_KEY}::bigint)`.execute(conn);
        try {
          expect((await runSweeps(server.ctx)).ran).toBe(false);
        } finally {
          await sql`select pg_advisory_unlock(${SWEEP_LOCK_KEY}::bigint)`.execute(conn);
        }
      });
      expect((await runSweeps(server.ctx)).ran).toBe(true);
    },
  );

  it("the lock is released after a run (the next run takes it)", async () => {
    expect((await runSweeps(server.ctx)).ran).toBe(true);
    expect((await runSweeps(server.ctx)).ran).toBe(true);
  });

  it("startSweeps runs at once and on schedule; its stop function waits for a run in progress", async () => {
    const id = await inCorrection("2026-11-17");
    const reports: boolean[] = [];
    const stop = startSweeps(server.ctx, 60 * 60_000, { onReport: (r) => reports.push(r.ran) });
    for (let i = 0; i < 200 && reports.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
    await stop();
    expect(reports).toEqual([true]);
    expect((await eventsOf(id)).map((e) => e.step)).toEqual(["register", "release_due"]);
  });
});
