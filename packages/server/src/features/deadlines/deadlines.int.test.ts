import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweepOverdueDeadlines } from "../../jobs/deadline-sweep.ts";
import { buildIdNumber, buildSubject } from "../../../test/factories.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";

/**
 * The "due soon / overdue" list of each office and county, and the notices an overdue deadline
 * raises (issue 3, R-DL-1, R-HO-2). Test today is 2026-11-20; due soon means within 3 days (cfg).
 */
let server: TestServer;
let guicheng: string;
let jiujiang: string;

interface Item {
  id: string;
  kind: string;
  kindLabel: string;
  rule: string;
  dueOn: string;
  state: string;
  subjectId: string | null;
  caseName: string | null;
  officeId: string | null;
}

/** A 缓刑 subject awaiting report, its judgment effective on `effectiveOn` (report due 10 days later, R-DL-1). */
async function register(user: string, officeId: string, name: string, effectiveOn: string, birth?: string) {
  const end = new Date(
    Date.UTC(
      Number(effectiveOn.slice(0, 4)) + 2,
      Number(effectiveOn.slice(5, 7)) - 1,
      Number(effectiveOn.slice(8)) - 1,
    ),
  );
  const res = await server.as(user, "POST", "/api/subjects", {
    ...buildSubject(officeId, {
      name,
      status: "awaiting_report",
      judgmentEffectiveOn: effectiveOn,
      correctionStartOn: effectiveOn,
      correctionEndOn: end.toISOString().slice(0, 10),
      ...(birth ? { idNumber: buildIdNumber({ birth }) } : {}),
    }),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; reportDueOn: string };
}

let overdue: { id: string; reportDueOn: string }; // 桂城, report due 2026-11-11
let dueToday: { id: string; reportDueOn: string }; // 桂城, report due 2026-11-20
let later: { id: string; reportDueOn: string }; // 九江, report due 2026-11-26
let minor: { id: string; reportDueOn: string }; // 桂城, a minor (R-PR-2)

beforeAll(async () => {
  server = await startTestServer();
  guicheng = await orgId(server, "桂城司法所");
  jiujiang = await orgId(server, "九江司法所");
  overdue = await register("office1", guicheng, "逾期甲", "2026-11-01");
  dueToday = await register("office1", guicheng, "到期乙", "2026-11-10");
  later = await register("office2", jiujiang, "未到丙", "2026-11-16");
  minor = await register("office1", guicheng, "少年丁", "2026-11-02", "2010-03-01");
});
afterAll(() => server.close());

async function list(user: string, query = ""): Promise<{ items: Item[]; total: number }> {
  const res = await server.as(user, "GET", `/api/deadlines?pageSize=100${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const subjectsIn = (items: Item[]) => new Set(items.map((i) => i.subjectId));

describe("GET /api/deadlines", () => {
  it("R-HO-2: the report deadlines are where R-DL-1 puts them", () => {
    expect([overdue.reportDueOn, dueToday.reportDueOn, later.reportDueOn]).toEqual([
      "2026-11-11",
      "2026-11-20",
      "2026-11-26",
    ]);
  });

  it("overdue: the office's open deadlines whose last day has passed, with their state, rule and name", async () => {
    const { items, total } = await list("office1", "&state=overdue");
    expect(total).toBe(items.length);
    expect(items.every((i) => i.state === "overdue")).toBe(true);
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "report",
          kindLabel: "报到",
          rule: "R-HO-2",
          dueOn: "2026-11-11",
          state: "overdue",
          subjectId: overdue.id,
          caseName: "逾期甲",
          officeId: guicheng,
        }),
      ]),
    );
    const seen = subjectsIn(items);
    expect(seen.has(dueToday.id)).toBe(false);
    expect(seen.has(later.id)).toBe(false);
  });

  it("due_soon: due within the configured days, overdue ones included, soonest first", async () => {
    const { items } = await list("office1", "&state=due_soon");
    const seen = subjectsIn(items);
    expect(seen.has(overdue.id)).toBe(true);
    expect(seen.has(dueToday.id)).toBe(true);
    expect(items.find((i) => i.subjectId === dueToday.id && i.kind === "report")?.state).toBe("due_soon");
    const dates = items.map((i) => i.dueOn);
    expect(dates).toEqual([...dates].sort());
  });

  it("open: every open deadline; kind and office filters", async () => {
    const all = await list("county", "&state=open");
    const seen = subjectsIn(all.items);
    for (const s of [overdue, dueToday, later, minor]) expect(seen.has(s.id)).toBe(true);
    expect(all.items.find((i) => i.subjectId === later.id && i.kind === "report")?.state).toBe("open");

    const reports = await list("county", "&kind=report");
    expect(reports.items.every((i) => i.kind === "report")).toBe(true);
    expect(subjectsIn(reports.items).has(later.id)).toBe(true);

    const jj = await list("county", `&officeId=${jiujiang}`);
    expect(jj.items.every((i) => i.officeId === jiujiang)).toBe(true);
    expect(subjectsIn(jj.items).has(later.id)).toBe(true);

    const page = await server.as("county", "GET", "/api/deadlines?pageSize=1&page=2");
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBe(all.total);
  });

  it("scope: office2 does not see office1's deadlines, nor office1 office2's; another county sees neither", async () => {
    const o2 = subjectsIn((await list("office2")).items);
    expect(o2.has(later.id)).toBe(true);
    expect(o2.has(overdue.id)).toBe(false);
    expect(o2.has(dueToday.id)).toBe(false);
    const o1 = subjectsIn((await list("office1")).items);
    expect(o1.has(later.id)).toBe(false);
    const other = subjectsIn((await list("jieyang_county")).items);
    for (const s of [overdue, dueToday, later, minor]) expect(other.has(s.id)).toBe(false);
  });

  it("R-PR-2 scope: the procuratorate sees its area, the city everything but minors", async () => {
    const proc = subjectsIn((await list("procurator")).items);
    for (const s of [overdue, later, minor]) expect(proc.has(s.id)).toBe(true);
    const city = subjectsIn((await list("city")).items);
    expect(city.has(overdue.id)).toBe(true);
    expect(city.has(minor.id)).toBe(false);
  });

  it("refuses roles without the list (403) and bad queries (400)", async () => {
    expect((await server.as("social1", "GET", "/api/deadlines")).status).toBe(403);
    expect((await server.as("admin", "GET", "/api/deadlines")).status).toBe(403);
    expect((await server.request("GET", "/api/deadlines")).status).toBe(401);
    for (const q of ["state=late", "kind=lunch", "pageSize=1000", "officeId=x", "extra=1"]) {
      const res = await server.as("county", "GET", `/api/deadlines?${q}`);
      expect(res.status, q).toBe(400);
    }
  });
});

describe("notices", () => {
  it("an overdue deadline raises one notice to the office and the county (title names the deadline and the person)", async () => {
    await sweepOverdueDeadlines(server.ctx);
    const rows = await server.db
      .selectFrom("notices")
      .innerJoin("deadlines", "deadlines.id", "notices.deadline_id")
      .select(["notices.recipient_org_id", "notices.title", "deadlines.kind"])
      .where("notices.subject_id", "=", overdue.id)
      .where("deadlines.kind", "=", "report")
      .execute();
    const county = (
      await server.db
        .selectFrom("subjects")
        .select("county_id")
        .where("id", "=", overdue.id)
        .executeTakeFirstOrThrow()
    ).county_id;
    expect(rows.map((r) => r.recipient_org_id).sort()).toEqual([guicheng, county].sort());
    expect(rows[0]!.title).toBe("报到期限已逾期：逾期甲");
    // Not yet overdue: no notice.
    const none = await server.db
      .selectFrom("notices")
      .select("id")
      .where("subject_id", "=", dueToday.id)
      .execute();
    expect(none).toEqual([]);
  });

  it("GET /api/notices lists the organisation's notices with the unread count; POST read marks one", async () => {
    const inbox = await server.as("office1", "GET", "/api/notices?unread=true&pageSize=100");
    expect(inbox.status).toBe(200);
    const notice = inbox.body.items.find(
      (n: { subjectId: string; kind: string }) => n.subjectId === overdue.id && n.kind === "deadline_overdue",
    );
    expect(notice).toMatchObject({ title: expect.stringContaining("逾期甲"), read: false, readAt: null });
    expect(inbox.body.unread).toBe(inbox.body.total);

    const read = await server.as("office1", "POST", `/api/notices/${notice.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: notice.id, read: true });
    const after = await server.as("office1", "GET", "/api/notices?pageSize=100");
    expect(after.body.unread).toBe(inbox.body.unread - 1);
    const unreadOnly = await server.as("office1", "GET", "/api/notices?unread=true&pageSize=100");
    expect(unreadOnly.body.items.some((n: { id: string }) => n.id === notice.id)).toBe(false);
    const audit = await server.db
      .selectFrom("audit_log")
      .select(["action", "actor_username"])
      .where("resource_id", "=", notice.id)
      .execute();
    expect(audit).toEqual([{ action: "notice.read", actor_username: "office1" }]);

    // Another office's notice is not found; so is a bad id. Office2 sees none of office1's.
    expect((await server.as("office2", "POST", `/api/notices/${notice.id}/read`)).status).toBe(404);
    expect((await server.as("office1", "POST", "/api/notices/not-a-uuid/read")).status).toBe(404);
    const o2 = await server.as("office2", "GET", "/api/notices?pageSize=100");
    expect(o2.body.items.some((n: { id: string }) => n.id === notice.id)).toBe(false);
  });

  it("refuses roles without notices (403) and bad queries (400)", async () => {
    expect((await server.as("social1", "GET", "/api/notices")).status).toBe(403);
    expect((await server.as("admin", "GET", "/api/notices")).status).toBe(403);
    expect((await server.as("county", "GET", "/api/notices?unread=maybe")).status).toBe(400);
    expect((await server.as("county", "GET", "/api/notices?page=0")).status).toBe(400);
  });
});
