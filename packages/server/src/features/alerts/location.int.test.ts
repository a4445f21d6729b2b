import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { locationOf } from "../../ingest/location-runtime.ts";
import { PositionPipeline } from "../../ingest/pipeline.ts";
import { ZoneBook } from "../../ingest/zone-book.ts";
import { sweepLocation } from "../../jobs/location-sweep.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { INSIDE, LocationFixtures, OUTSIDE } from "../../../test/location.ts";

/**
 * Position ingest over HTTP, zones and alerts, trajectories (issue 5). Test today is
 * 2026-11-20; the subjects live in 南海区 (440605); fixtures in test/location.ts.
 */
let server: TestServer;
let fixtures: LocationFixtures;

beforeAll(async () => {
  server = await startTestServer();
  fixtures = new LocationFixtures(server);
});
afterAll(() => server.close());

const newSubject = () => fixtures.newSubject();
const bindDevice = (subjectId: string | null, kind: "phone" | "bracelet" = "phone") =>
  fixtures.bindDevice(subjectId, kind);
const ingest = (token: string | null, positions: unknown[]) => fixtures.ingest(token, positions);
const track = (at: { lat: number; lon: number }, n: number, extra: Record<string, unknown> = {}) =>
  fixtures.track(at, n, extra);
const alertsOf = (subjectId: string, user = "office1") => fixtures.alertsOf(subjectId, user);

function advanceMinutes(m: number): void {
  server.clock.advanceMinutes(m);
}

async function positionCount(subjectId: string): Promise<number> {
  const r = await server.db
    .selectFrom("positions")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("subject_id", "=", subjectId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe("HTTP ingest", () => {
  it("stores a device's fixes after commit and answers what it accepted", async () => {
    const subject = await newSubject();
    const { token } = await bindDevice(subject);
    const res = await ingest(token, track(INSIDE, 5));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ accepted: 5, duplicates: 0, rejected: [] });
    expect(await positionCount(subject)).toBe(5);
  });

  it("a repeated batch stores nothing twice and raises nothing", async () => {
    const subject = await newSubject();
    const { token } = await bindDevice(subject);
    const fixes = track(INSIDE, 4);
    expect((await ingest(token, fixes)).body.accepted).toBe(4);
    const again = await ingest(token, fixes);
    expect(again.body).toEqual({ accepted: 0, duplicates: 4, rejected: [] });
    expect(await positionCount(subject)).toBe(4);
    expect(await alertsOf(subject)).toEqual([]);
  });

  it("refuses without a device token, or with a wrong one, in Chinese with a stable code", async () => {
    const none = await ingest(null, track(INSIDE, 1));
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe("DEVICE_TOKEN_INVALID");
    expect(none.body.error.message).toMatch(/设备/);
    const wrong = await ingest("not-a-token", track(INSIDE, 1));
    expect(wrong.status).toBe(401);
  });

  it("rounds a fractional battery percentage and heading instead of failing", async () => {
    const subject = await newSubject();
    const { token } = await bindDevice(subject);
    const res = await ingest(token, track(INSIDE, 1, { battery: 89.9, heading: 359.6 }));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const row = await server.db
      .selectFrom("positions")
      .select(["battery", "heading"])
      .where("subject_id", "=", subject)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ battery: 90, heading: 0 });
  });

  it("rejects bad fixes one by one and keeps the good ones", async () => {
    const subject = await newSubject();
    const { token } = await bindDevice(subject);
    const future = new Date(server.clock.now().getTime() + 3_600_000).toISOString();
    const res = await ingest(token, [
      ...track(INSIDE, 1),
      { time: future, lat: INSIDE.lat, lon: INSIDE.lon },
      { time: server.clock.now().toISOString(), lat: 123, lon: 113 },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.accepted).toBe(1);
    expect(res.body.rejected).toEqual([
      { index: 1, code: "FIX_IN_FUTURE" },
      { index: 2, code: "FIX_COORDINATES_INVALID" },
    ]);
    expect(await positionCount(subject)).toBe(1);
  });

  it("answers 400 for a malformed body and stores nothing", async () => {
    const subject = await newSubject();
    const { token } = await bindDevice(subject);
    const res = await server.request("POST", "/api/ingest/positions", {
      headers: { authorization: `Device ${token}` },
      body: { positions: [{ time: "yesterday", lat: "north", lon: 113 }] },
    });
    expect(res.status).toBe(400);
    const tooMany = await ingest(token, track(INSIDE, 1001));
    expect(tooMany.status).toBe(400);
    expect(await positionCount(subject)).toBe(0);
  });

  it("R-EP-1: a device without an open binding has nothing stored", async () => {
    const { token } = await bindDevice(null);
    const res = await ingest(token, track(INSIDE, 2));
    expect(res.status).toBe(200);
    expect(res.body.accepted).toBe(0);
    expect(res.body.rejected).toEqual([
      { index: 0, code: "DEVICE_NOT_BOUND" },
      { index: 1, code: "DEVICE_NOT_BOUND" },
    ]);
  });

  it("a flooding device is refused with 429 while another device is served", async () => {
    const flooder = await bindDevice(await newSubject());
    const quiet = await bindDevice(await newSubject());
    // Sent at once, as a flood arrives: the bucket holds 10.
    const codes = (
      await Promise.all(Array.from({ length: 40 }, () => ingest(flooder.token, track(INSIDE, 1))))
    ).map((r) => r.status);
    expect(codes).toContain(429);
    const refused = await ingest(flooder.token, track(INSIDE, 1));
    if (refused.status === 429) expect(refused.body.error.code).toBe("INGEST_RATE_LIMITED");
    expect((await ingest(quiet.token, track(INSIDE, 1))).status).toBe(200);
  });

  it("a lost token is replaced by the county: the old one stops at once, the new one works", async () => {
    const subject = await newSubject();
    const { token, deviceId } = await bindDevice(subject);
    expect((await server.as("office1", "POST", `/api/devices/${deviceId}/token`)).status).toBe(403);
    expect((await server.as("jieyang_county", "POST", `/api/devices/${deviceId}/token`)).status).toBe(404);
    expect((await ingest(token, track(INSIDE, 1))).status).toBe(200);
    const res = await server.as("county", "POST", `/api/devices/${deviceId}/token`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.token).toBeTruthy();
    expect(res.body.token).not.toBe(token);
    advanceMinutes(1);
    expect((await ingest(token, track(INSIDE, 1))).status).toBe(401);
    expect((await ingest(res.body.token, track(INSIDE, 1))).status).toBe(200);
  });

  it("converts fixes declared in GCJ-02 to WGS-84", async () => {
    const subject = await newSubject();
    const { token } = await bindDevice(subject);
    await ingest(token, [
      { time: server.clock.now().toISOString(), lat: 23.03, lon: 113.15, coordinateSystem: "gcj02" },
    ]);
    const row = await server.db
      .selectFrom("positions")
      .select(["lat", "lon"])
      .where("subject_id", "=", subject)
      .executeTakeFirstOrThrow();
    // In Guangdong GCJ-02 lies about 300 m south-east of WGS-84: the stored point moved back north-west.
    expect(row.lat).toBeGreaterThan(23.03);
    expect(row.lon).toBeLessThan(113.15);
    expect(row.lat - 23.03).toBeLessThan(0.01);
    expect(113.15 - row.lon).toBeLessThan(0.01);
  });

  it("accepts the OsmAnd protocol of Traccar Client", async () => {
    const subject = await newSubject();
    const { token } = await bindDevice(subject);
    const ts = Math.floor(server.clock.now().getTime() / 1000);
    const ok = await server.request(
      "GET",
      `/api/ingest/osmand?id=x&key=${token}&lat=${INSIDE.lat}&lon=${INSIDE.lon}&timestamp=${ts}&batt=80&speed=2`,
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.accepted).toBe(1);
    const bad = await server.request("GET", `/api/ingest/osmand?id=x&key=${token}&lat=200&lon=113`);
    expect(bad.status).toBe(400);
    const noKey = await server.request("GET", `/api/ingest/osmand?id=x&lat=23&lon=113`);
    expect(noKey.status).toBe(401);
    expect(await positionCount(subject)).toBe(1);
  });
});

describe("zones and alerts", () => {
  it("out of the county for three fixes raises one out_of_zone alert, cleared when back, kept on record", async () => {
    const subject = await newSubject();
    const { token } = await bindDevice(subject);
    await ingest(token, track(INSIDE, 3));
    // An hour's drive to Guangzhou (a 23 km jump within minutes would be discarded as impossible).
    advanceMinutes(60);
    await ingest(token, track(OUTSIDE, 4));
    let alerts = await alertsOf(subject);
    expect(alerts.map((a) => a.type)).toEqual(["out_of_zone"]);
    expect(alerts[0]!.status).toBe("open");
    expect((alerts[0] as unknown as { zoneName: string }).zoneName).toBe("居住地县（市、区）");
    expect(alerts[0]!.clearedAt).toBeNull();
    advanceMinutes(60);
    await ingest(token, track(INSIDE, 3));
    alerts = await alertsOf(subject);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.clearedAt).not.toBeNull();
    expect(alerts[0]!.status).toBe("open");
  });

  it("phone and bracelet apart (人机分离) raises separation; moving together does not", async () => {
    const subject = await newSubject();
    const phone = await bindDevice(subject, "phone");
    const bracelet = await bindDevice(subject, "bracelet");
    const at = (s: number) => new Date(server.clock.now().getTime() + s * 1000).toISOString();
    // On the road: the bracelet reports 50 s after the phone, 1.2 km further on.
    await ingest(phone.token, [{ time: at(-50), lat: 23.03, lon: 113.15, accuracy: 10 }]);
    await ingest(bracelet.token, [{ time: at(0), lat: 23.0408, lon: 113.15, accuracy: 10 }]);
    expect(await alertsOf(subject)).toEqual([]);
    advanceMinutes(10);
    // The phone left at home, 3 km from the bracelet, at the same minute.
    await ingest(phone.token, [{ time: at(0), lat: 23.03, lon: 113.15, accuracy: 10 }]);
    await ingest(bracelet.token, [{ time: at(1), lat: 23.057, lon: 113.15, accuracy: 10 }]);
    const alerts = await alertsOf(subject);
    expect(alerts.map((a) => a.type)).toEqual(["separation"]);
  });

  it("the dwell count survives a restart: a new process continues from the stored tracker", async () => {
    const subject = await newSubject();
    const { token, deviceId } = await bindDevice(subject);
    await ingest(token, track(INSIDE, 2));
    advanceMinutes(60);
    await ingest(token, track(OUTSIDE, 2));
    expect(await alertsOf(subject)).toEqual([]);
    // Another server process (nothing in memory) receives the third fix outside.
    const rt = locationOf(server.ctx);
    const restarted = new PositionPipeline(server.ctx, rt.hub, new ZoneBook(rt.boundaries));
    advanceMinutes(1);
    const r = await restarted.submit({ deviceId }, "http", [
      { time: server.clock.now(), lat: OUTSIDE.lat, lon: OUTSIDE.lon, accuracyM: 15 },
    ]);
    expect(r.accepted).toBe(1);
    expect((await alertsOf(subject)).map((a) => a.type)).toEqual(["out_of_zone"]);
  });

  it("two fixes outside are not yet an alert (dwell)", async () => {
    const subject = await newSubject();
    const { token } = await bindDevice(subject);
    await ingest(token, track(INSIDE, 3));
    advanceMinutes(60);
    await ingest(token, track(OUTSIDE, 1));
    advanceMinutes(1);
    await ingest(token, track(OUTSIDE, 1));
    advanceMinutes(60);
    await ingest(token, track(INSIDE, 2));
    expect(await alertsOf(subject)).toEqual([]);
  });

  it("an impossible jump is stored but decides nothing", async () => {
    const subject = await newSubject();
    const { token } = await bindDevice(subject);
    await ingest(token, track(INSIDE, 3));
    advanceMinutes(1);
    // 23 km within a minute, then back: a glitch, not an excursion.
    await ingest(token, track(OUTSIDE, 1));
    advanceMinutes(1);
    await ingest(token, track(INSIDE, 3));
    expect(await alertsOf(subject)).toEqual([]);
    // 3 inside, the glitch, and one new fix after it (the others repeat stored times).
    expect(await positionCount(subject)).toBe(5);
  });

  it("a fix whose accuracy circle covers the boundary decides nothing", async () => {
    const subject = await newSubject();
    const { token } = await bindDevice(subject);
    await ingest(token, track(OUTSIDE, 5, { accuracy: 30_000 }));
    expect(await alertsOf(subject)).toEqual([]);
  });

  it("R-LV-5: a forbidden circle from a court ban raises forbidden_zone", async () => {
    const subject = await newSubject();
    const { token } = await bindDevice(subject);
    await server.db
      .insertInto("zones")
      .values({
        id: randomUUID(),
        subject_id: subject,
        kind: "exclusion",
        source: "court_ban",
        name: "禁止进入：千灯湖娱乐场所",
        shape: JSON.stringify({ type: "circle", lat: INSIDE.lat, lon: INSIDE.lon, radiusM: 500 }),
        created_at: server.clock.now(),
      })
      .execute();
    locationOf(server.ctx).pipeline.invalidate();
    await ingest(token, track(INSIDE, 4, { accuracy: 10 }));
    const alerts = await alertsOf(subject);
    expect(alerts.map((a) => a.type)).toEqual(["forbidden_zone"]);
  });

  it("low battery, tamper and SOS each open their alert once", async () => {
    const subject = await newSubject();
    const { token } = await bindDevice(subject, "phone");
    await ingest(token, track(INSIDE, 2, { battery: 15 }));
    advanceMinutes(1);
    await ingest(token, [
      { time: server.clock.now().toISOString(), lat: INSIDE.lat, lon: INSIDE.lon, events: ["tamper", "sos"] },
    ]);
    advanceMinutes(1);
    await ingest(token, track(INSIDE, 1, { battery: 14 }));
    const types = (await alertsOf(subject)).map((a) => a.type).sort();
    expect(types).toEqual(["low_battery", "sos", "tamper"]);
  });

  it("a silent device goes offline after its threshold and comes back with its next fix", async () => {
    const subject = await newSubject();
    const { token } = await bindDevice(subject);
    await ingest(token, track(INSIDE, 1));
    advanceMinutes(5);
    await sweepLocation(server.ctx);
    expect(await alertsOf(subject)).toEqual([]);
    advanceMinutes(6);
    const report = await sweepLocation(server.ctx);
    expect(report.ran).toBe(true);
    let alerts = await alertsOf(subject);
    expect(alerts.map((a) => a.type)).toEqual(["offline"]);
    // A second run raises nothing more.
    await sweepLocation(server.ctx);
    expect(await alertsOf(subject)).toHaveLength(1);
    await ingest(token, track(INSIDE, 1));
    alerts = await alertsOf(subject);
    expect(alerts[0]!.clearedAt).not.toBeNull();
  });

  it("an alert nobody acknowledges escalates and tells the office and county", async () => {
    const subject = await newSubject();
    const { token } = await bindDevice(subject);
    await ingest(token, track(INSIDE, 1, { events: ["sos"] }));
    advanceMinutes(16);
    await ingest(token, track(INSIDE, 1));
    await sweepLocation(server.ctx);
    const [alert] = await server.db
      .selectFrom("alerts")
      .selectAll()
      .where("subject_id", "=", subject)
      .where("type", "=", "sos")
      .execute();
    expect(alert!.escalation_level).toBe(1);
    const notices = await server.db
      .selectFrom("notices")
      .select("kind")
      .where("subject_id", "=", subject)
      .where("kind", "=", "alert_escalation")
      .execute();
    expect(notices.length).toBeGreaterThan(0);
  });

  it("acknowledge then resolve as a confirmed violation proposes the sanction; refusals change nothing", async () => {
    const subject = await newSubject();
    const { token } = await bindDevice(subject);
    await ingest(token, track(OUTSIDE, 4));
    const [alert] = await alertsOf(subject);
    expect(alert).toBeDefined();
    const id = alert!.id;

    expect((await server.as("procurator", "POST", `/api/alerts/${id}/acknowledge`)).status).toBe(403);
    expect((await server.as("office2", "POST", `/api/alerts/${id}/acknowledge`)).status).toBe(404);
    const ack = await server.as("office1", "POST", `/api/alerts/${id}/acknowledge`);
    expect(ack.status, JSON.stringify(ack.body)).toBe(200);
    expect(ack.body.status).toBe("acknowledged");
    const again = await server.as("office1", "POST", `/api/alerts/${id}/acknowledge`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("ALERT_STATE");

    const bad = await server.as("office1", "POST", `/api/alerts/${id}/resolve`, {
      disposition: "gps_drift",
      comment: "核实",
      sanctionKind: "warning",
    });
    expect(bad.status).toBe(400);
    const resolved = await server.as("office1", "POST", `/api/alerts/${id}/resolve`, {
      disposition: "violation_confirmed",
      comment: "未经批准前往广州，本人承认",
      sanctionKind: "warning",
    });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect(resolved.body.status).toBe("resolved");
    expect(resolved.body.dispositionLabel).toBe("确认违规");
    expect(resolved.body.sanctionId).toBeTruthy();
    const sanctions = await server.as("office1", "GET", `/api/subjects/${subject}/sanctions`);
    expect(sanctions.body.items.map((s: { kind: string; status: string }) => [s.kind, s.status])).toEqual([
      ["warning", "proposed"],
    ]);
    const twice = await server.as("office1", "POST", `/api/alerts/${id}/resolve`, {
      disposition: "gps_drift",
      comment: "x",
    });
    expect(twice.status).toBe(409);
  });
});

describe("time partitions (PostgreSQL)", () => {
  it.skipIf(!process.env.DATABASE_URL)(
    "the sweep creates the coming months' partitions and moves rows the default partition already holds",
    async () => {
      const subject = await newSubject();
      const { deviceId } = await bindDevice(subject);
      await server.db
        .insertInto("positions")
        .values({
          device_id: deviceId,
          fixed_at: new Date("2027-02-10T03:00:00Z"),
          binding_id: randomUUID(),
          subject_id: subject,
          received_at: new Date("2027-02-10T03:00:00Z"),
          lat: INSIDE.lat,
          lon: INSIDE.lon,
          source: "http",
        })
        .execute();
      const report = await sweepLocation(server.ctx, new Date("2026-12-20T02:00:00Z"));
      expect(report.partitions).toContain("positions_202702");
      const rows = await sql<{ part: string }>`
        select tableoid::regclass::text as part from positions where device_id = ${deviceId}`.execute(
        server.db,
      );
      expect(rows.rows).toEqual([{ part: "positions_202702" }]);
    },
  );
});

describe("closing the file", () => {
  it("R-EP-1: a terminated file's devices come off and its zones end; positions are no longer stored", async () => {
    const subject = await newSubject();
    const { token } = await bindDevice(subject);
    await ingest(token, track(INSIDE, 1));
    const res = await server.as("county", "POST", `/api/subjects/${subject}/termination`, {
      ground: "death",
      decidedOn: server.clock.now().toISOString().slice(0, 10),
      rulingAuthority: "佛山市南海区人民医院",
      reason: "死亡",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const open = await server.db
      .selectFrom("device_bindings")
      .select("end_reason")
      .where("subject_id", "=", subject)
      .execute();
    expect(open).toEqual([{ end_reason: "终止社区矫正" }]);
    advanceMinutes(1);
    const after = await ingest(token, track(INSIDE, 1));
    expect(after.body.rejected).toEqual([{ index: 0, code: "DEVICE_NOT_BOUND" }]);
    expect(await positionCount(subject)).toBe(1);
  });
});

describe("overdue return from leave", () => {
  it("R-LV-3: not back by the end of an approved leave raises leave_overdue; 销假 ends the condition", async () => {
    const subject = await newSubject();
    const req = await server.as("office1", "POST", `/api/subjects/${subject}/leave-requests`, {
      startOn: "2026-11-24",
      endOn: "2026-11-26",
      destinationDivisionCode: "440104",
      destinationAddress: "广东省广州市越秀区中山二路58号",
      reason: "陪同母亲到广州住院治疗",
    });
    expect(req.status, JSON.stringify(req.body)).toBe(201);
    const ok = await server.as("office1", "POST", `/api/leave-requests/${req.body.id}/decision`, {
      approve: true,
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    // 2026-11-26 is the last day: nothing on it, the alert the day after.
    advanceMinutes(6 * 1440);
    await sweepLocation(server.ctx);
    expect(await alertsOf(subject)).toEqual([]);
    advanceMinutes(1440);
    await sweepLocation(server.ctx);
    let alerts = await alertsOf(subject);
    expect(alerts.map((a) => a.type)).toEqual(["leave_overdue"]);
    await sweepLocation(server.ctx);
    expect(await alertsOf(subject)).toHaveLength(1);
    const back = await server.as("office1", "POST", `/api/leave-requests/${req.body.id}/return`, {
      returnedOn: "2026-11-27",
    });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    await sweepLocation(server.ctx);
    alerts = await alertsOf(subject);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.clearedAt).not.toBeNull();
  });
});

describe("alert list scope", () => {
  it("the office, its county and the procuratorate see the alert; another office and another county do not", async () => {
    const subject = await newSubject();
    const { token } = await bindDevice(subject);
    await ingest(token, track(INSIDE, 1, { events: ["sos"] }));
    expect(await alertsOf(subject, "office1")).toHaveLength(1);
    expect(await alertsOf(subject, "county")).toHaveLength(1);
    expect(await alertsOf(subject, "procurator")).toHaveLength(1);
    expect((await server.as("office2", "GET", `/api/alerts?subjectId=${subject}`)).status).toBe(404);
    const other = await server.as("jieyang_county", "GET", "/api/alerts?pageSize=100");
    expect(other.status).toBe(200);
    expect(other.body.items.some((a: { subjectId: string }) => a.subjectId === subject)).toBe(false);
    expect((await server.as("admin", "GET", "/api/alerts")).status).toBe(403);
    expect((await server.request("GET", "/api/alerts")).status).toBe(401);
    expect((await server.as("office1", "GET", "/api/alerts?type=earthquake")).status).toBe(400);
    // A day's duty log: alerts opened within the day.
    const day = server.clock.now().toISOString().slice(0, 10);
    const today = await server.as(
      "office1",
      "GET",
      `/api/alerts?subjectId=${subject}&openedFrom=${day}T00:00:00Z&openedTo=${day}T23:59:59Z`,
    );
    expect(today.body.total).toBe(1);
    const before = await server.as(
      "office1",
      "GET",
      `/api/alerts?subjectId=${subject}&openedTo=${day}T00:00:00Z`,
    );
    expect(before.body.total).toBe(0);
  });
});

describe("live pushes", () => {
  it("a signed-in officer receives positions and alerts of files in scope, and nothing of others", async () => {
    const mine = await newSubject();
    const { token } = await bindDevice(mine);
    const office1 = await server.login("office1");
    const office2 = await server.login("office2");
    const ws1 = await server.app.injectWS(`/api/live?token=${office1}`);
    const ws2 = await server.app.injectWS(`/api/live?token=${office2}`);
    const got1: { type: string }[] = [];
    const got2: { type: string }[] = [];
    ws1.on("message", (m: Buffer) => got1.push(JSON.parse(m.toString())));
    ws2.on("message", (m: Buffer) => got2.push(JSON.parse(m.toString())));
    await ingest(token, track(INSIDE, 1, { events: ["sos"] }));
    await new Promise((r) => setTimeout(r, 50));
    expect(got1.map((m) => m.type)).toEqual(expect.arrayContaining(["position", "alert"]));
    expect(got2.filter((m) => m.type !== "hello")).toEqual([]);
    ws1.terminate();
    ws2.terminate();
  });

  it("refuses a WebSocket without a session", async () => {
    await expect(server.app.injectWS("/api/live")).rejects.toThrow();
  });
});
