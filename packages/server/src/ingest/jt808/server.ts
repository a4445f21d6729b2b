// JT/T 808 TCP server. One Connection per socket: deframe, verify, rate-limit, then handle the
// frames one at a time, in order, answering each only once the backend has done its part.
// Nothing thrown here leaves a socket handler; a misbehaving terminal only ever loses its own
// connection. See README.md.

import net from "node:net";
import { performance } from "node:perf_hooks";
import type { Jt808Backend } from "./backend.ts";
import {
  DEFAULT_MAX_FRAME_BYTES,
  Jt808Deframer,
  decodeFrame,
  encodeFrame,
  type Jt808Frame,
  type Jt808Header,
} from "./codec.ts";
import {
  Jt808BodyError,
  MessageId,
  ResponseResult,
  alarmEvents,
  buildPlatformResponse,
  buildQueryTimeResponse,
  buildRegistrationResponse,
  parseAuthentication,
  parseBatchLocation,
  parseLocationReport,
  parseRegistration,
  parseTerminalResponse,
  reportToFix,
  type LocationReport,
  type ResponseResultCode,
} from "./messages.ts";
import type { DeviceEvent, DeviceFix } from "../types.ts";
import { TokenBucket } from "../token-bucket.ts";

export interface Jt808ServerOptions {
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  backend: Jt808Backend;
  /** Longest frame accepted, escaped bytes between the flags. Default 2048. */
  maxFrameBytes?: number;
  /** A socket silent this long is closed. Default 180 s (three missed default heartbeats). */
  idleTimeoutMs?: number;
  /** Token bucket per connection: rate and burst. Default 50. */
  maxMessagesPerSecond?: number;
  /** Bad frames and refused messages (each good message forgives one) before closing. Default 10. */
  maxBadFrames?: number;
}

export interface Jt808Server {
  port: number;
  /** Stops listening and drops every connection. */
  close(): Promise<void>;
  /** Open connections (for health and tests). */
  connections(): number;
}

interface Config {
  backend: Jt808Backend;
  maxFrameBytes: number;
  idleTimeoutMs: number;
  rate: number;
  maxBadFrames: number;
}

/** Frames waiting for their turn before the socket is paused (TCP pushes back on the terminal). */
const MAX_QUEUE = 32;
/** Answers a terminal has not read yet before we give up on it. */
const MAX_WRITE_BUFFER = 64 * 1024;
/** Sustained flooding: this many seconds' worth of dropped frames without a quiet second. */
const FLOOD_CLOSE_SECONDS = 5;
const GRACEFUL_CLOSE_MS = 2000;

type Job =
  { kind: "frame"; frame: Jt808Frame } | { kind: "refuse"; header: Jt808Header; result: ResponseResultCode };

const hex = (id: number) => "0x" + id.toString(16).padStart(4, "0");

class Connection {
  private readonly deframer: Jt808Deframer;
  private readonly queue: Job[] = [];
  private readonly remote: string;
  private busy = false;
  private paused = false;
  private closed = false;
  private phone: string | null = null;
  private authenticated = false;
  private serial = 0;
  private badScore = 0;
  private garbageBytes = 0;
  private readonly bucket: TokenBucket;
  private floodDrops = 0;
  private lastDropAt = -Infinity;

  constructor(
    private readonly socket: net.Socket,
    private readonly cfg: Config,
  ) {
    this.deframer = new Jt808Deframer(cfg.maxFrameBytes);
    this.bucket = new TokenBucket(cfg.rate);
    this.remote = `${socket.remoteAddress ?? "?"}:${socket.remotePort ?? "?"}`;
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 60_000);
    socket.setTimeout(cfg.idleTimeoutMs);
    socket.on("data", (chunk: Buffer) => this.onData(chunk));
    socket.on("timeout", () => this.onTimeout());
    socket.on("error", (e: NodeJS.ErrnoException) =>
      this.log("info", "jt808_socket_error", { error: e.code ?? e.message }),
    );
    socket.on("close", () => {
      this.closed = true;
      this.queue.length = 0;
    });
  }

  destroy(): void {
    this.closed = true;
    this.queue.length = 0;
    this.socket.destroy();
  }

  private log(level: "info" | "warn", event: string, details: Record<string, unknown> = {}): void {
    try {
      this.cfg.backend.log(level, event, { remote: this.remote, phone: this.phone, ...details });
    } catch {
      // A failing logger must not take the connection down.
    }
  }

  private close(reason: string, hard: boolean): void {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    this.log(hard ? "warn" : "info", "jt808_closed", { reason });
    if (hard) {
      this.socket.destroy();
    } else {
      this.socket.end();
      setTimeout(() => this.socket.destroy(), GRACEFUL_CLOSE_MS).unref();
    }
  }

  private onTimeout(): void {
    if (this.busy) {
      // Waiting on the backend is not the terminal's silence.
      this.socket.setTimeout(this.cfg.idleTimeoutMs);
      return;
    }
    this.close("idle", true);
  }

  private onData(chunk: Buffer): void {
    try {
      for (const ev of this.deframer.push(chunk)) {
        if (this.closed) return;
        switch (ev.kind) {
          case "garbage":
            this.garbageBytes += ev.bytes;
            if (this.garbageBytes > this.cfg.maxFrameBytes) this.close("no_frame", true);
            break;
          case "oversized":
            this.log("warn", "jt808_oversized_frame", { bytes: ev.bytes, max: this.cfg.maxFrameBytes });
            this.close("oversized_frame", true);
            break;
          case "frame":
            this.onFrame(ev.data);
            break;
        }
      }
      if (!this.busy && !this.closed) void this.drain();
    } catch (e) {
      this.log("warn", "jt808_internal_error", { error: String(e) });
      this.close("internal_error", true);
    }
  }

  private takeToken(): boolean {
    return this.bucket.take();
  }

  private onFlood(): void {
    const now = performance.now();
    if (now - this.lastDropAt > 1000) {
      this.floodDrops = 0;
      this.log("warn", "jt808_flood", { maxMessagesPerSecond: this.cfg.rate });
    }
    this.floodDrops++;
    this.lastDropAt = now;
    if (this.floodDrops > this.cfg.rate * FLOOD_CLOSE_SECONDS) this.close("flood", true);
  }

  private onFrame(data: Buffer): void {
    if (!this.takeToken()) {
      this.onFlood();
      return;
    }
    const d = decodeFrame(data);
    if (d.ok) {
      this.enqueue({ kind: "frame", frame: d.frame });
      return;
    }
    const h = d.header;
    this.log("warn", "jt808_bad_frame", {
      error: d.error,
      bytes: data.length,
      ...(h ? { messageId: hex(h.messageId), serial: h.serial, framePhone: h.phone } : {}),
    });
    if (h) {
      const result = d.error === "rsa_unsupported" ? ResponseResult.Unsupported : ResponseResult.BadMessage;
      this.enqueue({ kind: "refuse", header: h, result });
    }
    this.strike("bad_frames");
  }

  private enqueue(job: Job): void {
    this.queue.push(job);
    if (this.queue.length >= MAX_QUEUE && !this.paused) {
      this.paused = true;
      this.socket.pause();
    }
  }

  /** Misbehaviour budget: bad frames, refused messages, refused authentications. */
  private strike(reason: string): void {
    this.badScore++;
    if (this.badScore >= this.cfg.maxBadFrames) this.close(reason, false);
  }

  private forgive(): void {
    if (this.badScore > 0) this.badScore--;
  }

  private async drain(): Promise<void> {
    this.busy = true;
    try {
      while (!this.closed) {
        const job = this.queue.shift();
        if (!job) break;
        try {
          if (job.kind === "refuse") this.reply(job.header, job.result);
          else await this.handle(job.frame);
        } catch (e) {
          this.log("warn", "jt808_internal_error", { error: String(e) });
          if (job.kind === "frame") this.reply(job.frame.header, ResponseResult.Failure);
        }
        if (this.paused && this.queue.length <= MAX_QUEUE / 2 && !this.closed) {
          this.paused = false;
          this.socket.resume();
        }
      }
    } finally {
      this.busy = false;
    }
  }

  private send(target: Jt808Header, messageId: number, body: Buffer): void {
    if (this.closed || this.socket.destroyed || !this.socket.writable) return;
    this.socket.write(encodeFrame(target, messageId, this.serial, body));
    this.serial = (this.serial + 1) & 0xffff;
    if (this.socket.writableLength > MAX_WRITE_BUFFER) this.close("slow_reader", true);
  }

  private reply(h: Jt808Header, result: ResponseResultCode): void {
    this.send(h, MessageId.PlatformResponse, buildPlatformResponse(h.serial, h.messageId, result));
  }

  private async handle(frame: Jt808Frame): Promise<void> {
    const h = frame.header;
    if (h.subpackage) {
      // Reassembly is not implemented (see README): refuse rather than acknowledge what we drop.
      this.log("warn", "jt808_subpackage_unsupported", { messageId: hex(h.messageId), ...h.subpackage });
      this.reply(h, ResponseResult.Unsupported);
      return;
    }
    try {
      await this.dispatch(frame);
    } catch (e) {
      if (!(e instanceof Jt808BodyError)) throw e;
      this.log("warn", "jt808_bad_body", { messageId: hex(h.messageId), error: e.code });
      this.reply(h, ResponseResult.BadMessage);
      this.strike("bad_frames");
    }
  }

  private async dispatch({ header: h, body }: Jt808Frame): Promise<void> {
    const backend = this.cfg.backend;
    switch (h.messageId) {
      case MessageId.TerminalResponse:
        parseTerminalResponse(body);
        this.forgive();
        return;
      case MessageId.Heartbeat: {
        const phone = this.authorised(h);
        if (phone !== null) await this.commit(h, "heartbeat", () => backend.heartbeat(phone));
        return;
      }
      case MessageId.Logout:
        if (h.phone === this.phone) this.authenticated = false;
        this.log("info", "jt808_logout", {});
        this.reply(h, ResponseResult.Ok);
        return;
      case MessageId.QueryTime:
        this.send(h, MessageId.QueryTimeResponse, buildQueryTimeResponse(new Date()));
        return;
      case MessageId.Registration:
        return this.register(h, body);
      case MessageId.Authentication:
        return this.authenticate(h, body);
      case MessageId.LocationReport:
      case MessageId.BatchLocation:
        return this.locations(h, body);
      default:
        this.log("info", "jt808_unsupported_message", { messageId: hex(h.messageId) });
        this.reply(h, ResponseResult.Unsupported);
        return;
    }
  }

  /** The connection's terminal, or null after answering "failure" to one not authenticated. */
  private authorised(h: Jt808Header): string | null {
    if (this.authenticated && this.phone === h.phone) return this.phone;
    this.log("warn", "jt808_unauthenticated", { messageId: hex(h.messageId), framePhone: h.phone });
    this.reply(h, ResponseResult.Failure);
    this.strike("unauthenticated");
    return null;
  }

  /** Answers ok only once the backend's promise has resolved; failure when it rejects. */
  private async commit(h: Jt808Header, what: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (e) {
      this.log("warn", "jt808_backend_failed", { what, messageId: hex(h.messageId), error: String(e) });
      this.reply(h, ResponseResult.Failure);
      return;
    }
    this.reply(h, ResponseResult.Ok);
    this.forgive();
  }

  private async register(h: Jt808Header, body: Buffer): Promise<void> {
    const info = parseRegistration(body, h.version);
    let answer: Awaited<ReturnType<Jt808Backend["register"]>>;
    let reply: Buffer;
    try {
      answer = await this.cfg.backend.register(h.phone, info);
      if (answer.result === 0 && !answer.authCode) throw new Error("result 0 without an auth code");
      reply = buildRegistrationResponse(h.serial, answer.result, answer.authCode);
    } catch (e) {
      this.log("warn", "jt808_backend_failed", { what: "register", error: String(e) });
      this.reply(h, ResponseResult.Failure);
      return;
    }
    this.log(answer.result === 0 ? "info" : "warn", "jt808_registration", {
      framePhone: h.phone,
      version: h.version,
      result: answer.result,
      terminalId: info.terminalId,
      terminalModel: info.terminalModel,
    });
    this.send(h, MessageId.RegistrationResponse, reply);
    this.forgive();
  }

  private async authenticate(h: Jt808Header, body: Buffer): Promise<void> {
    const auth = parseAuthentication(body, h.version);
    let ok: boolean;
    try {
      ok = await this.cfg.backend.authenticate(h.phone, auth.authCode);
    } catch (e) {
      this.log("warn", "jt808_backend_failed", { what: "authenticate", error: String(e) });
      this.reply(h, ResponseResult.Failure);
      return;
    }
    if (!ok) {
      this.log("warn", "jt808_auth_refused", { framePhone: h.phone });
      this.reply(h, ResponseResult.Failure);
      this.strike("auth_refused");
      return;
    }
    this.phone = h.phone;
    this.authenticated = true;
    this.log("info", "jt808_authenticated", {
      version: h.version,
      imei: auth.imei,
      softwareVersion: auth.softwareVersion,
    });
    this.reply(h, ResponseResult.Ok);
    this.forgive();
  }

  private async locations(h: Jt808Header, body: Buffer): Promise<void> {
    const phone = this.authorised(h);
    if (phone === null) return;
    const reports: LocationReport[] = [];
    const skipped: Record<string, number> = {};
    const count = (reason: string) => (skipped[reason] = (skipped[reason] ?? 0) + 1);
    if (h.messageId === MessageId.LocationReport) {
      reports.push(parseLocationReport(body));
    } else {
      for (const item of parseBatchLocation(body).items) {
        if ("error" in item) count(`bad_item_${item.error}`);
        else reports.push(item);
      }
    }
    const fixes: DeviceFix[] = [];
    const lostEvents = new Set<DeviceEvent>();
    for (const report of reports) {
      if (report.truncatedItems) count("truncated_items");
      const t = reportToFix(report);
      if ("fix" in t) {
        fixes.push(t.fix);
      } else {
        count(t.skip);
        for (const ev of alarmEvents(report.alarmBits)) lostEvents.add(ev);
      }
    }
    if (Object.keys(skipped).length > 0) {
      this.log("warn", "jt808_location_skipped", {
        messageId: hex(h.messageId),
        accepted: fixes.length,
        skipped,
      });
    }
    if (lostEvents.size > 0) this.log("warn", "jt808_alarm_without_fix", { events: [...lostEvents] });
    const backend = this.cfg.backend;
    if (fixes.length > 0) await this.commit(h, "positions", () => backend.positions(phone, fixes));
    else await this.commit(h, "heartbeat", () => backend.heartbeat(phone));
  }
}

/** Listens for JT/T 808 terminals; resolves once listening. */
export async function startJt808Server(options: Jt808ServerOptions): Promise<Jt808Server> {
  const cfg: Config = {
    backend: options.backend,
    maxFrameBytes: options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES,
    idleTimeoutMs: options.idleTimeoutMs ?? 180_000,
    rate: options.maxMessagesPerSecond ?? 50,
    maxBadFrames: options.maxBadFrames ?? 10,
  };
  const log = (event: string, details: Record<string, unknown>) => {
    try {
      cfg.backend.log("warn", event, details);
    } catch {
      // ignore
    }
  };
  const connections = new Set<Connection>();
  const server = net.createServer((socket) => {
    try {
      const c = new Connection(socket, cfg);
      connections.add(c);
      socket.on("close", () => connections.delete(c));
    } catch (e) {
      log("jt808_internal_error", { error: String(e) });
      socket.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (e) => log("jt808_server_error", { error: String(e) }));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  return {
    port,
    connections: () => connections.size,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const c of connections) c.destroy();
      }),
  };
}
