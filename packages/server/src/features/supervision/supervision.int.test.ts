import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSubject } from "../../../test/factories.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";

/** R-SV-1..3 through the real server. Test today is 2026-11-20 (10:00 in Shanghai). */
let server: TestServer;
let guicheng: string;

beforeAll(async () => {
  server = await startTestServer();
  guicheng = await orgId(server, "桂城司法所");
});
afterAll(() => server.close());

let serial = 0;
/** A file in correction at 桂城 whose supervision at `level` began on `since` (a Monday by default). */
async function newSubject(level = "strict", since = "2026-11-02") {
  serial += 1;
  const res = await server.as("office1", "POST", "/api/subjects", {
    ...buildSubject(guicheng, { name: `监管对象${serial}` }),
    level,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const id = res.body.id as string;
  await server.db
    .updateTable("subjects")
    .set({ received_on: since, created_at: `${since}T01:00:00.000Z` })
    .where("id", "=", id)
    .execute();
  return id;
}

async function record(id: string, body: Record<string, unknown>, user = "office1") {
  return server.as(user, "POST", `/api/subjects/${id}/records`, body);
}

async function duties(id: string, user = "office1") {
  const res = await server.as(user, "GET", `/api/subjects/${id}/duties`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items as {
    kind: string;
    dueOn: string;
    state: string;
    periodStart: string;
    achieved: number;
  }[];
}

async function count(table: "supervision_records" | "level_changes", subjectId: string) {
  const rows = await server.db.selectFrom(table).select("id").where("subject_id", "=", subjectId).execute();
  return rows.length;
}

async function level(id: string) {
  const row = await server.db
    .selectFrom("subjects")
    .select(["level", "version"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return row;
}

describe("duties (R-SV-2)", () => {
  it("R-SV-2: 严管 duties fall due weekly with due dates; past weeks not done are overdue", async () => {
    const id = await newSubject("strict");
    const items = await duties(id);
    const inPerson = items.filter((d) => d.kind === "in_person_report");
    expect(inPerson.map((d) => [d.periodStart, d.dueOn, d.state])).toEqual([
      ["2026-11-02", "2026-11-08", "overdue"],
      ["2026-11-09", "2026-11-15", "overdue"],
      ["2026-11-16", "2026-11-22", "pending"],
    ]);
    expect(items.filter((d) => d.kind === "talk")).toHaveLength(3);
    expect(items.find((d) => d.kind === "education_hours")).toMatchObject({
      dueOn: "2026-12-01",
      state: "pending",
    });
  });

  it("R-SV-2: 普管 reports in person every 2 weeks and writes monthly", async () => {
    const id = await newSubject("normal");
    const items = await duties(id);
    expect(items.filter((d) => d.kind === "in_person_report").map((d) => [d.dueOn, d.state])).toEqual([
      ["2026-11-15", "overdue"],
      ["2026-11-29", "pending"],
    ]);
    expect(items.find((d) => d.kind === "thought_report")).toMatchObject({
      dueOn: "2026-12-01",
      state: "pending",
    });
    expect(items.some((d) => d.kind === "talk")).toBe(false);
  });

  it("R-SV-2: a record makes its duty done; hours add up to the month's quota", async () => {
    const id = await newSubject("strict");
    const res = await record(id, {
      kind: "in_person_report",
      occurredAt: "2026-11-05T02:00:00.000Z",
      place: "桂城司法所",
      content: "当面报告近期情况",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      kind: "in_person_report",
      kindLabel: "当面报告",
      occurredOn: "2026-11-05",
    });
    for (const hours of [8, 4])
      expect(
        (
          await record(id, {
            kind: "education_hours",
            occurredAt: "2026-11-10T02:00:00.000Z",
            content: "集中教育",
            hours,
          })
        ).status,
      ).toBe(201);
    const items = await duties(id);
    // The first week is done, so only the missed second week and the current one are listed.
    expect(items.filter((d) => d.kind === "in_person_report").map((d) => [d.periodStart, d.state])).toEqual([
      ["2026-11-09", "overdue"],
      ["2026-11-16", "pending"],
    ]);
    expect(items.find((d) => d.kind === "education_hours")).toMatchObject({ state: "done", achieved: 12 });
    const list = await server.as("office1", "GET", `/api/subjects/${id}/records`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(3);
  });

  it("R-SV-2: the office's overdue duties across its files; another office sees none of them", async () => {
    const id = await newSubject("strict");
    const mine: { subjectId: string; kind: string; state: string }[] = [];
    for (let page = 1; page < 50; page += 1) {
      const res = await server.as("office1", "GET", `/api/duties?state=overdue&pageSize=100&page=${page}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      mine.push(...res.body.items);
      if (page * 100 >= res.body.total) break;
    }
    const ofSubject = mine.filter((d) => d.subjectId === id);
    expect(ofSubject).toHaveLength(6);
    expect(ofSubject.every((d) => d.state === "overdue")).toBe(true);
    const other = await server.as("office2", "GET", "/api/duties?state=overdue&pageSize=100");
    expect(other.status).toBe(200);
    expect(other.body.items.some((d: { subjectId: string }) => d.subjectId === id)).toBe(false);
    expect((await server.as("office1", "GET", "/api/duties?state=late")).status).toBe(400);
  });

  it("R-SV-3: an immediate report and a visitor report are events on the file", async () => {
    const id = await newSubject();
    for (const kind of ["immediate_report", "visitor_report"])
      expect(
        (await record(id, { kind, occurredAt: "2026-11-19T02:00:00.000Z", content: `${kind}：变更工作单位` }))
          .status,
      ).toBe(201);
    const events = await server.db
      .selectFrom("case_events")
      .select("step")
      .where("subject_id", "=", id)
      .execute();
    expect(events.map((e) => e.step)).toEqual(expect.arrayContaining(["immediate_report", "visitor_report"]));
  });

  it("R-SV-2: refusals change nothing: bad input 400, procurator 403, other office 404", async () => {
    const id = await newSubject();
    const ok = { kind: "talk", occurredAt: "2026-11-19T02:00:00.000Z", content: "个别谈话" };
    expect((await record(id, { ...ok, kind: "chat" })).status).toBe(400);
    expect((await record(id, { ...ok, extra: 1 })).status).toBe(400);
    expect((await record(id, { ...ok, occurredAt: "2026-11-25T02:00:00.000Z" })).status).toBe(400);
    expect((await record(id, { ...ok, kind: "service_hours" })).status).toBe(400);
    expect((await record(id, { ...ok, hours: 2 })).status).toBe(400);
    expect((await record(id, ok, "procurator")).status).toBe(403);
    expect((await record(id, ok, "office2")).status).toBe(404);
    expect((await server.as("office2", "GET", `/api/subjects/${id}/duties`)).status).toBe(404);
    expect((await server.as("office2", "GET", `/api/subjects/${id}/records`)).status).toBe(404);
    expect(await count("supervision_records", id)).toBe(0);
  });
});

describe("level changes (R-SV-1)", () => {
  it("R-SV-1: a level changes only after the county approves; the history is kept", async () => {
    const id = await newSubject("strict", "2026-08-01");
    const proposed = await server.as("office1", "POST", `/api/subjects/${id}/level-changes`, {
      toLevel: "normal",
      grounds: "严管期满，表现良好",
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    expect(proposed.body).toMatchObject({
      status: "proposed",
      fromLevel: "strict",
      toLevel: "normal",
      toLevelLabel: "普管",
    });
    expect((await level(id)).level).toBe("strict");
    const again = await server.as("office1", "POST", `/api/subjects/${id}/level-changes`, {
      toLevel: "lenient",
      grounds: "再次提请",
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("LEVEL_CHANGE_OPEN");

    const byOffice = await server.as("office1", "POST", `/api/level-changes/${proposed.body.id}/decision`, {
      approve: true,
    });
    expect(byOffice.status).toBe(403);
    expect((await level(id)).level).toBe("strict");

    const decided = await server.as("county", "POST", `/api/level-changes/${proposed.body.id}/decision`, {
      approve: true,
      comment: "同意",
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body).toMatchObject({ status: "approved", decisionComment: "同意" });
    expect((await level(id)).level).toBe("normal");
    const twice = await server.as("county", "POST", `/api/level-changes/${proposed.body.id}/decision`, {
      approve: true,
    });
    expect(twice.status).toBe(409);

    const history = await server.as("office1", "GET", `/api/subjects/${id}/level-changes`);
    expect(history.status).toBe(200);
    expect(history.body).toMatchObject({ level: "normal", total: 1, suggestion: { level: "normal" } });
    // The duties now follow 普管 from the day of approval.
    const items = await duties(id);
    expect(items.filter((d) => d.kind === "in_person_report").map((d) => [d.periodStart, d.dueOn])).toEqual([
      ["2026-11-20", "2026-12-03"],
    ]);
    const steps = await server.db
      .selectFrom("case_events")
      .select("step")
      .where("subject_id", "=", id)
      .execute();
    expect(steps.map((e) => e.step)).toEqual(
      expect.arrayContaining(["propose_level_change", "approve_level_change"]),
    );
  });

  it("R-SV-1: a rejected proposal leaves the level; a new subject is suggested 严管", async () => {
    const id = await newSubject("normal", "2026-11-02");
    const proposed = await server.as("office1", "POST", `/api/subjects/${id}/level-changes`, {
      toLevel: "lenient",
      grounds: "表现良好",
    });
    expect(proposed.status).toBe(201);
    const rejected = await server.as("county", "POST", `/api/level-changes/${proposed.body.id}/decision`, {
      approve: false,
      comment: "入矫未满两个月",
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body.status).toBe("rejected");
    expect((await level(id)).level).toBe("normal");
    const history = await server.as("office1", "GET", `/api/subjects/${id}/level-changes`);
    expect(history.body.suggestion).toMatchObject({
      level: "strict",
      grounds: [expect.objectContaining({ rule: "R-SV-1" })],
    });
  });

  it("R-SV-1: refusals change nothing: 400 bad input, 403 procurator, 404 other office and county", async () => {
    const id = await newSubject("strict");
    const before = await level(id);
    const post = (body: unknown, user = "office1") =>
      server.as(user, "POST", `/api/subjects/${id}/level-changes`, body);
    expect((await post({ toLevel: "medium", grounds: "x" })).status).toBe(400);
    expect((await post({ toLevel: "normal" })).status).toBe(400);
    expect((await post({ toLevel: "strict", grounds: "同级" })).status).toBe(400);
    expect((await post({ toLevel: "normal", grounds: "x" }, "procurator")).status).toBe(403);
    expect((await post({ toLevel: "normal", grounds: "x" }, "office2")).status).toBe(404);
    expect((await post({ toLevel: "normal", grounds: "x" }, "jieyang_county")).status).toBe(404);
    expect(await count("level_changes", id)).toBe(0);

    const proposed = await post({ toLevel: "normal", grounds: "依据" });
    expect(proposed.status).toBe(201);
    const decide = (body: unknown, user = "county") =>
      server.as(user, "POST", `/api/level-changes/${proposed.body.id}/decision`, body);
    expect((await decide({ approve: "yes" })).status).toBe(400);
    expect((await decide({ approve: true }, "procurator")).status).toBe(403);
    expect((await decide({ approve: true }, "jieyang_county")).status).toBe(404);
    expect(
      (await server.as("county", "POST", "/api/level-changes/not-an-id/decision", { approve: true })).status,
    ).toBe(404);
    expect(await level(id)).toEqual(before);
    const row = await server.db
      .selectFrom("level_changes")
      .select("status")
      .where("id", "=", proposed.body.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("proposed");
  });
});
