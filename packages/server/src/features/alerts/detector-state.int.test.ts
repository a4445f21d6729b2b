import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { locationOf } from "../../ingest/location-runtime.ts";
import { PositionPipeline } from "../../ingest/pipeline.ts";
import { ZoneBook } from "../../ingest/zone-book.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { INSIDE, LocationFixtures } from "../../../test/location.ts";

/**
 * Whatever an alert decision remembers between fixes lives in the database (DESIGN.md "Scale"):
 * a restarted process continues from it, and a second process behind the proxy shares it. Under
 * `npm run test:pg` the second server has its own connection pool and pipeline, as a second
 * process would; on PGlite (one session) it shares the database handle and nothing else.
 */
let server: TestServer;
let other: TestServer;
let fixtures: LocationFixtures;

beforeAll(async () => {
  server = await startTestServer();
  other = await server.twin();
  fixtures = new LocationFixtures(server);
});
afterAll(async () => {
  await other.close();
  await server.close();
});

const HOME = { lat: 23.03, lon: 113.15 };
/** 3 km north of home: the bracelet without its phone. */
const AWAY = { lat: 23.057, lon: 113.15 };
const at = (s: number) => new Date(server.clock.now().getTime() + s * 1000).toISOString();
const fixes = (p: { lat: number; lon: number }, s: number) => [{ time: at(s), ...p, accuracy: 10 }];

/** A subject with a phone and a bracelet, each of whose bindings has started its history. */
async function pairedSubject() {
  const subject = await fixtures.newSubject();
  const phone = await fixtures.bindDevice(subject, "phone");
  const bracelet = await fixtures.bindDevice(subject, "bracelet");
  locationOf(other.ctx).pipeline.invalidate();
  await fixtures.ingest(phone.token, fixes(HOME, -50));
  await fixtures.ingest(bracelet.token, fixes(HOME, -40));
  server.clock.advanceMinutes(10);
  return { subject, phone, bracelet };
}

/** The subject's alerts as type and details (the separation distance), oldest first. */
async function alertsOf(subject: string) {
  const res = await server.as("office1", "GET", `/api/alerts?subjectId=${subject}&pageSize=100`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body.items as { type: string; details: unknown; clearedAt: string | null }[]).map((a) => ({
    type: a.type,
    details: a.details,
    cleared: a.clearedAt !== null,
  }));
}

describe("separation between server processes", () => {
  it("R-EP-1: the phone's fixes through one process and the bracelet's through another raise the same separation alert as one process", async () => {
    // One process.
    const one = await pairedSubject();
    await fixtures.ingest(one.phone.token, fixes(HOME, 0));
    await fixtures.ingest(one.bracelet.token, fixes(AWAY, 1));
    const expected = await alertsOf(one.subject);
    expect(expected.map((a) => a.type)).toEqual(["separation"]);

    // Two processes: the phone speaks to this one, the bracelet to the other.
    const two = await pairedSubject();
    await fixtures.ingest(two.phone.token, fixes(HOME, 0), server);
    await fixtures.ingest(two.bracelet.token, fixes(AWAY, 1), other);
    expect(await alertsOf(two.subject)).toEqual(expected);

    // Together again, each through its process: the condition clears in both cases alike.
    server.clock.advanceMinutes(1);
    await fixtures.ingest(one.phone.token, fixes(HOME, 0));
    await fixtures.ingest(one.bracelet.token, fixes(HOME, 1));
    await fixtures.ingest(two.phone.token, fixes(HOME, 0), other);
    await fixtures.ingest(two.bracelet.token, fixes(HOME, 1), server);
    const cleared = await alertsOf(one.subject);
    expect(cleared.map((a) => [a.type, a.cleared])).toEqual([["separation", true]]);
    expect(await alertsOf(two.subject)).toEqual(cleared);
  });

  it("R-EP-1: the two devices' fixes arriving at both processes at once still meet: one separation alert", async () => {
    const { subject, phone, bracelet } = await pairedSubject();
    const answers = await Promise.all([
      fixtures.ingest(phone.token, fixes(HOME, 0), server),
      fixtures.ingest(bracelet.token, fixes(AWAY, 1), other),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect((await alertsOf(subject)).map((a) => a.type)).toEqual(["separation"]);
  });
});

describe("detector state across a restart", () => {
  it("R-EP-1: a restarted pipeline compares the bracelet with the phone's fix from before the restart", async () => {
    const { subject, phone, bracelet } = await pairedSubject();
    await fixtures.ingest(phone.token, fixes(HOME, 0));
    // A new process: nothing in memory.
    const rt = locationOf(server.ctx);
    const restarted = new PositionPipeline(server.ctx, rt.hub, new ZoneBook(rt.boundaries));
    const r = await restarted.submit({ deviceId: bracelet.deviceId }, "http", [
      { time: new Date(at(1)), lat: AWAY.lat, lon: AWAY.lon, accuracyM: 10 },
    ]);
    expect(r.accepted).toBe(1);
    expect((await alertsOf(subject)).map((a) => a.type)).toEqual(["separation"]);
  });

  it("R-EP-1: low battery raised before a restart clears after it once the battery is back", async () => {
    const subject = await fixtures.newSubject();
    const { token, deviceId } = await fixtures.bindDevice(subject);
    await fixtures.ingest(token, fixtures.track(INSIDE, 1, { battery: 15 }));
    expect(await alertsOf(subject)).toEqual([
      { type: "low_battery", details: { battery: 15 }, cleared: false },
    ]);
    const rt = locationOf(server.ctx);
    const restarted = new PositionPipeline(server.ctx, rt.hub, new ZoneBook(rt.boundaries));
    server.clock.advanceMinutes(1);
    await restarted.submit({ deviceId }, "http", [
      { time: server.clock.now(), lat: INSIDE.lat, lon: INSIDE.lon, accuracyM: 15, battery: 60 },
    ]);
    expect((await alertsOf(subject)).map((a) => [a.type, a.cleared])).toEqual([["low_battery", true]]);
  });
});
