import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSubject } from "../../../test/factories.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";

/** Loss of contact (脱管, R-MS-1) and its days as absence (R-SN-2/4). Test today is 2026-11-20. */
let server: TestServer;
let guicheng: string;
let nanhai: string;
let police: string;

beforeAll(async () => {
  server = await startTestServer();
  guicheng = await orgId(server, "桂城司法所");
  nanhai = await orgId(server, "南海区社区矫正");
  police = (
    await server.db
      .selectFrom("organizations")
      .select("id")
      .where("kind", "=", "police")
      .where("division_code", "=", "440605")
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => server.close());

let serial = 0;
async function newSubject(overrides: Parameters<typeof buildSubject>[1] = {}): Promise<string> {
  serial += 1;
  const res = await server.as("office1", "POST", "/api/subjects", {
    ...buildSubject(guicheng, { name: `脱管对象${serial}`, ...overrides }),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

const lost = (lostOn: string) => ({ lostOn, circumstances: "连续两日电话无法接通，居住地无人" });

async function snapshot(subjectId: string) {
  const [absences, events, notices] = await Promise.all([
    server.db.selectFrom("absences").selectAll().where("subject_id", "=", subjectId).orderBy("id").execute(),
    server.db.selectFrom("case_events").select("id").where("subject_id", "=", subjectId).execute(),
    server.db.selectFrom("notices").select("id").where("subject_id", "=", subjectId).execute(),
  ]);
  return { absences, events: events.length, notices: notices.length };
}

async function suggestions(id: string) {
  const res = await server.as("office1", "GET", `/api/subjects/${id}/suggestions`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { absenceDays: number; suggestions: { kind: string; rule: string }[] };
}

describe("loss of contact (R-MS-1)", () => {
  it("R-MS-1: opening a search notifies the police and the county at once; the outcome closes it", async () => {
    const id = await newSubject();
    const res = await server.as("office1", "POST", `/api/subjects/${id}/absences`, lost("2026-11-18"));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ status: "searching", lostOn: "2026-11-18", foundOn: null });

    const notices = await server.db
      .selectFrom("notices")
      .select("recipient_org_id")
      .where("subject_id", "=", id)
      .where("kind", "=", "loss_of_contact")
      .execute();
    expect(notices.map((n) => n.recipient_org_id).sort()).toEqual([nanhai, police].sort());

    const closed = await server.as("office1", "POST", `/api/absences/${res.body.id}/outcome`, {
      foundOn: "2026-11-20",
      outcome: "在亲戚家找到，已带回司法所谈话教育",
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ status: "found", foundOn: "2026-11-20" });

    const list = await server.as("county", "GET", `/api/subjects/${id}/absences`);
    expect(list.body.items).toEqual([expect.objectContaining({ id: res.body.id, status: "found" })]);
    const timeline = await server.as("office1", "GET", `/api/subjects/${id}/timeline`);
    const steps = (timeline.body.items as { step: string }[]).map((e) => e.step);
    expect(steps).toEqual(expect.arrayContaining(["lose_contact", "regain_contact"]));
    // Two days out of contact: up to 10 days supports a reprimand (R-SN-1).
    const s = await suggestions(id);
    expect(s.absenceDays).toBe(2);
    expect(s.suggestions.map((x) => x.kind)).toEqual(["reprimand"]);
  });

  it("R-MS-1: 15 days of absence yield a warning suggestion under R-SN-2", async () => {
    const id = await newSubject();
    const res = await server.as("office1", "POST", `/api/subjects/${id}/absences`, lost("2026-11-01"));
    await server.as("office1", "POST", `/api/absences/${res.body.id}/outcome`, {
      foundOn: "2026-11-16",
      outcome: "本人主动到司法所报到",
    });
    const s = await suggestions(id);
    expect(s.absenceDays).toBe(15);
    expect(s.suggestions).toEqual([expect.objectContaining({ kind: "warning", rule: "R-SN-2" })]);
  });

  it("R-MS-1: a search open over a month supports revocation of 缓刑 (R-SN-4)", async () => {
    const id = await newSubject({ category: "02" });
    const res = await server.as("office1", "POST", `/api/subjects/${id}/absences`, lost("2026-10-15"));
    expect(res.status).toBe(201);
    const s = await suggestions(id);
    expect(s.absenceDays).toBe(36);
    expect(s.suggestions.map((x) => x.kind)).toContain("revoke_probation");
    expect(s.suggestions.map((x) => x.kind)).not.toContain("warning");
  });

  it("R-MS-1: refusals change nothing: 403 role, 404 other office, 400 bad input, 409 open search or closed file", async () => {
    const id = await newSubject();
    const url = `/api/subjects/${id}/absences`;
    const before = await snapshot(id);
    expect((await server.as("procurator", "POST", url, lost("2026-11-19"))).status).toBe(403);
    expect((await server.as("office2", "POST", url, lost("2026-11-19"))).status).toBe(404);
    expect((await server.as("office2", "GET", url)).status).toBe(404);
    for (const body of [
      lost("2026-11-21"),
      lost("2026-13-01"),
      { lostOn: "2026-11-19", circumstances: " " },
      { ...lost("2026-11-19"), extra: true },
    ])
      expect((await server.as("office1", "POST", url, body)).status, JSON.stringify(body)).toBe(400);
    expect(await snapshot(id)).toEqual(before);

    const open = await server.as("office1", "POST", url, lost("2026-11-19"));
    expect(open.status).toBe(201);
    const opened = await snapshot(id);
    const twice = await server.as("county", "POST", url, lost("2026-11-19"));
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe("ABSENCE_OPEN");

    const outcome = `/api/absences/${open.body.id}/outcome`;
    const found = { foundOn: "2026-11-20", outcome: "已找回" };
    expect((await server.as("procurator", "POST", outcome, found)).status).toBe(403);
    expect((await server.as("office2", "POST", outcome, found)).status).toBe(404);
    expect((await server.as("office1", "POST", outcome, { ...found, foundOn: "2026-11-18" })).status).toBe(
      400,
    );
    expect((await server.as("office1", "POST", outcome, { ...found, foundOn: "2026-11-21" })).status).toBe(
      400,
    );
    expect((await server.as("office1", "POST", outcome, { foundOn: "2026-11-20" })).status).toBe(400);
    expect(
      (
        await server.as(
          "office1",
          "POST",
          "/api/absences/00000000-0000-0000-0000-000000000000/outcome",
          found,
        )
      ).status,
    ).toBe(404);
    expect(await snapshot(id)).toEqual(opened);

    expect((await server.as("office1", "POST", outcome, found)).status).toBe(200);
    const closedOnce = await snapshot(id);
    const again = await server.as("office1", "POST", outcome, found);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("ABSENCE_CLOSED");
    expect(await snapshot(id)).toEqual(closedOnce);

    await server.db.updateTable("subjects").set({ status: "released" }).where("id", "=", id).execute();
    expect((await server.as("office1", "POST", url, lost("2026-11-20"))).status).toBe(409);
    expect(await snapshot(id)).toEqual(closedOnce);
  });
});
