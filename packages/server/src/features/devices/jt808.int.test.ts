import { randomUUID } from "node:crypto";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jt808Backend } from "../../ingest/jt808-backend.ts";
import {
  Jt808Deframer,
  decodeFrame,
  encodeFrame,
  type Jt808Frame,
  type Jt808Target,
} from "../../ingest/jt808/codec.ts";
import {
  ALARM_POWER_CUT,
  MessageId,
  buildAuthenticationBody,
  buildBatchLocationBody,
  buildLocationBody,
  buildRegistrationBody,
  parsePlatformResponse,
  parseRegistrationResponse,
} from "../../ingest/jt808/messages.ts";
import { startJt808Server, type Jt808Server } from "../../ingest/jt808/server.ts";
import { locationOf } from "../../ingest/location-runtime.ts";
import { buildSubject } from "../../../test/factories.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";

/**
 * A JT/T 808 bracelet over real TCP into the real pipeline and database: registration,
 * authentication, location reports acknowledged only after commit, a batch after a tunnel,
 * the strap alarm.
 */
let server: TestServer;
let jt808: Jt808Server;
let subjectId: string;
const PHONE = "013912345678";

beforeAll(async () => {
  server = await startTestServer();
  const guicheng = await orgId(server, "桂城司法所");
  const res = await server.as(
    "office1",
    "POST",
    "/api/subjects",
    buildSubject(guicheng, { name: "手环对象" }),
  );
  subjectId = res.body.id;
  const office = await server.db
    .selectFrom("organizations")
    .select("county_id")
    .where("id", "=", guicheng)
    .executeTakeFirstOrThrow();
  const deviceId = randomUUID();
  await server.db
    .insertInto("devices")
    .values({
      id: deviceId,
      kind: "bracelet",
      identifier: PHONE,
      county_id: office.county_id!,
      created_at: server.clock.now(),
    })
    .execute();
  await server.db
    .insertInto("device_bindings")
    .values({ id: randomUUID(), device_id: deviceId, subject_id: subjectId, bound_at: server.clock.now() })
    .execute();
  const { pipeline } = locationOf(server.ctx);
  jt808 = await startJt808Server({
    port: 0,
    host: "127.0.0.1",
    backend: jt808Backend(server.ctx, pipeline, () => {}),
  });
});
afterAll(async () => {
  await jt808.close();
  await server.close();
});

/** A terminal: sends frames, reads the platform's answers in order. */
class Terminal {
  private deframer = new Jt808Deframer();
  private frames: Jt808Frame[] = [];
  private waiters: ((f: Jt808Frame) => void)[] = [];
  private serial = 0;
  constructor(
    private readonly socket: net.Socket,
    private readonly target: Jt808Target,
  ) {
    socket.on("data", (chunk) => {
      for (const e of this.deframer.push(chunk)) {
        if (e.kind !== "frame") continue;
        const d = decodeFrame(e.data);
        if (!d.ok) continue;
        const w = this.waiters.shift();
        if (w) w(d.frame);
        else this.frames.push(d.frame);
      }
    });
  }
  static async connect(port: number, version: "2013" | "2019" = "2013"): Promise<Terminal> {
    const socket = net.connect(port, "127.0.0.1");
    await new Promise<void>((r, j) => socket.once("connect", r).once("error", j));
    return new Terminal(socket, { version, protocolVersion: version === "2019" ? 1 : 0, phone: PHONE });
  }
  send(id: number, body: Buffer): number {
    const serial = this.serial++;
    this.socket.write(encodeFrame(this.target, id, serial, body));
    return serial;
  }
  next(): Promise<Jt808Frame> {
    const f = this.frames.shift();
    if (f) return Promise.resolve(f);
    return new Promise((r) => this.waiters.push(r));
  }
  close(): void {
    this.socket.destroy();
  }
}

async function positions(): Promise<number> {
  const r = await server.db
    .selectFrom("positions")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("subject_id", "=", subjectId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe("JT/T 808 into the platform", () => {
  it("registers, authenticates and reports; each report is answered after its rows are committed", async () => {
    const t = await Terminal.connect(jt808.port);
    t.send(
      MessageId.Registration,
      buildRegistrationBody("2013", {
        provinceId: 44,
        cityId: 605,
        manufacturerId: "ZJ001",
        terminalModel: "BRACELET-1",
        terminalId: "B000001",
        plateColor: 0,
        plate: "",
      }),
    );
    const reg = parseRegistrationResponse((await t.next()).body);
    expect(reg.result).toBe(0);
    expect(reg.authCode).toBeTruthy();
    t.send(MessageId.Authentication, buildAuthenticationBody("2013", { authCode: reg.authCode! }));
    expect(parsePlatformResponse((await t.next()).body).result).toBe(0);

    const now = server.clock.now();
    const serial = t.send(
      MessageId.LocationReport,
      buildLocationBody({ lat: 23.03, lon: 113.15, time: now, speedKmh: 4, extras: { battery: 88 } }),
    );
    const ack = await t.next();
    expect(ack.header.messageId).toBe(MessageId.PlatformResponse);
    const answer = parsePlatformResponse(ack.body);
    expect(answer).toMatchObject({ answerSerial: serial, answerId: MessageId.LocationReport, result: 0 });
    // Acknowledged means stored.
    expect(await positions()).toBe(1);
    const row = await server.db
      .selectFrom("positions")
      .select(["lat", "lon", "battery", "source"])
      .where("subject_id", "=", subjectId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ lat: 23.03, lon: 113.15, battery: 88, source: "jt808" });

    // After a tunnel: a batch of three older fixes, then the strap alarm.
    const bodies = [3, 2, 1].map((m) =>
      buildLocationBody({ lat: 23.031, lon: 113.151, time: new Date(now.getTime() - m * 60_000) }),
    );
    t.send(MessageId.BatchLocation, buildBatchLocationBody(0, bodies));
    expect(parsePlatformResponse((await t.next()).body).result).toBe(0);
    expect(await positions()).toBe(4);
    server.clock.advanceMinutes(1);
    t.send(
      MessageId.LocationReport,
      buildLocationBody({
        lat: 23.0301,
        lon: 113.1501,
        time: server.clock.now(),
        alarmBits: ALARM_POWER_CUT,
      }),
    );
    expect([0, 4]).toContain(parsePlatformResponse((await t.next()).body).result);
    const alerts = await server.db
      .selectFrom("alerts")
      .select("type")
      .where("subject_id", "=", subjectId)
      .execute();
    expect(alerts.map((a) => a.type)).toEqual(["tamper"]);
    t.close();
  });

  it("a terminal that has not authenticated has its report refused and nothing stored", async () => {
    const before = await positions();
    const t = await Terminal.connect(jt808.port);
    t.send(
      MessageId.LocationReport,
      buildLocationBody({ lat: 23.03, lon: 113.15, time: server.clock.now() }),
    );
    expect(parsePlatformResponse((await t.next()).body).result).toBe(1);
    expect(await positions()).toBe(before);
    t.close();
  });

  it("a wrong authentication code is refused", async () => {
    const t = await Terminal.connect(jt808.port, "2019");
    t.send(MessageId.Authentication, buildAuthenticationBody("2019", { authCode: "wrong" }));
    expect(parsePlatformResponse((await t.next()).body).result).toBe(1);
    t.close();
  });
});
