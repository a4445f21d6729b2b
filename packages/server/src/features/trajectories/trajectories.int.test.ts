import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { INSIDE, LocationFixtures } from "../../../test/location.ts";

/** Trajectories (issue 5): a subject's positions read in scope, audited, downsampled over long ranges. */
let server: TestServer;
let fixtures: LocationFixtures;

beforeAll(async () => {
  server = await startTestServer();
  fixtures = new LocationFixtures(server);
});
afterAll(() => server.close());

describe("trajectories", () => {
  it("R-PR-3: a trajectory is read in scope only, and every view is audited", async () => {
    const subject = await fixtures.newSubject();
    const { token } = await fixtures.bindDevice(subject);
    await fixtures.ingest(token, fixtures.track(INSIDE, 10));
    const from = new Date(server.clock.now().getTime() - 3_600_000).toISOString();
    const res = await server.as("office1", "GET", `/api/subjects/${subject}/positions?from=${from}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(10);
    expect(res.body.downsampled).toBe(false);
    expect(res.body.items[0]).toMatchObject({ lat: INSIDE.lat, lon: INSIDE.lon });
    const audited = await server.db
      .selectFrom("audit_log")
      .select("action")
      .where("subject_id", "=", subject)
      .where("action", "=", "location.read")
      .execute();
    expect(audited).toHaveLength(1);
    expect((await server.as("office2", "GET", `/api/subjects/${subject}/positions`)).status).toBe(404);
    expect((await server.as("procurator", "GET", `/api/subjects/${subject}/positions`)).status).toBe(403);
    expect((await server.as("social1", "GET", `/api/subjects/${subject}/positions`)).status).toBe(403);
    const reversed = await server.as(
      "office1",
      "GET",
      `/api/subjects/${subject}/positions?from=${server.clock.now().toISOString()}&to=${from}`,
    );
    expect(reversed.status).toBe(400);
  });

  it("a long range comes back downsampled to at most 2,000 points", async () => {
    const subject = await fixtures.newSubject();
    const { token } = await fixtures.bindDevice(subject);
    const end = server.clock.now().getTime();
    for (let b = 0; b < 3; b++) {
      const batch = Array.from({ length: 1000 }, (_, i) => ({
        time: new Date(end - (3000 - (b * 1000 + i)) * 60_000).toISOString(),
        lat: INSIDE.lat,
        lon: INSIDE.lon,
      }));
      expect((await fixtures.ingest(token, batch)).body.accepted).toBe(1000);
    }
    const from = new Date(end - 3001 * 60_000).toISOString();
    const to = new Date(end + 1000).toISOString();
    const res = await server.as("office1", "GET", `/api/subjects/${subject}/positions?from=${from}&to=${to}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(3000);
    expect(res.body.downsampled).toBe(true);
    expect(res.body.items.length).toBeLessThanOrEqual(2000);
    expect(res.body.items.length).toBeGreaterThan(1000);
    const times = res.body.items.map((p: { time: string }) => p.time);
    expect([...times].sort()).toEqual(times);
  });

  it("the latest position, or 404 NO_POSITION", async () => {
    const subject = await fixtures.newSubject();
    const none = await server.as("office1", "GET", `/api/subjects/${subject}/positions/latest`);
    expect(none.status).toBe(404);
    expect(none.body.error.code).toBe("NO_POSITION");
    const { token, deviceId } = await fixtures.bindDevice(subject);
    await fixtures.ingest(token, fixtures.track(INSIDE, 3, { battery: 77 }));
    const res = await server.as("office1", "GET", `/api/subjects/${subject}/positions/latest`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ deviceId, deviceKind: "phone", battery: 77 });
  });
});
