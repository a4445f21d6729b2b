// The JT/T 808 server over real TCP on port 0, with a fake backend: the backend is the boundary
// of this module (the lead's implementation commits to the database), so faking it is fair.

import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { DeviceFix } from "../types.ts";
import type { Jt808Backend, RegistrationInfo } from "./backend.ts";
import {
  FLAG,
  Jt808Deframer,
  checksum,
  decodeFrame,
  encodeFrame,
  escape,
  type Jt808Frame,
  type Jt808Version,
} from "./codec.ts";
import {
  MessageId,
  buildAuthenticationBody,
  buildLocationBody,
  parsePlatformResponse,
  parseRegistrationResponse,
} from "./messages.ts";
import { wire } from "./recorded-frames.ts";
import { startJt808Server, type Jt808Server, type Jt808ServerOptions } from "./server.ts";

const PHONE = "013800138000";
const AUTH = "zj~}2026";

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
  reject: (e: Error) => void;
}
function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // The test may reject before the server awaits it.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/** A fake backend: knows the demo bracelet, records what it is given. */
class FakeBackend implements Jt808Backend {
  readonly registered: { phone: string; info: RegistrationInfo }[] = [];
  readonly committed: { phone: string; fixes: DeviceFix[] }[] = [];
  readonly heartbeats: string[] = [];
  readonly logs: { level: string; event: string; details: Record<string, unknown> }[] = [];
  /** When set, positions() waits on it. */
  gate: Deferred | null = null;

  async register(phone: string, info: RegistrationInfo) {
    this.registered.push({ phone, info });
    return phone === PHONE ? { result: 0 as const, authCode: AUTH } : { result: 4 as const };
  }
  async authenticate(phone: string, code: string) {
    return phone === PHONE && code === AUTH;
  }
  async positions(phone: string, fixes: DeviceFix[]) {
    if (this.gate) await this.gate.promise;
    this.committed.push({ phone, fixes });
  }
  async heartbeat(phone: string) {
    this.heartbeats.push(phone);
  }
  log(level: "info" | "warn", event: string, details: Record<string, unknown>) {
    this.logs.push({ level, event, details });
  }
  events(): string[] {
    return this.logs.map((l) => l.event);
  }
}

/** A terminal on the other end of a TCP socket. */
class Terminal {
  private readonly deframer = new Jt808Deframer(4096);
  private readonly inbox: Jt808Frame[] = [];
  private waiter: (() => void) | null = null;
  private serial = 100;
  readonly closed: Promise<void>;
  isClosed = false;

  private constructor(readonly socket: net.Socket) {
    socket.on("data", (chunk) => {
      for (const ev of this.deframer.push(chunk)) {
        if (ev.kind !== "frame") continue;
        const d = decodeFrame(ev.data);
        if (!d.ok) throw new Error(`platform sent a bad frame: ${d.error}`);
        this.inbox.push(d.frame);
      }
      this.waiter?.();
    });
    socket.on("error", () => {});
    this.closed = new Promise((resolve) =>
      socket.on("close", () => {
        this.isClosed = true;
        this.waiter?.();
        resolve();
      }),
    );
  }

  static connect(port: number): Promise<Terminal> {
    return new Promise((resolve, reject) => {
      const s = net.connect(port, "127.0.0.1", () => resolve(new Terminal(s)));
      s.once("error", reject);
    });
  }

  write(data: Buffer | string): void {
    this.socket.write(typeof data === "string" ? Buffer.from(data, "hex") : data);
  }

  send(messageId: number, body: Buffer, version: Jt808Version = "2013", phone = PHONE): number {
    const serial = this.serial++;
    this.write(encodeFrame({ version, protocolVersion: 1, phone }, messageId, serial, body));
    return serial;
  }

  /** The next frame from the platform. */
  async next(timeoutMs = 3000): Promise<Jt808Frame> {
    const deadline = Date.now() + timeoutMs;
    while (this.inbox.length === 0) {
      if (this.isClosed) throw new Error("connection closed");
      const left = deadline - Date.now();
      if (left <= 0) throw new Error("no frame in time");
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(t);
          resolve();
        };
      });
      this.waiter = null;
    }
    return this.inbox.shift()!;
  }

  /** The next 0x8001 answer, decoded. */
  async answer(timeoutMs?: number) {
    const f = await this.next(timeoutMs);
    expect(f.header.messageId).toBe(MessageId.PlatformResponse);
    return { ...parsePlatformResponse(f.body), header: f.header };
  }

  pending(): number {
    return this.inbox.length;
  }

  async login(version: Jt808Version = "2013"): Promise<void> {
    this.write(wire(version === "2013" ? "auth2013" : "auth2019"));
    expect((await this.answer()).result).toBe(0);
  }

  destroy(): void {
    this.socket.destroy();
  }
}

let server: Jt808Server | null = null;
const terminals: Terminal[] = [];

async function start(options: Partial<Jt808ServerOptions> = {}) {
  const backend = new FakeBackend();
  server = await startJt808Server({ port: 0, host: "127.0.0.1", backend, ...options });
  const connect = async () => {
    const t = await Terminal.connect(server!.port);
    terminals.push(t);
    return t;
  };
  return { backend, connect };
}

afterEach(async () => {
  for (const t of terminals.splice(0)) t.destroy();
  await server?.close();
  server = null;
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("JT/T 808 server", () => {
  it("register → authenticate → location: 0x8001 arrives only after the backend has committed", async () => {
    const { backend, connect } = await start();
    const t = await connect();

    t.write(wire("reg2013"));
    const reg = await t.next();
    expect(reg.header).toMatchObject({
      messageId: MessageId.RegistrationResponse,
      version: "2013",
      phone: PHONE,
    });
    expect(parseRegistrationResponse(reg.body)).toEqual({ answerSerial: 1, result: 0, authCode: AUTH });
    expect(backend.registered[0]).toMatchObject({
      phone: PHONE,
      info: { terminalId: "T000001", plate: "粤B12345" },
    });

    t.write(wire("auth2013"));
    expect(await t.answer()).toMatchObject({
      answerSerial: 2,
      answerId: MessageId.Authentication,
      result: 0,
    });

    backend.gate = deferred();
    t.write(wire("loc2013"));
    await sleep(150);
    expect(t.pending()).toBe(0);
    expect(backend.committed).toHaveLength(0);
    backend.gate.resolve();
    expect(await t.answer()).toMatchObject({
      answerSerial: 0x7e,
      answerId: MessageId.LocationReport,
      result: 0,
    });
    expect(backend.committed).toHaveLength(1);
    expect(backend.committed[0]!.fixes[0]).toMatchObject({
      lat: 23.032456,
      lon: 113.145678,
      battery: 75,
      events: ["sos", "tamper"],
    });
  });

  it("speaks 2019 back to a 2019 terminal: registration reply byte for byte, batch and heartbeat", async () => {
    const { backend, connect } = await start();
    const t = await connect();
    t.write(wire("reg2019"));
    const reg = await t.next();
    expect(encodeFrame(reg.header, reg.header.messageId, reg.header.serial, reg.body)).toEqual(
      wire("regack2019"),
    );

    t.write(wire("auth2019"));
    expect((await t.answer()).header).toMatchObject({ version: "2019", protocolVersion: 1 });

    t.write(wire("loc2019"));
    expect(await t.answer()).toMatchObject({ answerSerial: 5, result: 0, header: { version: "2019" } });
    t.write(wire("hb2019"));
    expect(await t.answer()).toMatchObject({ answerId: MessageId.Heartbeat, result: 0 });
    expect(backend.heartbeats).toEqual([PHONE]);
    expect(backend.committed[0]!.fixes[0]).toMatchObject({ battery: 15, events: ["low_battery"] });
  });

  it("a batch commits its positioned items; the unpositioned SOS is logged, not stored", async () => {
    const { backend, connect } = await start();
    const t = await connect();
    await t.login();
    t.write(wire("batch2013"));
    expect(await t.answer()).toMatchObject({ answerSerial: 6, answerId: MessageId.BatchLocation, result: 0 });
    expect(backend.committed[0]!.fixes).toHaveLength(1);
    expect(backend.events()).toEqual(
      expect.arrayContaining(["jt808_location_skipped", "jt808_alarm_without_fix"]),
    );
  });

  it("a failed commit is answered 'failure' (result 1), and nothing is acknowledged", async () => {
    const { backend, connect } = await start();
    const t = await connect();
    await t.login();
    backend.gate = deferred();
    t.write(wire("loc2013"));
    backend.gate.reject(new Error("disk full"));
    expect(await t.answer()).toMatchObject({ answerSerial: 0x7e, result: 1 });
    expect(backend.events()).toContain("jt808_backend_failed");
  });

  it("an unauthenticated terminal's location is refused (result 1) and never reaches the backend", async () => {
    const { backend, connect } = await start();
    const t = await connect();
    t.write(wire("loc2013"));
    expect(await t.answer()).toMatchObject({ answerSerial: 0x7e, result: 1 });
    t.write(wire("hb2013"));
    expect(await t.answer()).toMatchObject({ answerSerial: 3, result: 1 });
    expect(backend.committed).toHaveLength(0);
    expect(backend.heartbeats).toHaveLength(0);
    expect(backend.events()).toContain("jt808_unauthenticated");
  });

  it("a wrong auth code and an unknown terminal are refused", async () => {
    const { connect } = await start();
    const t = await connect();
    t.send(MessageId.Authentication, buildAuthenticationBody("2013", { authCode: "guess" }));
    expect((await t.answer()).result).toBe(1);
    t.send(MessageId.Registration, wire("reg2013").subarray(13, -2), "2013", "013999999999");
    expect(parseRegistrationResponse((await t.next()).body).result).toBe(4);
  });

  it("a bad checksum is answered 'bad message' (result 2) and the connection keeps working", async () => {
    const { connect } = await start();
    const t = await connect();
    await t.login();
    const bad = Buffer.from(wire("hb2013"));
    bad[bad.length - 2] = bad[bad.length - 2]! ^ 0x55;
    t.write(bad);
    expect(await t.answer()).toMatchObject({ answerSerial: 3, answerId: MessageId.Heartbeat, result: 2 });
    t.write(wire("hb2013"));
    expect(await t.answer()).toMatchObject({ answerSerial: 3, result: 0 });
  });

  it("a broken escape with a readable header is answered 'bad message'", async () => {
    const { connect } = await start();
    const t = await connect();
    const hb = wire("hb2013");
    t.write(Buffer.concat([hb.subarray(0, -2), Buffer.of(0x7d, 0x09), hb.subarray(-2)]));
    expect(await t.answer()).toMatchObject({ answerSerial: 3, result: 2 });
  });

  it("unsupported messages and subpackages are answered 'unsupported' (result 3)", async () => {
    const { connect } = await start();
    const t = await connect();
    const serial = t.send(0x0900, Buffer.from("pass-through"));
    expect(await t.answer()).toMatchObject({ answerSerial: serial, answerId: 0x0900, result: 3 });
    // 0x0704, subpackage flag + 4-byte body, package 1 of 2.
    const content = Buffer.from("0704200401380013800000090002000101020304", "hex");
    t.write(
      Buffer.concat([
        Buffer.of(FLAG),
        escape(Buffer.concat([content, Buffer.of(checksum(content))])),
        Buffer.of(FLAG),
      ]),
    );
    expect(await t.answer()).toMatchObject({ answerSerial: 9, answerId: 0x0704, result: 3 });
  });

  it("garbage that never frames, and an oversized frame, close the connection", async () => {
    const { backend, connect } = await start({ maxFrameBytes: 512 });
    const noise = await connect();
    noise.write(Buffer.alloc(600, 0x41));
    await noise.closed;
    const big = await connect();
    big.write(Buffer.concat([Buffer.of(0x7e), Buffer.alloc(600, 0x42)]));
    await big.closed;
    expect(backend.events()).toContain("jt808_oversized_frame");
  });

  it("too many bad frames close the connection", async () => {
    const { connect } = await start({ maxBadFrames: 5 });
    const t = await connect();
    for (let i = 0; i < 5; i++) t.write(Buffer.from("7e0102030405060708090a0b0c0d0e7e", "hex"));
    await t.closed;
  });

  it("a flooding terminal is throttled and closed without delaying another terminal's answers", async () => {
    const { backend, connect } = await start({ maxMessagesPerSecond: 50 });
    const flooder = await connect();
    await flooder.login();
    const other = await connect();
    await other.login();

    const burst = Buffer.concat(Array.from({ length: 20_000 }, () => wire("hb2013")));
    flooder.write(burst);
    const started = Date.now();
    other.send(
      MessageId.LocationReport,
      buildLocationBody({ lat: 23.03, lon: 113.14, time: new Date("2026-11-20T02:00:00Z") }),
    );
    expect((await other.answer()).result).toBe(0);
    expect(Date.now() - started).toBeLessThan(1000);
    await flooder.closed;
    expect(backend.events()).toEqual(expect.arrayContaining(["jt808_flood", "jt808_closed"]));
    expect(backend.heartbeats.length).toBeLessThanOrEqual(2 * 50 + 10);
    // The other terminal is still served.
    other.write(wire("hb2013"));
    expect((await other.answer()).result).toBe(0);
  });

  it("a silent socket is closed after the idle timeout", async () => {
    const { connect } = await start({ idleTimeoutMs: 200 });
    const t = await connect();
    await t.closed;
    for (let i = 0; i < 50 && server!.connections() > 0; i++) await sleep(20);
    expect(server!.connections()).toBe(0);
  });

  it("a backend that throws synchronously or logs badly harms no one", async () => {
    const { backend, connect } = await start();
    backend.positions = () => {
      throw new Error("sync");
    };
    backend.log = () => {
      throw new Error("logger down");
    };
    const t = await connect();
    await t.login();
    t.write(wire("loc2013"));
    expect((await t.answer()).result).toBe(1);
    t.write(wire("hb2013"));
    expect((await t.answer()).result).toBe(0);
  });
});
