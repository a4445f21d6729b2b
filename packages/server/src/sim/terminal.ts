/**
 * A simulated JT/T 808 terminal (a bracelet) over TCP: registration (0x0100 → 0x8100 with the
 * authentication code), authentication (0x0102), then location reports (0x0200), batches after a
 * blind area (0x0704), heartbeats (0x0002), each answered by the platform's 0x8001 — sent only
 * after the positions are committed, which is what the simulator times. Framing, escapes and
 * checksum come from the server's codec; message bodies from its terminal-side builders.
 */
import { Socket } from "node:net";
import { performance } from "node:perf_hooks";
import {
  Jt808Deframer,
  decodeFrame,
  encodeFrame,
  type Jt808Target,
  type Jt808Version,
} from "../ingest/jt808/codec.ts";
import {
  MessageId,
  buildAuthenticationBody,
  buildRegistrationBody,
  parsePlatformResponse,
  parseRegistrationResponse,
} from "../ingest/jt808/messages.ts";

/** What a terminal tells the simulator's counters. */
export interface TerminalListener {
  sent(kind: "location" | "batch" | "heartbeat" | "control", fixes: number): void;
  acked(latencyMs: number, fixes: number): void;
  error(reason: string): void;
}

interface Pending {
  sentAt: number;
  fixes: number;
  resolve: (r: { result: number; body: Buffer }) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export class Jt808Terminal {
  private socket: Socket | null = null;
  private connecting: Promise<void> | null = null;
  private deframer = new Jt808Deframer();
  private serial = 0;
  private readonly pending = new Map<number, Pending>();
  private authCode: string | null = null;
  private readonly target: Jt808Target;

  constructor(
    private readonly host: string,
    private readonly port: number,
    readonly phone: string,
    version: Jt808Version,
    private readonly listener: TerminalListener,
    private readonly timeoutMs = 30_000,
  ) {
    this.target = { version, protocolVersion: version === "2019" ? 1 : 0, phone };
  }

  get connected(): boolean {
    return this.socket !== null && this.connecting === null;
  }

  /** Connects, registers when no authentication code is held yet, and authenticates. */
  ensureUp(): Promise<void> {
    if (this.socket && !this.connecting) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const socket = new Socket();
    this.deframer = new Jt808Deframer();
    await new Promise<void>((resolve, reject) => {
      socket.once("error", reject);
      socket.connect(this.port, this.host, () => {
        socket.off("error", reject);
        resolve();
      });
    }).catch((e: Error) => {
      socket.destroy();
      this.listener.error("connect");
      throw e;
    });
    socket.setNoDelay(true);
    socket.on("data", (chunk) => this.onData(chunk));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      if (this.socket === socket) this.socket = null;
      for (const [serial, p] of this.pending) {
        clearTimeout(p.timer);
        this.pending.delete(serial);
        this.listener.error("closed");
        p.reject(new Error("connection closed"));
      }
    });
    this.socket = socket;
    if (!this.authCode) {
      const reg = await this.request(
        MessageId.Registration,
        buildRegistrationBody(this.target.version, {
          provinceId: 44,
          cityId: 605,
          manufacturerId: "ZJSIM",
          terminalModel: "ZJ-BRACELET-SIM",
          terminalId: this.phone.slice(-7),
          plateColor: 0,
          plate: "",
        }),
        "control",
        0,
      );
      const r = parseRegistrationResponse(reg.body);
      if (r.result !== 0 || !r.authCode) {
        this.listener.error(`registration refused (${r.result})`);
        this.close();
        throw new Error(`registration of ${this.phone} refused: ${r.result}`);
      }
      this.authCode = r.authCode;
    }
    const auth = await this.request(
      MessageId.Authentication,
      buildAuthenticationBody(this.target.version, {
        authCode: this.authCode,
        imei: `86${this.phone.padStart(13, "0").slice(-13)}`,
        softwareVersion: "zhijiao-sim-1.0",
      }),
      "control",
      0,
    );
    if (auth.result !== 0) {
      // A stale code (the device was registered again elsewhere): register anew next time.
      this.authCode = null;
      this.listener.error("authentication refused");
      this.close();
      throw new Error(`authentication of ${this.phone} refused`);
    }
  }

  private onData(chunk: Buffer): void {
    for (const ev of this.deframer.push(chunk)) {
      if (ev.kind !== "frame") continue;
      const d = decodeFrame(ev.data);
      if (!d.ok) {
        this.listener.error(`bad frame from platform (${d.error})`);
        continue;
      }
      const { header, body } = d.frame;
      let answer: { serial: number; result: number } | null = null;
      if (header.messageId === MessageId.PlatformResponse) {
        const r = parsePlatformResponse(body);
        answer = { serial: r.answerSerial, result: r.result };
      } else if (header.messageId === MessageId.RegistrationResponse) {
        const r = parseRegistrationResponse(body);
        answer = { serial: r.answerSerial, result: r.result };
      }
      if (!answer) continue;
      const p = this.pending.get(answer.serial);
      if (!p) continue;
      this.pending.delete(answer.serial);
      clearTimeout(p.timer);
      if (answer.result === 0) this.listener.acked(performance.now() - p.sentAt, p.fixes);
      else this.listener.error(`platform answered ${answer.result}`);
      p.resolve({ result: answer.result, body });
    }
  }

  /** Sends one message and waits for its answer (0x8001, or 0x8100 for a registration). */
  request(
    messageId: number,
    body: Buffer,
    kind: "location" | "batch" | "heartbeat" | "control",
    fixes: number,
  ): Promise<{ result: number; body: Buffer }> {
    const socket = this.socket;
    if (!socket) return Promise.reject(new Error("not connected"));
    const serial = (this.serial = (this.serial + 1) & 0xffff);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(serial);
        this.listener.error("timeout");
        reject(new Error("no answer"));
      }, this.timeoutMs);
      this.pending.set(serial, { sentAt: performance.now(), fixes, resolve, reject, timer });
      this.listener.sent(kind, fixes);
      socket.write(encodeFrame(this.target, messageId, serial, body));
    });
  }

  /** Sends after (re)connecting; failures are counted by the listener, not thrown. */
  async send(
    messageId: number,
    body: Buffer,
    kind: "location" | "batch" | "heartbeat",
    fixes: number,
  ): Promise<boolean> {
    try {
      await this.ensureUp();
      const r = await this.request(messageId, body, kind, fixes);
      return r.result === 0;
    } catch {
      return false;
    }
  }

  /** Drops the connection (a device switched off, or out of coverage for long). */
  close(): void {
    this.socket?.destroy();
    this.socket = null;
  }
}
