import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSubject } from "../../../test/factories.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";

/**
 * The office's side of the mobile check-ins (GET /api/check-ins, POST /api/check-ins/:id/confirm)
 * and the county's queues of level changes (GET /api/level-changes) and special-place requests
 * (GET /api/special-places). subject1 and subject2 are in correction at 桂城 (office1). Test
 * today is 2026-11-20.
 */
let server: TestServer;
let guicheng: string;

/** A 1×1 PNG, as the phone's camera would send a (much larger) picture. */
const PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const checkIn = { latitude: 23.0405, longitude: 113.1452, accuracy: 25, photo: PNG };

beforeAll(async () => {
  server = await startTestServer();
  guicheng = await orgId(server, "桂城司法所");
});
afterAll(() => server.close());

async function newCheckIn(username = "subject1"): Promise<string> {
  const res = await server.as(username, "POST", "/api/me/check-ins", checkIn);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

const ids = (body: { items: { id: string }[] }) => body.items.map((x) => x.id);

async function checkInRow(id: string) {
  return server.db
    .selectFrom("supervision_records")
    .select(["confirmed_at", "confirmed_by"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
}

let serial = 0;
async function newSubject(): Promise<string> {
  serial += 1;
  const res = await server.as("office1", "POST", "/api/subjects", {
    ...buildSubject(guicheng, { name: `队列对象${serial}` }),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

describe("new check-ins (GET /api/check-ins)", () => {
  it("R-SV-2: the office sees the subject's new check-in, newest first, with photo, place and accuracy", async () => {
    const first = await newCheckIn("subject1");
    server.clock.advanceMinutes(1);
    const second = await newCheckIn("subject2");
    const res = await server.as("office1", "GET", "/api/check-ins?status=unconfirmed");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const listed = ids(res.body);
    expect(listed.indexOf(second)).toBeLessThan(listed.indexOf(first));
    expect(listed.indexOf(first)).toBeGreaterThanOrEqual(0);
    const item = res.body.items.find((x: { id: string }) => x.id === first);
    expect(item).toMatchObject({
      subjectName: expect.any(String),
      officeName: "桂城司法所",
      latitude: 23.0405,
      longitude: 113.1452,
      accuracy: 25,
      photoFileId: expect.any(String),
      photoUrl: `/api/check-ins/${first}/photo`,
      confirmed: false,
      confirmedAt: null,
      confirmedBy: null,
    });
    expect(new Date(item.recordedAt).toString()).not.toBe("Invalid Date");
    expect(res.body.total).toBeGreaterThanOrEqual(2);

    const photo = await server.as("office1", "GET", item.photoUrl);
    expect(photo.status).toBe(200);
    expect(photo.headers["content-type"]).toContain("image/png");

    const county = await server.as("county", "GET", "/api/check-ins?status=unconfirmed");
    expect(ids(county.body)).toContain(first);
  });

  it("R-SV-2: another office or county sees none of 桂城's check-ins, nor their photos", async () => {
    const id = await newCheckIn();
    for (const user of ["office2", "jieyang_county", "office_meiyun"]) {
      const res = await server.as(user, "GET", "/api/check-ins");
      expect(res.status, user).toBe(200);
      expect(ids(res.body), user).not.toContain(id);
      expect((await server.as(user, "GET", `/api/check-ins/${id}/photo`)).status, user).toBe(404);
    }
  });

  it("R-SV-2: a subject may not list check-ins (403); a bad query is refused (400)", async () => {
    expect((await server.as("subject1", "GET", "/api/check-ins")).status).toBe(403);
    for (const q of ["status=new", "pageSize=0", "page=0", "office=x"])
      expect((await server.as("office1", "GET", `/api/check-ins?${q}`)).status, q).toBe(400);
  });
});

describe("confirming a check-in (POST /api/check-ins/:id/confirm)", () => {
  it("R-SV-2: the office confirms once; it moves from unconfirmed to confirmed and is audited", async () => {
    const id = await newCheckIn();
    const res = await server.as("office1", "POST", `/api/check-ins/${id}/confirm`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      id,
      confirmed: true,
      confirmedAt: expect.any(String),
      confirmedBy: expect.any(String),
      confirmedByName: expect.any(String),
    });
    expect(
      ids((await server.as("office1", "GET", "/api/check-ins?status=unconfirmed&pageSize=100")).body),
    ).not.toContain(id);
    expect(
      ids((await server.as("office1", "GET", "/api/check-ins?status=confirmed&pageSize=100")).body),
    ).toContain(id);
    const audit = await server.db
      .selectFrom("audit_log")
      .select("action")
      .where("resource_id", "=", id)
      .where("action", "=", "check_in.confirm")
      .execute();
    expect(audit).toHaveLength(1);

    const before = await checkInRow(id);
    const twice = await server.as("county", "POST", `/api/check-ins/${id}/confirm`);
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe("CHECK_IN_CONFIRMED");
    expect(await checkInRow(id)).toEqual(before);
  });

  it("R-SV-2: the county may confirm; other roles 403, other offices 404, and nothing changes", async () => {
    const id = await newCheckIn();
    for (const user of ["procurator", "city", "social1", "subject1"])
      expect((await server.as(user, "POST", `/api/check-ins/${id}/confirm`)).status, user).toBe(403);
    for (const user of ["office2", "jieyang_county", "office_meiyun"])
      expect((await server.as(user, "POST", `/api/check-ins/${id}/confirm`)).status, user).toBe(404);
    expect(await checkInRow(id)).toEqual({ confirmed_at: null, confirmed_by: null });
    expect((await server.as("office1", "POST", "/api/check-ins/not-a-uuid/confirm")).status).toBe(404);

    const res = await server.as("county", "POST", `/api/check-ins/${id}/confirm`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });

  it("R-SV-2: a staff record that is not a check-in cannot be confirmed (404)", async () => {
    const subject = await newSubject();
    const rec = await server.as("office1", "POST", `/api/subjects/${subject}/records`, {
      kind: "talk",
      occurredAt: "2026-11-19T02:00:00.000Z",
      content: "个别谈话",
    });
    expect(rec.status, JSON.stringify(rec.body)).toBe(201);
    expect((await server.as("office1", "POST", `/api/check-ins/${rec.body.id}/confirm`)).status).toBe(404);
  });
});

describe("the county's queue of level changes (GET /api/level-changes)", () => {
  it("R-SV-1: a proposed level change waits in the county's queue until decided", async () => {
    const subject = await newSubject();
    const proposed = await server.as("office1", "POST", `/api/subjects/${subject}/level-changes`, {
      toLevel: "lenient",
      grounds: "表现良好",
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    const queue = await server.as("county", "GET", "/api/level-changes?status=proposed");
    expect(queue.status).toBe(200);
    expect(queue.body.items).toContainEqual(
      expect.objectContaining({ id: proposed.body.id, subjectId: subject, status: "proposed" }),
    );
    expect(ids((await server.as("office1", "GET", "/api/level-changes?status=proposed")).body)).toContain(
      proposed.body.id,
    );
    for (const user of ["office2", "jieyang_county"])
      expect(ids((await server.as(user, "GET", "/api/level-changes")).body), user).not.toContain(
        proposed.body.id,
      );

    const decided = await server.as("county", "POST", `/api/level-changes/${proposed.body.id}/decision`, {
      approve: false,
      comment: "期限未满",
    });
    expect(decided.status).toBe(200);
    const after = await server.as("county", "GET", "/api/level-changes?status=proposed&pageSize=100");
    expect(ids(after.body)).not.toContain(proposed.body.id);
    const rejected = await server.as("county", "GET", "/api/level-changes?status=rejected");
    expect(ids(rejected.body)).toContain(proposed.body.id);
  });

  it("R-SV-1: a subject may not list (403); a bad query is refused (400)", async () => {
    expect((await server.as("subject1", "GET", "/api/level-changes")).status).toBe(403);
    for (const q of ["status=open", "pageSize=101", "x=1"])
      expect((await server.as("county", "GET", `/api/level-changes?${q}`)).status, q).toBe(400);
  });
});

describe("the county's queue of special-place requests (GET /api/special-places)", () => {
  it("R-LV-4: a pending request waits in the county's queue, scoped like files", async () => {
    const subject = await newSubject();
    const ban = await server.as("office1", "POST", `/api/subjects/${subject}/court-bans`, {
      content: "进入酒吧、夜总会等娱乐场所",
      places: "佛山市南海区各类酒吧、夜总会",
      fromOn: "2026-01-10",
      untilOn: "2027-12-31",
    });
    expect(ban.status, JSON.stringify(ban.body)).toBe(201);
    const req = await server.as("office1", "POST", `/api/subjects/${subject}/special-places`, {
      courtBanId: ban.body.id,
      place: "佛山市南海区桂城某KTV（同事婚宴）",
      reason: "参加同事婚宴",
      fromOn: "2026-11-28",
      untilOn: "2026-11-28",
    });
    expect(req.status, JSON.stringify(req.body)).toBe(201);
    const queue = await server.as("county", "GET", "/api/special-places?status=pending");
    expect(queue.status).toBe(200);
    expect(queue.body.items).toContainEqual(
      expect.objectContaining({
        id: req.body.id,
        subjectId: subject,
        subjectName: "队列对象" + String(serial),
        officeName: "桂城司法所",
        status: "pending",
      }),
    );
    for (const user of ["office2", "jieyang_county"])
      expect(ids((await server.as(user, "GET", "/api/special-places")).body), user).not.toContain(
        req.body.id,
      );

    await server.as("county", "POST", `/api/special-places/${req.body.id}/decision`, { approve: true });
    expect(ids((await server.as("county", "GET", "/api/special-places?status=pending")).body)).not.toContain(
      req.body.id,
    );
  });

  it("R-LV-4: a subject may not list (403); a bad query is refused (400)", async () => {
    expect((await server.as("subject1", "GET", "/api/special-places")).status).toBe(403);
    for (const q of ["status=open", "page=0", "x=1"])
      expect((await server.as("county", "GET", `/api/special-places?${q}`)).status, q).toBe(400);
  });
});
