import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweepLocation } from "../../jobs/location-sweep.ts";
import { TEST_PNG } from "../../../test/factories.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";

/**
 * 随机抽查 (issue 5, monitoring centre): staff ask a subject for a photo and location within a
 * deadline; the next check-in from the mobile app answers it; one not answered in time is
 * missed and the office and county are told.
 */
let server: TestServer;
let subjectId: string;

const PNG = TEST_PNG;
const checkIn = { latitude: 23.0405, longitude: 113.1452, accuracy: 25, photo: PNG };

beforeAll(async () => {
  server = await startTestServer();
  const u = await server.db
    .selectFrom("users")
    .select("subject_id")
    .where("username", "=", "subject1")
    .executeTakeFirstOrThrow();
  subjectId = u.subject_id!;
});
afterAll(() => server.close());

async function checks() {
  const res = await server.as("office1", "GET", `/api/subjects/${subjectId}/random-checks`);
  expect(res.status).toBe(200);
  return res.body.items as { id: string; status: string; recordId: string | null; lat: number | null }[];
}

describe("random checks", () => {
  it("refusals: wrong role, out of scope, bad deadline; nothing is created", async () => {
    expect(
      (await server.as("procurator", "POST", `/api/subjects/${subjectId}/random-checks`, { dueMinutes: 30 }))
        .status,
    ).toBe(403);
    expect(
      (await server.as("subject1", "POST", `/api/subjects/${subjectId}/random-checks`, { dueMinutes: 30 }))
        .status,
    ).toBe(403);
    expect(
      (await server.as("office2", "POST", `/api/subjects/${subjectId}/random-checks`, { dueMinutes: 30 }))
        .status,
    ).toBe(404);
    expect((await server.as("office2", "GET", `/api/subjects/${subjectId}/random-checks`)).status).toBe(404);
    const bad = await server.as("office1", "POST", `/api/subjects/${subjectId}/random-checks`, {
      dueMinutes: 1,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("VALIDATION_FAILED");
    expect(await checks()).toEqual([]);
  });

  it("the subject's app shows the open check and the next check-in answers it", async () => {
    const res = await server.as("office1", "POST", `/api/subjects/${subjectId}/random-checks`, {
      dueMinutes: 30,
      note: "请在住所门口拍照",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe("pending");
    const twice = await server.as("office1", "POST", `/api/subjects/${subjectId}/random-checks`, {
      dueMinutes: 30,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe("RANDOM_CHECK_PENDING");

    const overview = await server.as("subject1", "GET", "/api/me/overview");
    expect(overview.body.randomCheck).toMatchObject({ id: res.body.id, note: "请在住所门口拍照" });
    server.clock.advanceMinutes(10);
    const done = await server.as("subject1", "POST", "/api/me/check-ins", checkIn);
    expect(done.status, JSON.stringify(done.body)).toBe(201);
    const [check] = await checks();
    expect(check).toMatchObject({
      id: res.body.id,
      status: "answered",
      recordId: done.body.id,
      lat: 23.0405,
    });
    expect((await server.as("subject1", "GET", "/api/me/overview")).body.randomCheck).toBeNull();
    // subject1 carries the demo phone 860000000000001: the check-in's position is also its fix.
    const fixes = await server.db
      .selectFrom("positions")
      .select(["lat", "lon", "source"])
      .where("subject_id", "=", subjectId)
      .execute();
    expect(fixes).toContainEqual({ lat: 23.0405, lon: 113.1452, source: "app" });
  });

  it("not answered in time: missed, the office and county told, and a late check-in does not answer it", async () => {
    const res = await server.as("office1", "POST", `/api/subjects/${subjectId}/random-checks`, {
      dueMinutes: 15,
    });
    expect(res.status).toBe(201);
    server.clock.advanceMinutes(16);
    expect((await server.as("subject1", "GET", "/api/me/overview")).body.randomCheck).toBeNull();
    const report = await sweepLocation(server.ctx);
    expect(report.randomChecksMissed).toBe(1);
    expect((await sweepLocation(server.ctx)).randomChecksMissed).toBe(0);
    await server.as("subject1", "POST", "/api/me/check-ins", checkIn);
    const [latest] = await checks();
    expect(latest).toMatchObject({ id: res.body.id, status: "missed", recordId: null });
    const notices = await server.db
      .selectFrom("notices")
      .select("kind")
      .where("subject_id", "=", subjectId)
      .where("kind", "=", "random_check_missed")
      .execute();
    expect(notices.length).toBeGreaterThan(0);
  });
});
