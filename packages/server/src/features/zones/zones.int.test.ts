import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSubject } from "../../../test/factories.ts";
import { startTestServer, type Call, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";

/**
 * Zones (geofences) of a file: the implicit county of residence, court-ban places (R-LV-5),
 * curfews, and the destination of an approved leave for its days (R-LV-3). Test today is
 * 2026-11-20 (the last test moves the clock); the subjects live in 南海区 (440605).
 */
let server: TestServer;
let guicheng: string;

type Method = "GET" | "POST" | "DELETE";
const as = (username: string, method: Method, url: string, body?: unknown): Promise<Call> =>
  server.as(username, method, url, body);

beforeAll(async () => {
  server = await startTestServer();
  guicheng = await orgId(server, "桂城司法所");
});
afterAll(() => server.close());

let serial = 0;
async function newSubject(): Promise<string> {
  serial += 1;
  const res = await as(
    "office1",
    "POST",
    "/api/subjects",
    buildSubject(guicheng, { name: `围栏对象${serial}` }),
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

async function courtBan(subjectId: string): Promise<string> {
  const res = await as("office1", "POST", `/api/subjects/${subjectId}/court-bans`, {
    content: "进入酒吧、夜总会等娱乐场所",
    places: "佛山市南海区桂城街道千灯湖片区酒吧街",
    fromOn: "2026-01-10",
    untilOn: "2027-12-31",
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

const circle = { type: "circle", lat: 23.0455, lon: 113.1538, radiusM: 300 };
const square = [
  [113.15, 23.04],
  [113.16, 23.04],
  [113.16, 23.05],
  [113.15, 23.05],
  [113.15, 23.04],
];

function zones(subjectId: string, user = "office1"): Promise<Call> {
  return as(user, "GET", `/api/subjects/${subjectId}/zones`);
}

function create(subjectId: string, body: unknown, user = "office1"): Promise<Call> {
  return as(user, "POST", `/api/subjects/${subjectId}/zones`, body);
}

async function snapshot(subjectId: string) {
  const [rows, events] = await Promise.all([
    server.db.selectFrom("zones").selectAll().where("subject_id", "=", subjectId).orderBy("id").execute(),
    server.db.selectFrom("case_events").select("id").where("subject_id", "=", subjectId).execute(),
  ]);
  return { rows, events: events.length };
}

describe("zones in force (GET /api/subjects/:id/zones)", () => {
  it("the county of residence is the implicit inclusion zone, with a 300 m tolerance band", async () => {
    const id = await newSubject();
    const res = await zones(id);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        id: null,
        subjectId: id,
        kind: "inclusion",
        source: "residence",
        sourceLabel: "居住地",
        shape: { type: "division", code: "440605" },
        toleranceM: 300,
        activeFrom: null,
        activeUntil: null,
      }),
    ]);
  });

  it("R-PR-3: a file out of scope is 404; a view is audited, the procurator's too", async () => {
    const id = await newSubject();
    expect((await zones(id, "office2")).status).toBe(404);
    expect((await zones(id, "jieyang_county")).status).toBe(404);
    expect((await zones(id, "social1")).status).toBe(403);
    expect((await zones(id, "procurator")).status).toBe(200);
    const audit = await server.db
      .selectFrom("audit_log")
      .select("actor_username")
      .where("subject_id", "=", id)
      .where("action", "=", "zone.list")
      .execute();
    expect(audit).toEqual([{ actor_username: "procurator" }]);
  });
});

describe("drawing zones (POST /api/subjects/:id/zones, DELETE /api/zones/:id)", () => {
  it("R-LV-5: a court ban's place is a forbidden circle in force for the ban's days", async () => {
    const id = await newSubject();
    const ban = await courtBan(id);
    const res = await create(id, {
      kind: "exclusion",
      name: "禁止令场所：千灯湖酒吧街",
      shape: circle,
      courtBanId: ban,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      kind: "exclusion",
      kindLabel: "禁止进入区域",
      source: "court_ban",
      sourceId: ban,
      shape: circle,
      toleranceM: 0,
      activeFrom: "2026-01-09T16:00:00.000Z",
      activeUntil: "2027-12-31T16:00:00.000Z",
      endedAt: null,
    });
    const list = await zones(id);
    expect((list.body.items as { source: string }[]).map((z) => z.source)).toEqual([
      "residence",
      "court_ban",
    ]);
    const steps = (await as("office1", "GET", `/api/subjects/${id}/timeline`)).body.items as {
      step: string;
    }[];
    expect(steps.map((e) => e.step)).toContain("create_zone");
  });

  it("an inclusion polygon with a daily window is a curfew; windows are kept as HH:MM", async () => {
    const id = await newSubject();
    const res = await create(
      id,
      {
        kind: "inclusion",
        name: "夜间居家",
        shape: { type: "polygon", rings: [square] },
        dailyFrom: "22:00",
        dailyUntil: "06:00",
        toleranceM: 100,
      },
      "county",
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      source: "curfew",
      dailyFrom: "22:00",
      dailyUntil: "06:00",
      toleranceM: 100,
    });
    const listed = (await zones(id)).body.items as { id: string; dailyFrom: string }[];
    expect(listed.find((z) => z.id === res.body.id)?.dailyFrom).toBe("22:00");
  });

  it("R-LV-5: refusals change nothing: bad polygon, radius out of range, another file's ban, wrong kind, bad window, role, scope", async () => {
    const id = await newSubject();
    const other = await newSubject();
    const theirs = await courtBan(other);
    const ban = await courtBan(id);
    const before = await snapshot(id);
    const refused: [unknown, number, string?][] = [
      [
        { kind: "exclusion", name: "开口", shape: { type: "polygon", rings: [square.slice(0, 4)] } },
        400,
        "ZONE_SHAPE_INVALID",
      ],
      [
        { kind: "exclusion", name: "三点", shape: { type: "polygon", rings: [square.slice(0, 3)] } },
        400,
        "ZONE_SHAPE_INVALID",
      ],
      [
        {
          kind: "exclusion",
          name: "反了",
          shape: { type: "polygon", rings: [square.map(([x, y]) => [y, x])] },
        },
        400,
        "ZONE_SHAPE_INVALID",
      ],
      [{ kind: "exclusion", name: "太小", shape: { ...circle, radiusM: 10 } }, 400, "ZONE_SHAPE_INVALID"],
      [{ kind: "exclusion", name: "太大", shape: { ...circle, radiusM: 60_000 } }, 400, "ZONE_SHAPE_INVALID"],
      [{ kind: "exclusion", name: "县", shape: { type: "division", code: "440605" } }, 400],
      [
        { kind: "exclusion", name: "他人禁止令", shape: circle, courtBanId: theirs },
        400,
        "VALIDATION_FAILED",
      ],
      [{ kind: "inclusion", name: "禁止令但允许", shape: circle, courtBanId: ban }, 400, "VALIDATION_FAILED"],
      [{ kind: "inclusion", name: "半个时段", shape: circle, dailyFrom: "22:00" }, 400, "VALIDATION_FAILED"],
      [{ kind: "inclusion", name: "时段", shape: circle, dailyFrom: "25:00", dailyUntil: "06:00" }, 400],
      [
        {
          kind: "exclusion",
          name: "倒序",
          shape: circle,
          activeFrom: "2026-12-01T00:00:00+08:00",
          activeUntil: "2026-11-30T00:00:00+08:00",
        },
        400,
      ],
      [{ kind: "exclusion", name: "多余", shape: circle, source: "manual" }, 400],
    ];
    for (const [body, status, code] of refused) {
      const res = await create(id, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      if (code) expect(res.body.error.code, JSON.stringify(body)).toBe(code);
    }
    const ok = { kind: "exclusion", name: "场所", shape: circle };
    expect((await create(id, ok, "office2")).status).toBe(404);
    expect((await create(id, ok, "procurator")).status).toBe(403);
    expect((await create(id, ok, "city")).status).toBe(403);
    expect(await snapshot(id)).toEqual(before);
  });

  it("ending a zone keeps it for the record; it is no longer in force; a second end is 409", async () => {
    const id = await newSubject();
    const made = await create(id, { kind: "exclusion", name: "网吧", shape: circle });
    const url = `/api/zones/${made.body.id}`;
    const before = await snapshot(id);
    expect((await as("office2", "DELETE", url)).status).toBe(404);
    expect((await as("procurator", "DELETE", url)).status).toBe(403);
    expect((await as("office1", "DELETE", "/api/zones/residence")).status).toBe(404);
    expect(await snapshot(id)).toEqual(before);
    const ended = await as("office1", "DELETE", url);
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(ended.body.endedAt).not.toBeNull();
    expect(((await zones(id)).body.items as { source: string }[]).map((z) => z.source)).toEqual([
      "residence",
    ]);
    const again = await as("county", "DELETE", url);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("ZONE_ENDED");
    const row = await server.db
      .selectFrom("zones")
      .select("ended_at")
      .where("id", "=", made.body.id)
      .executeTakeFirstOrThrow();
    expect(row.ended_at).not.toBeNull();
  });
});

describe("leave destinations (R-LV-3)", () => {
  it("R-LV-3: a refused leave opens no zone", async () => {
    const id = await newSubject();
    const req = await as("office1", "POST", `/api/subjects/${id}/leave-requests`, {
      startOn: "2026-11-24",
      endOn: "2026-11-25",
      destinationDivisionCode: "440106",
      destinationAddress: "广东省广州市天河区体育西路1号",
      reason: "参加亲属婚礼",
    });
    expect(req.status).toBe(201);
    expect(
      (await as("office1", "POST", `/api/leave-requests/${req.body.id}/decision`, { approve: false })).status,
    ).toBe(200);
    const rows = await server.db.selectFrom("zones").select("id").where("subject_id", "=", id).execute();
    expect(rows).toEqual([]);
  });
  it("R-LV-3: an approved leave opens its destination county for its days; 销假 ends it", async () => {
    const id = await newSubject();
    const req = await as("office1", "POST", `/api/subjects/${id}/leave-requests`, {
      startOn: "2026-11-24",
      endOn: "2026-11-26",
      destinationDivisionCode: "440104",
      destinationAddress: "广东省广州市越秀区中山二路58号",
      reason: "陪同母亲到广州住院治疗",
    });
    expect(req.status, JSON.stringify(req.body)).toBe(201);
    // Pending: no zone yet; a refusal opens none either.
    expect(((await zones(id)).body.items as unknown[]).length).toBe(1);
    const ok = await as("office1", "POST", `/api/leave-requests/${req.body.id}/decision`, { approve: true });
    expect(ok.status).toBe(200);
    const list = (await zones(id)).body.items as Record<string, unknown>[];
    expect(list).toHaveLength(2);
    expect(list[1]).toMatchObject({
      kind: "inclusion",
      source: "leave",
      sourceId: req.body.id,
      shape: { type: "division", code: "440104" },
      toleranceM: 300,
      activeFrom: "2026-11-23T16:00:00.000Z", // 2026-11-24 00:00 in Shanghai
      activeUntil: "2026-11-26T16:00:00.000Z", // 2026-11-26 24:00
    });
    // Back early, on the second day (the clock moves; this test comes last).
    server.clock.advanceMinutes(5 * 24 * 60);
    const back = await as("office1", "POST", `/api/leave-requests/${req.body.id}/return`, {
      returnedOn: "2026-11-25",
    });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(((await zones(id)).body.items as { source: string }[]).map((z) => z.source)).toEqual([
      "residence",
    ]);
    const row = await server.db
      .selectFrom("zones")
      .select(["ended_at", "source_id"])
      .where("subject_id", "=", id)
      .where("source", "=", "leave")
      .executeTakeFirstOrThrow();
    expect(row.ended_at).not.toBeNull();
  });
});
