/**
 * `npm run simulate -- --devices 1000 --interval 60`: a fleet of location devices against a
 * running zhijiao server. It provisions through the public API as a county officer (devices,
 * bindings, and for bracelets the positioning authorizations R-EP-1 requires: proposed by the
 * county officer, approved by the county head), then drives half the devices as JT/T 808
 * terminals over TCP and half as phones over HTTP, with movement around each subject's home,
 * commuting, occasional excursions out of the county, devices going silent, blind areas followed
 * by a batch upload, low batteries and one tamper alarm. Prints a summary every 10 seconds.
 * See packages/server/src/sim/README.md.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { prepareShape, type LonLat, type PreparedShape } from "@zhijiao/domain";
import { Random } from "../demo/random.ts";
import {
  ALARM_POWER_CUT,
  ALARM_UNDER_VOLTAGE,
  MessageId,
  buildBatchLocationBody,
  buildLocationBody,
} from "../ingest/jt808/messages.ts";
import { Api } from "./api.ts";
import { Walker, type Fix } from "./movement.ts";
import { provisionFleet, type SimDevice } from "./provision.ts";
import { Jt808Terminal, type TerminalListener } from "./terminal.ts";

const usage = `usage: npm run simulate -- [options]
  --devices N            devices to drive, half JT/T 808 bracelets, half HTTP phones (default 1000)
  --interval S           seconds between two fixes of a device (default 60)
  --url URL              the server (default http://127.0.0.1:3000)
  --jt808 HOST:PORT      its JT/T 808 port (default the URL's host, port 6808)
  --username U           a county officer (default county); --password P (default Sqjz#2026)
  --head-username U      the county head who approves bracelets (default county_head); --head-password P
  --duration S           stop after S seconds (default: run until Ctrl-C)
  --excursion-rate R     excursions out of the county per subject-hour (default 0.05)
  --silence-rate R       silences (device off or out of coverage) per device-hour (default 0.1)
  --tunnel-rate R        blind areas (fixes kept, sent as a batch after) per device-hour (default 0.2)
  --seed N               movement seed (default 1)
  --state FILE           where phone tokens are kept between runs (default in the temp folder)`;

interface Options {
  devices: number;
  interval: number;
  url: string;
  jt808Host: string;
  jt808Port: number;
  username: string;
  password: string;
  headUsername: string;
  headPassword: string;
  duration: number | null;
  excursionRate: number;
  silenceRate: number;
  tunnelRate: number;
  seed: number;
  statePath: string;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      devices: { type: "string" },
      interval: { type: "string" },
      url: { type: "string" },
      jt808: { type: "string" },
      username: { type: "string" },
      password: { type: "string" },
      "head-username": { type: "string" },
      "head-password": { type: "string" },
      duration: { type: "string" },
      "excursion-rate": { type: "string" },
      "silence-rate": { type: "string" },
      "tunnel-rate": { type: "string" },
      seed: { type: "string" },
      state: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const num = (name: string, v: string | undefined, fallback: number, min: number) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min}, got ${v}`);
    return n;
  };
  const url = new URL(values.url ?? "http://127.0.0.1:3000");
  const [jtHost, jtPort] = (values.jt808 ?? `${url.hostname}:6808`).split(":");
  const password = values.password ?? "Sqjz#2026";
  return {
    devices: Math.floor(num("devices", values.devices, 1000, 1)),
    interval: num("interval", values.interval, 60, 1),
    url: url.toString(),
    jt808Host: jtHost || url.hostname,
    jt808Port: Number(jtPort ?? 6808),
    username: values.username ?? "county",
    password,
    headUsername: values["head-username"] ?? "county_head",
    headPassword: values["head-password"] ?? password,
    duration: values.duration ? num("duration", values.duration, 0, 1) : null,
    excursionRate: num("excursion-rate", values["excursion-rate"], 0.05, 0),
    silenceRate: num("silence-rate", values["silence-rate"], 0.1, 0),
    tunnelRate: num("tunnel-rate", values["tunnel-rate"], 0.2, 0),
    seed: Math.floor(num("seed", values.seed, 1, 0)),
    statePath: values.state ?? join(tmpdir(), `zhijiao-simulate-${url.hostname}-${url.port || "80"}.json`),
  };
}

const log = (m: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${m}`);

// ---------------------------------------------------------------------------------------------
// Counters

class Counters implements TerminalListener {
  messages = 0;
  fixes = 0;
  heartbeats = 0;
  batches = 0;
  answered = 0;
  answeredFixes = 0;
  rejected = 0;
  errors = new Map<string, number>();
  window: number[] = [];
  all: number[] = [];
  sent(kind: "location" | "batch" | "heartbeat" | "control", fixes: number): void {
    this.messages++;
    this.fixes += fixes;
    if (kind === "heartbeat") this.heartbeats++;
    if (kind === "batch") this.batches++;
  }
  acked(latencyMs: number, fixes: number): void {
    this.answered++;
    this.answeredFixes += fixes;
    this.window.push(latencyMs);
    this.all.push(latencyMs);
  }
  error(reason: string): void {
    this.errors.set(reason, (this.errors.get(reason) ?? 0) + 1);
  }
}

function pct(samples: number[], p: number): number {
  if (!samples.length) return Number.NaN;
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length))) - 1]!;
}

const ms = (x: number) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(1) : Math.round(x)} ms` : "—");

// ---------------------------------------------------------------------------------------------
// Devices

/** One device's life: where it is, its battery, its silences and blind areas. */
class SimulatedDevice {
  battery: number;
  private drainPerH: number;
  private charging = false;
  silentUntil = 0;
  tunnel: { until: number; buffered: { fix: Fix; time: Date; battery: number; alarm: number }[] } | null =
    null;
  tamperAt: number | null = null;
  private tamperReports = 0;
  lastSent = 0;
  private timer: NodeJS.Timeout | null = null;
  private heart: NodeJS.Timeout | null = null;

  constructor(
    readonly device: SimDevice,
    readonly walker: Walker,
    private readonly rng: Random,
    private readonly opts: Options,
    private readonly counters: Counters,
    readonly terminal: Jt808Terminal | null,
  ) {
    // A few start just above the low-battery line and drain fast; the rest are well charged.
    if (rng.chance(0.03)) {
      this.battery = 20.5 + rng.next() * 2.5;
      this.drainPerH = 8 + rng.next() * 6;
    } else {
      this.battery = 40 + rng.next() * 60;
      this.drainPerH = 1.5 + rng.next() * 3;
    }
  }

  start(delayMs: number): void {
    const every = this.opts.interval * 1000;
    this.timer = setTimeout(() => {
      void this.tick();
      this.timer = setInterval(() => void this.tick(), every);
    }, delayMs);
    // Terminals also say they are alive half-way between reports when the interval is long.
    if (this.terminal && this.opts.interval > 30)
      this.heart = setTimeout(
        () => {
          void this.heartbeat();
          this.heart = setInterval(() => void this.heartbeat(), every);
        },
        delayMs + every / 2,
      );
  }

  stop(): void {
    // clearTimeout and clearInterval clear either kind of timer.
    if (this.timer) clearTimeout(this.timer);
    if (this.heart) clearTimeout(this.heart);
    this.terminal?.close();
  }

  get silent(): boolean {
    return Date.now() < this.silentUntil;
  }

  get lowBattery(): boolean {
    return this.battery <= 20;
  }

  private async heartbeat(): Promise<void> {
    if (!this.terminal || this.silent || this.tunnel) return;
    if (Date.now() - this.lastSent < (this.opts.interval * 1000) / 2 - 1000) return;
    if (!this.terminal.connected) return;
    this.lastSent = Date.now();
    await this.terminal.send(MessageId.Heartbeat, Buffer.alloc(0), "heartbeat", 0);
  }

  private async tick(): Promise<void> {
    const now = Date.now();
    const dtH = this.opts.interval / 3600;
    // Silence: the device is off or out of coverage; the connection drops; fixes are lost.
    if (this.silent) return;
    if (this.rng.chance(this.opts.silenceRate * dtH)) {
      const threshold = Math.max(60, 3 * this.opts.interval);
      this.silentUntil = now + (0.5 + this.rng.next() * 2.5) * threshold * 1000;
      this.terminal?.close();
      return;
    }
    const fix = this.walker.at(now);
    this.updateBattery(dtH);
    let alarm = 0;
    if (this.device.kind === "bracelet" && this.lowBattery) alarm |= ALARM_UNDER_VOLTAGE;
    if (this.tamperAt !== null && now >= this.tamperAt && this.tamperReports < 3) {
      // The strap is cut: three reports with the power-cut bit, then it stops (the strap is back on).
      alarm |= ALARM_POWER_CUT;
      if (this.tamperReports++ === 0)
        log(`tamper: bracelet ${this.device.identifier} (${this.device.subjectName}) reports its strap open`);
    }
    const entry = { fix, time: new Date(now), battery: Math.round(this.battery), alarm };
    // A blind area (a tunnel, a basement): fixes are kept and sent together afterwards.
    if (this.tunnel) {
      this.tunnel.buffered.push(entry);
      if (now < this.tunnel.until) return;
      const batch = this.tunnel.buffered;
      this.tunnel = null;
      await this.sendBatch(batch);
      return;
    }
    if (this.rng.chance(this.opts.tunnelRate * dtH)) {
      this.tunnel = { until: now + (2 + this.rng.int(0, 3)) * this.opts.interval * 1000, buffered: [entry] };
      return;
    }
    await this.sendBatch([entry]);
  }

  private updateBattery(dtH: number): void {
    if (this.charging) {
      this.battery = Math.min(100, this.battery + 40 * dtH);
      if (this.battery >= 95) this.charging = false;
    } else {
      this.battery = Math.max(1, this.battery - this.drainPerH * dtH);
      if (this.battery < 12) this.charging = true;
    }
  }

  private async sendBatch(
    entries: { fix: Fix; time: Date; battery: number; alarm: number }[],
  ): Promise<void> {
    this.lastSent = Date.now();
    if (this.terminal) {
      const bodies = entries.map((e) =>
        buildLocationBody({
          alarmBits: e.alarm,
          lat: e.fix.lat,
          lon: e.fix.lon,
          altitudeM: 10,
          speedKmh: e.fix.speedKmh,
          heading: e.fix.heading,
          time: e.time,
          extras: {
            battery: e.battery,
            signalStrength: 20 + this.rng.int(0, 11),
            satellites: 6 + this.rng.int(0, 8),
          },
        }),
      );
      if (bodies.length === 1) await this.terminal.send(MessageId.LocationReport, bodies[0]!, "location", 1);
      else
        await this.terminal.send(
          MessageId.BatchLocation,
          buildBatchLocationBody(1, bodies),
          "batch",
          bodies.length,
        );
      return;
    }
    const t = performance.now();
    this.counters.sent(entries.length > 1 ? "batch" : "location", entries.length);
    try {
      const res = await fetch(new URL("/api/ingest/positions", this.opts.url), {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Device ${this.device.token}` },
        body: JSON.stringify({
          positions: entries.map((e) => ({
            time: e.time.toISOString(),
            lat: e.fix.lat,
            lon: e.fix.lon,
            accuracy: e.fix.accuracyM,
            speed: e.fix.speedKmh,
            heading: e.fix.heading,
            battery: e.battery,
          })),
        }),
      });
      const body = (await res.json()) as { rejected?: unknown[] };
      if (!res.ok) this.counters.error(`http ${res.status}`);
      else {
        this.counters.acked(performance.now() - t, entries.length);
        this.counters.rejected += body.rejected?.length ?? 0;
      }
    } catch {
      this.counters.error("http unreachable");
    }
  }
}

// ---------------------------------------------------------------------------------------------

async function countyShape(api: Api, code: string): Promise<PreparedShape> {
  const f = await api.get<{ geometry: { type: "MultiPolygon"; coordinates: LonLat[][][] } }>(
    `/api/boundaries/${code}`,
  );
  return prepareShape({ type: "multipolygon", polygons: f.geometry.coordinates });
}

async function main(): Promise<void> {
  let opts: Options;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage}`);
    process.exit(2);
  }
  log(
    `zhijiao simulator: ${opts.devices} devices every ${opts.interval} s against ${opts.url} (JT/T 808 ${opts.jt808Host}:${opts.jt808Port})`,
  );
  const fleet = await provisionFleet({
    url: opts.url,
    username: opts.username,
    password: opts.password,
    headUsername: opts.headUsername,
    headPassword: opts.headPassword,
    devices: opts.devices,
    offlineAfterSeconds: Math.min(86_400, Math.max(60, Math.round(3 * opts.interval))),
    statePath: opts.statePath,
    log,
  });
  const c = fleet.counts;
  log(
    `provisioned in ${fleet.me.org.name}: ${fleet.devices.length} devices on ${c.subjects} files in correction ` +
      `(${c.registered} registered, ${c.bound} bound, ${c.authorized} positioning authorizations proposed and approved, ` +
      `${c.adopted} existing devices driven as they are, ${c.unbound} earlier bindings ended); phone tokens in ${opts.statePath}`,
  );
  for (const p of fleet.problems.slice(0, 10)) log(`note: ${p}`);
  if (fleet.problems.length > 10) log(`note: … and ${fleet.problems.length - 10} more`);
  if (!fleet.devices.length) throw new Error("no device to drive");

  const { api } = await Api.login(opts.url, opts.username, opts.password);
  const shape = await countyShape(api, fleet.me.org.divisionCode.slice(0, 6));
  const rng = new Random(`zhijiao-sim:${opts.seed}`);
  const walkers = new Map<string, Walker>();
  const counters = new Counters();
  const sims = fleet.devices.map((d, i) => {
    let w = walkers.get(d.subjectId);
    if (!w)
      walkers.set(
        d.subjectId,
        (w = new Walker(shape, new Random(`zhijiao-sim:${opts.seed}:walker:${d.subjectId}`), {
          excursionRate: opts.excursionRate,
        })),
      );
    const terminal =
      d.kind === "bracelet"
        ? new Jt808Terminal(
            opts.jt808Host,
            opts.jt808Port,
            d.identifier,
            i % 4 === 3 ? "2019" : "2013",
            counters,
          )
        : null;
    return new SimulatedDevice(
      d,
      w,
      new Random(`zhijiao-sim:${opts.seed}:device:${d.identifier}`),
      opts,
      counters,
      terminal,
    );
  });

  const started = Date.now();
  // One bracelet has its strap cut a quarter into the run (or after 2 minutes).
  const bracelets = sims.filter((s) => s.device.kind === "bracelet");
  if (bracelets.length) {
    const t = bracelets[rng.int(0, bracelets.length - 1)]!;
    t.tamperAt = started + Math.min(120_000, ((opts.duration ?? 480) * 1000) / 4);
  }
  // One subject living near the county's line leaves it right away, so that a short run shows an
  // out_of_zone alert within minutes; the others leave at random (--excursion-rate).
  const nearLine = [...walkers.values()].sort(
    (a, b) => shape.signedDistanceM(b.home.lat, b.home.lon) - shape.signedDistanceM(a.home.lat, a.home.lon),
  )[0];
  if (nearLine?.startExcursion(started + 30_000))
    log("excursion: one subject living near the county line leaves it in 30 s");

  sims.forEach((s) => s.start(Math.floor(rng.next() * opts.interval * 1000)));
  log(
    `driving ${bracelets.length} JT/T 808 bracelets and ${sims.length - bracelets.length} HTTP phones; summary every 10 s`,
  );

  let lastMessages = 0;
  let lastAcked = 0;
  const summary = () => {
    const w = counters.window;
    counters.window = [];
    const errors = [...counters.errors.entries()].map(([k, v]) => `${k} ${v}`).join(", ") || "0";
    const connected = bracelets.filter((b) => b.terminal?.connected).length;
    log(
      `sent ${counters.messages - lastMessages} (total ${counters.messages}: ${counters.fixes} fixes, ${counters.heartbeats} heartbeats, ${counters.batches} batches) | ` +
        `acked ${counters.answered - lastAcked} (total ${counters.answered}) | ack p50 ${ms(pct(w, 50))} p99 ${ms(pct(w, 99))} | errors ${errors}` +
        (counters.rejected ? ` | fixes rejected ${counters.rejected}` : "") +
        ` | JT/T 808 connected ${connected}/${bracelets.length}, silent ${sims.filter((s) => s.silent).length}, ` +
        `blind area ${sims.filter((s) => s.tunnel).length}, out of county ${[...walkers.values()].filter((x) => x.away).length}, ` +
        `low battery ${sims.filter((s) => s.lowBattery).length}`,
    );
    lastMessages = counters.messages;
    lastAcked = counters.answered;
  };
  const every = setInterval(summary, 10_000);
  const stop = () => {
    clearInterval(every);
    for (const s of sims) s.stop();
    summary();
    log(
      `done after ${Math.round((Date.now() - started) / 1000)} s: ${counters.messages} messages, ${counters.answered} acknowledged, ` +
        `ack p50 ${ms(pct(counters.all, 50))} p99 ${ms(pct(counters.all, 99))}`,
    );
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  if (opts.duration) setTimeout(stop, opts.duration * 1000);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
