/**
 * The ingest benchmark (issue 5, "Speed"): N simulated devices, each bound to a subject living in
 * 南海区 (440605) whose residence zone is the county polygon shipped in
 * packages/server/data/boundaries, submit their fixes concurrently through the real
 * `PositionPipeline.submit` (device lookup, zone evaluation by the alert tracker, positions,
 * device states and alerts written, commit — all before the promise resolves), on PostgreSQL
 * (with fsync and synchronous_commit on) and on PGlite. Beside it, in the same run, the naive
 * comparator (naive-ingest.ts): the same positions, one INSERT each in autocommit, with a linear
 * bounding-box and ray-casting test per zone.
 *
 * Injected into the load: excursions out of the county (alert latency, receipt → LiveHub publish),
 * and silent devices found by `sweepLocation` on its 15 s schedule (offline detection delay).
 * See bench/README.md, "Ingest".
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { sql } from "kysely";
import { offsetLatLon, todayIn } from "@zhijiao/domain";
import { inTransaction, type AppContext } from "../../packages/server/src/context.ts";
import type { Database } from "../../packages/server/src/db/connect.ts";
import { LocationSweepRepository } from "../../packages/server/src/db/gateway/location-sweeps.ts";
import { migrate } from "../../packages/server/src/db/migrate.ts";
import { seedDemo } from "../../packages/server/src/demo/seed.ts";
import { Random } from "../../packages/server/src/demo/random.ts";
import { boundaries, locationOf } from "../../packages/server/src/ingest/location-runtime.ts";
import type { LiveEvent } from "../../packages/server/src/ingest/live-hub.ts";
import { type DeviceKey } from "../../packages/server/src/ingest/pipeline.ts";
import type { DeviceFix, IngestSource } from "../../packages/server/src/ingest/types.ts";
import { systemMeta } from "../../packages/server/src/jobs/batches.ts";
import { sweepLocation } from "../../packages/server/src/jobs/location-sweep.ts";
import { startSchedule } from "../../packages/server/src/jobs/run-sweeps.ts";
import { createFieldCipher } from "../../packages/server/src/security/secrets.ts";
import { NAIVE, NaiveIngest, NaivePolygon, createNaiveSchema, type NaiveDevice } from "./naive-ingest.ts";
import { withPglite, withPostgres, type Scratch } from "./scratch-db.ts";
import { summarize, type Stats } from "./stats.ts";

import { plan } from "./ingest-plan.ts";
import { instrument } from "./ingest-profile.ts";

export const COUNTY_CODE = "440605";
/** The location sweep's period in the server (cli.ts LOCATION_SWEEP_INTERVAL_MS). */
const SWEEP_INTERVAL_MS = 15_000;

export interface IngestBenchOptions {
  devices: number;
  rounds: number;
  /** Seconds between two fixes of a device (fix times; the load itself runs as fast as it can). */
  interval: number;
  /** Share of the devices that make an excursion out of the county. */
  excursionShare: number;
  offlineProbes: number;
  /** The probes' report interval; their offline threshold is twice it (at least 60 s). */
  offlineInterval: number;
  comparatorBudget: number;
  /** Offered rate of the paced phase, fixes/s (capped at 70% of what the database sustained). */
  pacedRate: number;
  seed: number;
  databases: ("pglite" | "pg")[];
}

export interface IngestProfile {
  batches: number;
  fixesPerBatch: number;
  submissionsPerBatch: number;
  /** Mean milliseconds per batch, by phase. */
  perBatchMs: Record<string, number>;
  /** Calls of the per-alert statements (one round trip each). */
  calls: Record<string, number>;
  /** Node's CPU time over the throughput phase's wall time (1 = one core busy all along). */
  nodeCpuShare: number;
}

export interface IngestRun {
  database: string;
  version: string;
  settings: Record<string, string>;
  devices: number;
  rounds: number;
  positions: number;
  stored: number;
  /** What the pipeline answered as accepted (new rows). */
  accepted: number;
  seconds: number;
  perSecond: number;
  /** The rate between the 10th and the 90th percentile of completions (first-contact work left out). */
  steadyPerSecond: number;
  targetPerSecond: number;
  met: boolean;
  rejected: number;
  comparator: {
    positions: number;
    stored: number;
    seconds: number;
    perSecond: number;
    truncated: boolean;
    concurrency: number;
    alerts: number;
  };
  speedup: number;
  alerts: {
    /** Excursions in the paced phase. */
    excursions: number;
    /** Fixes per second offered in the paced phase. */
    pacedRate: number;
    /** Receipt (the submit call carrying the fix that completed the dwell) → LiveHub publish, ms, paced phase. */
    latencyMs: Stats;
    /** The same during the throughput phase (saturation: latency is queue depth over throughput). */
    saturated: { excursions: number; latencyMs: Stats };
    missed: number;
    falseAlerts: number;
    targetP99Ms: number;
    met: boolean;
  };
  offline: {
    probes: number;
    intervalSeconds: number;
    thresholdSeconds: number;
    /** Last fix received → offline alert published, seconds. */
    delaySeconds: Stats;
    missed: number;
    early: number;
    unexpected: number;
    targetSeconds: number;
    met: boolean;
  };
  profile: IngestProfile;
  timings: Record<string, number>;
}

export interface BenchDevice {
  index: number;
  deviceId: string;
  bindingId: string;
  subjectId: string;
  kind: "bracelet" | "phone";
  identifier: string;
  key: DeviceKey;
  source: IngestSource;
}

const seconds = (t0: number) => Math.round((Date.now() - t0) / 100) / 10;

// ---------------------------------------------------------------------------------------------
// Provisioning, straight SQL (the bench is outside the app)

/**
 * Demo tree and accounts (seedDemo, a few subjects), then `count` subjects in correction living in
 * 南海区 copied from a demo file of 南海 (new ids, names and identity hashes), one device each
 * (even: a bracelet named by a terminal phone number, submitted by identifier as the JT/T 808
 * server does; odd: a phone, submitted by device id as HTTP ingest does) and an open binding.
 * Bracelets are bound without an authorization row: the bench measures ingest, not R-EP-1.
 */
export async function provision(
  ctx: AppContext,
  count: number,
  offlineAfter: (i: number) => number,
  model: (i: number) => string,
  seed: number,
): Promise<BenchDevice[]> {
  const db = ctx.database.db;
  await seedDemo(ctx, { subjects: 40, seed, today: todayIn(ctx.now()) });
  const template = await db
    .selectFrom("subjects")
    .select(["id", "county_id"])
    .where("residence_division_code", "=", COUNTY_CODE)
    .orderBy("id")
    .executeTakeFirst();
  if (!template) throw new Error(`the demo has no subject living in ${COUNTY_CODE}`);
  const devices: BenchDevice[] = Array.from({ length: count }, (_, i) => {
    const kind = i % 2 === 0 ? "bracelet" : "phone";
    const identifier =
      kind === "bracelet" ? `0170${String(i).padStart(8, "0")}` : `35${String(i).padStart(13, "0")}`;
    const deviceId = randomUUID();
    return {
      index: i,
      deviceId,
      bindingId: randomUUID(),
      subjectId: randomUUID(),
      kind,
      identifier,
      key: kind === "bracelet" ? { identifier } : { deviceId },
      source: kind === "bracelet" ? "jt808" : "http",
    };
  });
  for (let at = 0; at < count; at += 5000) {
    const part = devices.slice(at, at + 5000);
    await sql`
      insert into subjects
      select (jsonb_populate_record(null::subjects, to_jsonb(t) || jsonb_build_object(
        'id', x.subject_id, 'name', '定位压测' || x.n, 'name_tokens', jsonb_build_array('定位', '压测'),
        'id_number_hash', md5('zj-bench-ingest-' || x.subject_id), 'status', 'in_correction',
        'residence_division_code', ${COUNTY_CODE}::text, 'archived', false, 'version', 1))).*
      from subjects t,
        json_to_recordset(${JSON.stringify(part.map((d) => ({ subject_id: d.subjectId, n: d.index })))}::json)
          as x(subject_id uuid, n int)
      where t.id = ${template.id}`.execute(db);
    await sql`
      insert into devices (id, kind, identifier, county_id, model, offline_after_seconds, created_at)
      select x.id, x.kind, x.identifier, ${template.county_id}, x.model, x.offline, now()
      from json_to_recordset(${JSON.stringify(
        part.map((d) => ({
          id: d.deviceId,
          kind: d.kind,
          identifier: d.identifier,
          model: model(d.index),
          offline: offlineAfter(d.index),
        })),
      )}::json) as x(id uuid, kind text, identifier text, model text, offline int)`.execute(db);
    await sql`
      insert into device_bindings (id, device_id, subject_id, bound_at)
      select x.id, x.device_id, x.subject_id, now()
      from json_to_recordset(${JSON.stringify(
        part.map((d) => ({ id: d.bindingId, device_id: d.deviceId, subject_id: d.subjectId })),
      )}::json) as x(id uuid, device_id uuid, subject_id uuid)`.execute(db);
  }
  await sql`analyze`.execute(db);
  return devices;
}

// ---------------------------------------------------------------------------------------------
// The workload: homes inside the county, walks around them, excursions across its boundary

export type Phase = "saturated" | "paced";

export async function ensurePartitions(ctx: AppContext, fromMs: number, toMs: number): Promise<string[]> {
  if (ctx.database.kind !== "postgres") return [];
  const months: string[] = [];
  const d = new Date(fromMs);
  for (let m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)); m.getTime() <= toMs;) {
    months.push(m.toISOString().slice(0, 10));
    m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1));
  }
  return inTransaction(ctx, null, systemMeta(ctx.now()), (gw) =>
    new LocationSweepRepository(gw).ensurePartitions(months),
  );
}

async function benchIngestOn(
  label: string,
  scratch: Scratch,
  opts: IngestBenchOptions,
  target: number,
  concurrency: number,
  log: (m: string) => void,
): Promise<IngestRun> {
  const timings: Record<string, number> = {};
  const database: Database = scratch.database;
  // The real clock: the pipeline stamps receipts and the sweep judges silence by it.
  const ctx: AppContext = {
    database,
    cipher: createFieldCipher(Buffer.alloc(32, 0x5a)),
    now: () => new Date(),
  };
  const rng = new Random(`bench:ingest:${opts.seed}`);
  let t0 = Date.now();
  await migrate(database);
  const n = opts.devices;
  const R = opts.rounds;
  const probes = opts.offlineProbes;
  const threshold = Math.max(60, 2 * opts.offlineInterval);
  const all = await provision(
    ctx,
    n + probes,
    (i) => (i >= n ? threshold : 600),
    (i) => (i >= n ? "bench-probe" : "bench-load"),
    opts.seed,
  );
  const devices = all.slice(0, n);
  const probeDevices = all.slice(n);
  await createNaiveSchema(database);
  timings.setupSeconds = seconds(t0);
  log(
    `${label}: ${n.toLocaleString("en-US")} devices and subjects in ${COUNTY_CODE} (+${probes} offline probes) in ${timings.setupSeconds} s`,
  );

  const step = opts.interval * 1000;
  const startMs = Date.now() - (2 * R + 2) * step;
  const work = plan(devices, opts, startMs, rng);
  await ensurePartitions(ctx, startMs, Date.now() + 60_000);
  const total = n * R;
  const inPhase = (p: Phase) => [...work.excursions.values()].filter((e) => e.phase === p).length;
  log(
    `${label}: per device a first-contact fix, ${R} fixes as fast as acknowledged, ${R} paced (${opts.interval} s apart in fix time); ` +
      `excursions out of the county: ${inPhase("saturated")} + ${inPhase("paced")} (${work.paths} distinct paths)`,
  );

  const { pipeline, hub } = locationOf(ctx);
  // As the server does (cli.ts): on PostgreSQL, committed events also go out by NOTIFY to the
  // other server processes (one pg_notify per 7.5 kB of events, after each commit).
  await hub.attach(database);
  const excursionBySubject = new Map<string, number>();
  for (const i of work.excursions.keys()) excursionBySubject.set(devices[i]!.subjectId, i);
  const probeBySubject = new Map(probeDevices.map((d, i) => [d.subjectId, i] as const));
  const receipts = new Map<string, { at: number; phase: Phase }>();
  const latency: Record<Phase, number[]> = { saturated: [], paced: [] };
  const offlineAt = new Map<number, number>();
  const unexpected: string[] = [];
  const falseOut = new Set<string>();
  const probeLast = new Map<number, number>();
  const unsubscribe = hub.subscribe((e: LiveEvent) => {
    const m = e.message;
    if (m.type !== "alert" || m.change !== "opened") return;
    const now = performance.now();
    if (m.alertType === "out_of_zone") {
      const r = receipts.get(`${m.subjectId}|${new Date(m.at).getTime()}`);
      if (r !== undefined) latency[r.phase].push(now - r.at);
      else if (!excursionBySubject.has(m.subjectId)) falseOut.add(m.subjectId);
      else unexpected.push(`out_of_zone at an unexpected fix for ${m.subjectId}`);
    } else if (m.alertType === "offline") {
      const i = probeBySubject.get(m.subjectId);
      if (i !== undefined && !offlineAt.has(i)) offlineAt.set(i, now);
      else if (i === undefined) unexpected.push(`offline for a load device ${m.subjectId}`);
    } else unexpected.push(`${m.alertType} for ${m.subjectId}`);
  });
  let rejected = 0;
  let accepted = 0;
  const send = async (i: number, k: number) => {
    const d = devices[i]!;
    const f = work.fixes[i]![k]!;
    const ex = work.excursions.get(i);
    if (ex) receipts.set(`${d.subjectId}|${f.time.getTime()}`, { at: performance.now(), phase: ex.phase });
    const r = await pipeline.submit(d.key, d.source, [f]);
    accepted += r.accepted;
    rejected += r.rejected.length;
  };

  // First contact, not timed: each device's first fix (device lookup, a new tracker state, the
  // offline condition cleared). A running server meets its devices once; the measured rounds
  // are the steady state of a server that knows them.
  const t1 = performance.now();
  await Promise.all(devices.map((_, i) => send(i, 0)));
  timings.firstContactSeconds = Math.round(performance.now() - t1) / 1000;
  log(
    `${label}: first contact of ${n.toLocaleString("en-US")} devices (one fix each, not timed) in ${timings.firstContactSeconds} s`,
  );

  // Offline probes: one fix each now; the sweep starts on its schedule; each probe sends its last
  // fix at a moment spread over one sweep period (so that the sweep's phase is sampled), then
  // falls silent while the load runs.
  const probeFix = (d: BenchDevice): DeviceFix => {
    const p = offsetLatLon(23.03, 113.14, (d.index % 50) * 20, 0);
    return { time: new Date(Date.now() - 1000), lat: p.lat, lon: p.lon, accuracyM: 15, battery: 90 };
  };
  await Promise.all(probeDevices.map((d) => pipeline.submit(d.key, d.source, [probeFix(d)])));
  const sweepErrors: string[] = [];
  const stopSweeps = startSchedule(
    () => sweepLocation(ctx),
    SWEEP_INTERVAL_MS,
    () => undefined,
    (e) => sweepErrors.push(e instanceof Error ? e.message : String(e)),
  );
  const probeTimers = probeDevices.map((d, i) =>
    setTimeout(
      () => {
        const at = performance.now();
        void pipeline.submit(d.key, d.source, [probeFix(d)]).then(() => probeLast.set(i, at));
      },
      Math.round((i / Math.max(1, probes)) * SWEEP_INTERVAL_MS),
    ),
  );

  // Throughput: every device submits its fixes one after another (a terminal waits for each
  // acknowledgement), all devices at once: the pipeline is saturated.
  const prof = instrument();
  const cpu0 = process.cpuUsage();
  const completions = new Float64Array(total);
  let done = 0;
  t0 = Date.now();
  const loadStart = performance.now();
  await Promise.all(
    devices.map(async (_, i) => {
      for (let k = 1; k <= R; k++) {
        await send(i, k);
        completions[done++] = performance.now();
      }
    }),
  );
  const loadMs = performance.now() - loadStart;
  const cpu = process.cpuUsage(cpu0);
  prof.restore();
  const profile = prof.profile();
  profile.nodeCpuShare = (cpu.user + cpu.system) / 1000 / loadMs;
  timings.loadSeconds = seconds(t0);
  const sorted = Array.from(completions).sort((a, b) => a - b);
  const p10 = sorted[Math.floor(total * 0.1)]!;
  const p90 = sorted[Math.floor(total * 0.9)]!;
  const steady = p90 > p10 ? (0.8 * total) / ((p90 - p10) / 1000) : Number.NaN;
  const perSecond = total / (loadMs / 1000);
  log(
    `${label}: pipeline ${total.toLocaleString("en-US")} fixes in ${(loadMs / 1000).toFixed(2)} s = ${Math.round(perSecond).toLocaleString("en-US")}/s ` +
      `(steady ${Math.round(steady).toLocaleString("en-US")}/s); ${profile.batches} batches of ${Math.round(profile.fixesPerBatch)} fixes`,
  );

  // Paced: the same devices at a fixed offered rate below saturation (the national peak, or 70%
  // of what this database just sustained if that is less): each device's next fix at its slot.
  const rate = Math.min(opts.pacedRate, Math.floor(0.7 * Math.min(perSecond, steady || perSecond)));
  t0 = Date.now();
  const pacedStart = performance.now();
  const pending: Promise<void>[] = devices.map(() => Promise.resolve());
  let behind = 0;
  await new Promise<void>((resolve) => {
    let slot = 0;
    const tick = () => {
      const due = Math.floor(((performance.now() - pacedStart) / 1000) * rate);
      for (; slot < total && slot <= due; slot++) {
        const i = slot % n;
        const k = R + 1 + Math.floor(slot / n);
        pending[i] = pending[i]!.then(() => send(i, k));
      }
      if (slot < total) setTimeout(tick, 2);
      else resolve();
    };
    tick();
  });
  const pacedSendMs = performance.now() - pacedStart;
  await Promise.all(pending);
  const pacedMs = performance.now() - pacedStart;
  behind = pacedMs - pacedSendMs;
  timings.pacedSeconds = seconds(t0);
  log(
    `${label}: paced ${total.toLocaleString("en-US")} fixes at ${rate.toLocaleString("en-US")}/s offered in ${(pacedMs / 1000).toFixed(2)} s ` +
      `(last acknowledgement ${Math.round(behind)} ms after the last send)`,
  );

  // Offline: wait until every probe is reported, or well past the target.
  t0 = Date.now();
  const targetS = 2 * opts.offlineInterval + 30;
  const deadline = Date.now() + (threshold + SWEEP_INTERVAL_MS / 1000 + 60) * 1000;
  while (offlineAt.size < probes && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
  probeTimers.forEach(clearTimeout);
  await stopSweeps();
  await pipeline.drain();
  timings.offlineWaitSeconds = seconds(t0);
  const delays: number[] = [];
  let early = 0;
  for (const [i, at] of offlineAt) {
    const last = probeLast.get(i);
    if (last === undefined || at < last) early++;
    else delays.push((at - last) / 1000);
  }
  const offlineStats = summarize(delays);
  log(
    `${label}: offline: ${delays.length}/${probes} probes detected, delay p50 ${offlineStats.p50.toFixed(1)} s, max ${offlineStats.max.toFixed(1)} s ` +
      `(threshold ${threshold} s, target ≤ ${targetS} s)${sweepErrors.length ? `; sweep errors: ${sweepErrors.slice(0, 3).join("; ")}` : ""}`,
  );
  unsubscribe();
  await hub.detach();

  // What the database holds.
  const stored = await sql<{ n: number }>`
    select count(*)::int as n from positions p join devices d on d.id = p.device_id
    where d.model = 'bench-load'`.execute(database.db);
  const outAlerts = await sql<{ subject_id: string }>`
    select subject_id from alerts where type = 'out_of_zone'`.execute(database.db);
  const alerted = new Set(outAlerts.rows.map((r) => r.subject_id));
  let missed = 0;
  for (const i of work.excursions.keys()) if (!alerted.has(devices[i]!.subjectId)) missed++;
  for (const s of alerted) if (!excursionBySubject.has(s)) falseOut.add(s);
  const paced = summarize(latency.paced);
  const saturated = summarize(latency.saturated);
  log(
    `${label}: alerts: paced ${paced.n}/${inPhase("paced")} alerted, latency p50 ${paced.p50.toFixed(0)} / p99 ${paced.p99.toFixed(0)} ms; ` +
      `saturated ${saturated.n}/${inPhase("saturated")}, p50 ${saturated.p50.toFixed(0)} / p99 ${saturated.p99.toFixed(0)} ms; ` +
      `missed ${missed}, false ${falseOut.size}${unexpected.length ? `; unexpected: ${unexpected.slice(0, 3).join("; ")} (${unexpected.length})` : ""}`,
  );

  // The naive comparator: the same fixes of the throughput phase, the same devices, one INSERT per fix.
  const county = boundaries().county(COUNTY_CODE)!;
  const zone = new NaivePolygon(county.polygons);
  const naive = new NaiveIngest(database.db);
  const naiveDevices: NaiveDevice[] = devices.map((d) => ({
    deviceId: d.deviceId,
    bindingId: d.bindingId,
    subjectId: d.subjectId,
    zones: [zone],
  }));
  t0 = Date.now();
  const cmpStart = performance.now();
  const cmpDeadline = cmpStart + opts.comparatorBudget * 1000;
  let cmpDone = 0;
  let truncated = false;
  // `concurrency` writers (the connection pool's size) take the fixes round by round, device by
  // device, so that each device's fixes go in in order, as in the load.
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let slot = next++; slot < total; slot = next++) {
        if (performance.now() > cmpDeadline) {
          truncated = true;
          return;
        }
        const i = slot % n;
        await naive.submit(naiveDevices[i]!, devices[i]!.source, work.fixes[i]![1 + Math.floor(slot / n)]!);
        cmpDone++;
      }
    }),
  );
  const cmpMs = performance.now() - cmpStart;
  timings.comparatorSeconds = seconds(t0);
  const cmpStored = await sql<{
    n: number;
  }>`select count(*)::int as n from ${sql.raw(NAIVE)}.positions`.execute(database.db);
  const cmpPerSecond = cmpDone / (cmpMs / 1000);
  log(
    `${label}: naive comparator ${cmpDone.toLocaleString("en-US")} fixes in ${(cmpMs / 1000).toFixed(1)} s = ${Math.round(cmpPerSecond).toLocaleString("en-US")}/s` +
      `${truncated ? ` (stopped at its ${opts.comparatorBudget} s budget)` : ""}, ${concurrency} at a time`,
  );

  return {
    database: label,
    version: scratch.version,
    settings: scratch.settings,
    devices: n,
    rounds: R,
    positions: total,
    stored: Number(stored.rows[0]?.n ?? 0),
    accepted,
    seconds: loadMs / 1000,
    perSecond,
    steadyPerSecond: steady,
    targetPerSecond: target,
    met: perSecond >= target,
    rejected,
    comparator: {
      positions: cmpDone,
      stored: Number(cmpStored.rows[0]?.n ?? 0),
      seconds: cmpMs / 1000,
      perSecond: cmpPerSecond,
      truncated,
      concurrency,
      alerts: naive.alerts,
    },
    speedup: perSecond / cmpPerSecond,
    alerts: {
      excursions: inPhase("paced"),
      pacedRate: rate,
      latencyMs: paced,
      saturated: { excursions: inPhase("saturated"), latencyMs: saturated },
      missed,
      falseAlerts: falseOut.size,
      targetP99Ms: 1000,
      met:
        missed === 0 &&
        falseOut.size === 0 &&
        paced.n === inPhase("paced") &&
        paced.n > 0 &&
        paced.p99 <= 1000,
    },
    offline: {
      probes,
      intervalSeconds: opts.offlineInterval,
      thresholdSeconds: threshold,
      delaySeconds: offlineStats,
      missed: probes - delays.length - early,
      early,
      unexpected: unexpected.length,
      targetSeconds: targetS,
      met: probes > 0 && delays.length === probes && offlineStats.max <= targetS,
    },
    profile,
    timings,
  };
}

/** The ingest benchmark on PGlite and on PostgreSQL (durable settings on a temporary server). */
export async function runIngestBench(
  opts: IngestBenchOptions,
  cleanups: (() => void)[],
  log: (m: string) => void,
): Promise<{ runs: IngestRun[]; skipped: string[] }> {
  const runs: IngestRun[] = [];
  const skipped: string[] = [];
  if (opts.databases.includes("pglite"))
    runs.push(await withPglite(cleanups, (s) => benchIngestOn("PGlite", s, opts, 5_000, 1, log)));
  if (opts.databases.includes("pg")) {
    // Durable commits: the acknowledgement must mean the positions survive a crash.
    const r = await withPostgres(
      "ingest",
      ["fsync=on", "synchronous_commit=on", "full_page_writes=on"],
      10,
      cleanups,
      log,
      (s) => benchIngestOn("PostgreSQL", s, opts, 20_000, 10, log),
    );
    if (typeof r === "string") skipped.push(`ingest: ${r}`);
    else runs.push(r);
  }
  return { runs, skipped };
}
