/**
 * The trajectory benchmark (issue 5, "Speed"): one subject's positions through the real use case
 * `getTrajectory` (scope check, audited read, count, then every fix or the downsampled track), on a
 * PostgreSQL `positions` table of `--positions` rows (50 million for the issue's figure),
 * partitioned by month as the location sweep creates it. 24 hours of one subject (1,440 fixes,
 * one a minute) and 30 days downsampled (43,200 fixes → 2,000 points). Beside each, in the same
 * run: the same use case with index scans and partition pruning turned off (what a table that is
 * neither indexed on (subject_id, fixed_at) nor partitioned by time gets: a sequential scan of
 * every row), and for 30 days every fix sent to Node and downsampled there.
 *
 * Loading: the monthly partitions are created by `LocationSweepRepository.ensurePartitions`, then
 * each is detached, replaced by an UNLOGGED table without indexes, filled by one
 * `generate_series` INSERT per month (in time order, all subjects interleaved, as ingest writes
 * them), indexed, and attached again. UNLOGGED (no WAL) and the index built after the load are
 * what make 50 million rows load in minutes on 2 cores; the queries read the same pages either
 * way. See bench/README.md, "Trajectory".
 */
import { performance } from "node:perf_hooks";
import {
  sql,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from "kysely";
import type { Actor } from "@zhijiao/domain";
import {
  getTrajectory,
  TRAJECTORY_MAX_POINTS,
  type Trajectory,
} from "../../packages/server/src/features/trajectories/get-trajectory.ts";
import { inTransaction, type AppContext } from "../../packages/server/src/context.ts";
import { openPostgres, type Database } from "../../packages/server/src/db/connect.ts";
import {
  PositionRepository,
  SubjectRepository,
  type TrackPoint,
} from "../../packages/server/src/db/gateway/index.ts";
import { migrate } from "../../packages/server/src/db/migrate.ts";
import { Random } from "../../packages/server/src/demo/random.ts";
import { createFieldCipher } from "../../packages/server/src/security/secrets.ts";
import { explain, type PlanSummary } from "./explain.ts";
import { ensurePartitions, provision } from "./ingest.ts";
import { withPostgres, type Scratch } from "./scratch-db.ts";
import { summarize, type Stats } from "./stats.ts";
import { loadActor } from "./workload.ts";

export interface TrajectoryBenchOptions {
  positions: number;
  /** Days of history every subject has (one fix a minute); at least 31 for the 30-day query. */
  days: number;
  iterations: number;
  warmup: number;
  comparatorBudget: number;
  seed: number;
  today: string;
}

export interface TrajectoryMeasurement {
  measurement: string;
  /** Fixes in the range, and points answered. */
  fixes: number;
  points: number;
  measured: Stats;
  targetP95Ms: number;
  met: boolean;
  /** getTrajectory with index scans and partition pruning off: a sequential scan of all rows. */
  comparator: Stats;
  comparatorTruncated: boolean;
  /** 30 days only: every fix to Node (index scan), downsampled in JavaScript. */
  jsDownsample?: Stats;
  speedup: number;
  plans: { measured: PlanSummary[]; comparator: PlanSummary[] };
  slowest: { ms: number; plans: PlanSummary[] };
}

export interface TrajectoryRun {
  database: string;
  version: string;
  settings: Record<string, string>;
  rows: number;
  subjects: number;
  days: number;
  partitions: { name: string; rows: number; size: string }[];
  tableSize: string;
  indexSize: string;
  timings: Record<string, number>;
  results: TrajectoryMeasurement[];
  checks: string[];
}

const meta = { ip: "127.0.0.1", userAgent: "zhijiao-bench" };
const DAY_MS = 86_400_000;
const seconds = (t0: number) => Math.round((Date.now() - t0) / 100) / 10;

/** Records the statements a use case runs (raw SQL included), to EXPLAIN the positions queries. */
class CaptureRaw implements KyselyPlugin {
  readonly nodes: RootOperationNode[] = [];
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.nodes.push(args.node);
    return args.node;
  }
  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

async function positionsPlans(
  ctx: AppContext,
  work: (c: AppContext) => Promise<unknown>,
  analyze: boolean,
): Promise<PlanSummary[]> {
  const plugin = new CaptureRaw();
  const db = ctx.database.db.withPlugin(plugin);
  await work({ ...ctx, database: { ...ctx.database, db } });
  const executor = ctx.database.db.getExecutor();
  const queries = plugin.nodes
    .map((n, i) => executor.compileQuery(n, { queryId: `bench-trajectory-${i}` }))
    .filter((q) => /\bfrom positions\b/.test(q.sql));
  const out: PlanSummary[] = [];
  for (const q of queries) out.push(await explain(ctx, q, analyze));
  return out;
}

/** A connection that plans like a table with no (subject_id, fixed_at) index and no time partitions. */
const NO_INDEX_OPTIONS = [
  "enable_indexscan=off",
  "enable_indexonlyscan=off",
  "enable_bitmapscan=off",
  "enable_partition_pruning=off",
];

function withOptions(url: string, options: string[]): string {
  const u = new URL(url);
  u.searchParams.set("options", options.map((o) => `-c ${o}`).join(" "));
  return u.toString();
}

/** Partition bounds as the server wrote them (in its time zone). */
async function partitionBounds(db: Database["db"]): Promise<{ name: string; from: string; to: string }[]> {
  const r = await sql<{ name: string; bound: string }>`
    select c.relname as name, pg_get_expr(c.relpartbound, c.oid) as bound
    from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
    where p.relname = 'positions' and c.relname <> 'positions_default'
    order by c.relname`.execute(db);
  return r.rows.map((x) => {
    const m = /FROM \('([^']+)'\) TO \('([^']+)'\)/.exec(x.bound);
    if (!m) throw new Error(`unexpected partition bound of ${x.name}: ${x.bound}`);
    return { name: x.name, from: m[1]!, to: m[2]! };
  });
}

/**
 * Fills `positions` with one fix a minute per subject over [start, end): per monthly partition,
 * an unlogged, unindexed table loaded in time order, then indexed, constrained and attached.
 * Months load in parallel (two at a time: the machine's cores).
 */
async function load(
  database: Database,
  fleet: { deviceId: string; bindingId: string; subjectId: string }[],
  startMs: number,
  endMs: number,
  log: (m: string) => void,
): Promise<Record<string, number>> {
  const db = database.db;
  const timings: Record<string, number> = {};
  await database.exec(`
    drop table if exists bench_fleet;
    create table bench_fleet (n int primary key, device_id uuid, binding_id uuid, subject_id uuid,
      lat0 float8, lon0 float8, phase float8);`);
  const rng = new Random("bench:trajectory:fleet");
  await sql`
    insert into bench_fleet
    select x.n, x.device_id, x.binding_id, x.subject_id, x.lat0, x.lon0, x.phase
    from json_to_recordset(${JSON.stringify(
      fleet.map((f, n) => ({
        n,
        device_id: f.deviceId,
        binding_id: f.bindingId,
        subject_id: f.subjectId,
        // Homes in the middle of 南海区, walks of a few hundred metres.
        lat0: 22.95 + rng.next() * 0.15,
        lon0: 113.0 + rng.next() * 0.15,
        phase: rng.next() * 6.28,
      })),
    )}::json) as x(n int, device_id uuid, binding_id uuid, subject_id uuid, lat0 float8, lon0 float8, phase float8)`.execute(
    db,
  );
  const parts = await partitionBounds(db);
  let t0 = Date.now();
  const start = new Date(startMs).toISOString();
  const end = new Date(endMs).toISOString();
  const loadOne = async (p: { name: string; from: string; to: string }) => {
    const t = Date.now();
    await database.exec(`
      alter table positions detach partition ${p.name};
      drop table ${p.name};
      create unlogged table ${p.name} (like positions including defaults);`);
    // Time-major: the lateral join repeats the fleet for each minute, so rows lie in time order
    // with every subject interleaved, as ingest writes them (one subject's day is 1,440 pages apart).
    const r = await sql<{ n: number }>`
      with ins as (
        insert into ${sql.table(p.name)} (device_id, fixed_at, binding_id, subject_id, received_at, lat, lon,
          accuracy_m, speed_kmh, heading, altitude_m, battery, alarm_bits, status_bits, source)
        select f.device_id, t, f.binding_id, f.subject_id, t + interval '3 seconds',
          f.lat0 + 0.003 * sin(e / 5400.0 + f.phase), f.lon0 + 0.003 * cos(e / 7200.0 + f.phase),
          (10 + (f.n + e / 60)::int % 20)::real, 4.5::real, ((e / 60)::int % 360)::smallint, 12::real,
          (100 - ((e / 3600)::int % 80))::smallint, 0, 2, case when f.n % 2 = 0 then 'jt808' else 'http' end
        from generate_series(greatest(${start}::timestamptz, ${p.from}::timestamptz),
                             least(${end}::timestamptz, ${p.to}::timestamptz) - interval '1 minute',
                             interval '1 minute') t
        cross join lateral (select f.*, extract(epoch from t) as e from bench_fleet f where t is not null) f
        returning 1)
      select count(*)::int as n from ins`.execute(db);
    const rows = Number(r.rows[0]?.n ?? 0);
    const loaded = seconds(t);
    const ti = Date.now();
    await database.exec(`
      create index ${p.name}_subject_time on ${p.name} (subject_id, fixed_at);
      alter table ${p.name} add primary key (device_id, fixed_at);
      alter table ${p.name} add constraint ${p.name}_range check (fixed_at >= '${p.from}' and fixed_at < '${p.to}');
      alter table positions attach partition ${p.name} for values from ('${p.from}') to ('${p.to}');
      alter table ${p.name} drop constraint ${p.name}_range;`);
    log(
      `trajectory: ${p.name}: ${rows.toLocaleString("en-US")} rows loaded in ${loaded} s, indexed and attached in ${seconds(ti)} s`,
    );
    return rows;
  };
  // Two at a time.
  const queue = [...parts];
  await Promise.all(
    [0, 1].map(async () => {
      for (let p = queue.shift(); p; p = queue.shift()) await loadOne(p);
    }),
  );
  timings.loadAndIndexSeconds = seconds(t0);
  t0 = Date.now();
  await database.exec("vacuum (analyze) positions");
  timings.vacuumAnalyzeSeconds = seconds(t0);
  return timings;
}

/** First fix of each of `buckets` equal time slices of [from, to): what downsampled() answers, in JS. */
function downsampleJs(points: TrackPoint[], from: Date, to: Date, buckets: number): TrackPoint[] {
  const width = Math.max(1, Math.ceil((to.getTime() - from.getTime()) / 1000 / buckets)) * 1000;
  const out: TrackPoint[] = [];
  let last = -1;
  for (const p of points) {
    const b = Math.floor((p.time.getTime() - from.getTime()) / width);
    if (b !== last) {
      out.push(p);
      last = b;
    }
  }
  return out;
}

/** The comparator "all fixes to Node": the same scope check and audited read, every fix, downsampled in JS. */
async function trajectoryJs(
  ctx: AppContext,
  actor: Actor,
  subjectId: string,
  from: Date,
  to: Date,
): Promise<Trajectory> {
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await new SubjectRepository(gw).read(subjectId, "location.read", {
      from: from.toISOString(),
      to: to.toISOString(),
    });
    const all = await new PositionRepository(gw).track(subject.id, from, to);
    if (all.length <= TRAJECTORY_MAX_POINTS) return { items: all, total: all.length, downsampled: false };
    return {
      items: downsampleJs(all, from, to, TRAJECTORY_MAX_POINTS),
      total: all.length,
      downsampled: true,
    };
  });
}

interface Call {
  subjectId: string;
  from: Date;
  to: Date;
}

async function timeCalls(
  run: (c: Call) => Promise<unknown>,
  warm: Call[],
  calls: Call[],
  budget: { seconds: number; minSamples: number } | null,
): Promise<{ samples: number[]; truncated: boolean; slowest: Call }> {
  for (const c of warm) await run(c);
  const samples: number[] = [];
  const started = performance.now();
  let slowest = calls[0]!;
  for (const c of calls) {
    const t = performance.now();
    await run(c);
    const ms = performance.now() - t;
    if (!samples.length || ms > Math.max(...samples)) slowest = c;
    samples.push(ms);
    if (budget && samples.length >= budget.minSamples && performance.now() - started > budget.seconds * 1000)
      return { samples, truncated: samples.length < calls.length, slowest };
  }
  return { samples, truncated: false, slowest };
}

const fingerprint = (t: Trajectory) =>
  `${t.total}/${t.downsampled}/${t.items.length}/${t.items[0]?.time.toISOString()}/${t.items.at(-1)?.time.toISOString()}/${t.items
    .slice(0, 50)
    .map((p) => `${p.lat.toFixed(6)},${p.lon.toFixed(6)}`)
    .join(";")}`;

async function benchTrajectoryOn(
  scratch: Scratch,
  opts: TrajectoryBenchOptions,
  log: (m: string) => void,
): Promise<TrajectoryRun> {
  const { database } = scratch;
  const timings: Record<string, number> = {};
  const checks: string[] = [];
  const now = new Date(`${opts.today}T04:00:00.000Z`);
  const ctx: AppContext = { database, cipher: createFieldCipher(Buffer.alloc(32, 0x5a)), now: () => now };
  const perSubjectDay = 1440;
  const subjects = Math.max(1, Math.ceil(opts.positions / (opts.days * perSubjectDay)));
  // History ends at the last whole minute before "now".
  const endMs = Math.floor(now.getTime() / 60_000) * 60_000;
  const startMs = endMs - opts.days * DAY_MS;

  const t0 = Date.now();
  await migrate(database);
  const fleet = await provision(
    ctx,
    subjects,
    () => 600,
    () => "bench-trajectory",
    opts.seed,
  );
  timings.setupSeconds = seconds(t0);
  const created = await ensurePartitions(ctx, startMs, endMs);
  log(
    `trajectory: ${subjects.toLocaleString("en-US")} subjects × ${opts.days} days × 1,440 fixes = ` +
      `${(subjects * opts.days * perSubjectDay).toLocaleString("en-US")} rows over ${created.length} monthly partitions (${created.join(", ")})`,
  );
  Object.assign(timings, await load(database, fleet, startMs, endMs, log));

  const sizes = await sql<{ name: string; rows: number; size: string }>`
    select c.relname as name, c.reltuples::bigint as rows, pg_size_pretty(pg_total_relation_size(c.oid)) as size
    from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
    where p.relname = 'positions' order by c.relname`.execute(database.db);
  const rowCount = await sql<{ n: number }>`select count(*)::bigint as n from positions`.execute(database.db);
  const rows = Number(rowCount.rows[0]?.n ?? 0);
  const sz = await sql<{ table: string; indexes: string }>`
    select pg_size_pretty(sum(pg_table_size(i.inhrelid))) as table, pg_size_pretty(sum(pg_indexes_size(i.inhrelid))) as indexes
    from pg_inherits i join pg_class p on p.oid = i.inhparent where p.relname = 'positions'`.execute(
    database.db,
  );
  log(
    `trajectory: positions ${rows.toLocaleString("en-US")} rows, table ${sz.rows[0]?.table}, indexes ${sz.rows[0]?.indexes}; ` +
      `load ${timings.loadAndIndexSeconds} s, VACUUM ANALYZE ${timings.vacuumAnalyzeSeconds} s`,
  );

  const actor = await loadActor(ctx, "county");
  const noIndexDb = await openPostgres(withOptions(scratch.url!, NO_INDEX_OPTIONS), 2);
  const noIndex: AppContext = { ...ctx, database: noIndexDb };
  const results: TrajectoryMeasurement[] = [];
  try {
    const rng = new Random(`bench:trajectory:${opts.seed}`);
    const callsOf = (spanMs: number, count: number, label: string): Call[] => {
      const r = rng.fork(label);
      return Array.from({ length: count }, () => {
        const f = fleet[r.int(0, fleet.length - 1)]!;
        const minutes = Math.floor((endMs - startMs - spanMs) / 60_000);
        const from = new Date(startMs + r.int(0, minutes) * 60_000);
        return { subjectId: f.subjectId, from, to: new Date(from.getTime() + spanMs) };
      });
    };
    const kinds = [
      { name: "trajectory 24 h (1,440 fixes), one subject", span: DAY_MS, target: 50, fixes: 1440 },
      {
        name: "trajectory 30 days downsampled (43,200 fixes → 2,000)",
        span: 30 * DAY_MS,
        target: 500,
        fixes: 43_200,
      },
    ];
    for (const k of kinds) {
      if (k.span > opts.days * DAY_MS) {
        checks.push(`note: ${k.name} skipped: only ${opts.days} days of history`);
        continue;
      }
      const started = Date.now();
      const calls = callsOf(k.span, opts.iterations, k.name);
      const warm = callsOf(k.span, opts.warmup, `${k.name}:warm`);
      const use = (c: AppContext) => (x: Call) => getTrajectory({ ctx: c, actor, meta, ...x });
      // The same answers from the measured path and from both comparators.
      for (const c of calls.slice(0, 3)) {
        const a = await use(ctx)(c);
        if (a.total !== k.fixes)
          checks.push(`ERROR: ${k.name}: ${a.total} fixes in the range, expected ${k.fixes}`);
        const b = await use(noIndex)(c);
        if (fingerprint(a) !== fingerprint(b))
          checks.push(`ERROR: ${k.name}: the comparator answers differently`);
        if (k.span > DAY_MS) {
          const j = await trajectoryJs(ctx, actor, c.subjectId, c.from, c.to);
          if (fingerprint(a) !== fingerprint(j))
            checks.push(
              `ERROR: ${k.name}: JS downsampling answers differently (${a.items.length} vs ${j.items.length} points)`,
            );
        }
      }
      const first = await use(ctx)(calls[0]!);
      log(`trajectory: ${k.name}: ${calls.length} calls after ${warm.length} warm-up…`);
      const measured = await timeCalls(use(ctx), warm, calls, null);
      const budget = { seconds: opts.comparatorBudget, minSamples: 5 };
      const comparator = await timeCalls(use(noIndex), warm.slice(0, 1), calls, budget);
      const js =
        k.span > DAY_MS
          ? await timeCalls(
              (x) => trajectoryJs(ctx, actor, x.subjectId, x.from, x.to),
              warm.slice(0, 3),
              calls,
              null,
            )
          : null;
      const s = summarize(measured.samples);
      const c = summarize(comparator.samples);
      const plans = {
        measured: await positionsPlans(ctx, (x) => use(x)(calls[0]!), false),
        comparator: await positionsPlans(noIndex, (x) => use(x)(calls[0]!), false),
      };
      for (const p of plans.measured)
        if (!p.indexes.some((i) => /subject/.test(i)))
          checks.push(
            `ERROR: ${k.name}: the measured query uses no (subject_id, fixed_at) index: ${p.scans.join(", ")}`,
          );
        else if (p.relations.length > 2)
          checks.push(
            `note: ${k.name}: the measured query reads ${p.relations.length} partitions: ${p.relations.join(", ")}`,
          );
      for (const p of plans.comparator)
        if (p.indexes.length || p.relations.length < sizes.rows.length)
          checks.push(
            `ERROR: ${k.name}: the comparator should scan every partition without an index: ${p.scans.join(", ")}`,
          );
      const slowest = {
        ms: Math.max(...measured.samples),
        plans: await positionsPlans(ctx, (x) => use(x)(measured.slowest), true),
      };
      const r: TrajectoryMeasurement = {
        measurement: k.name,
        fixes: first.total,
        points: first.items.length,
        measured: s,
        targetP95Ms: k.target,
        met: s.p95 <= k.target,
        comparator: c,
        comparatorTruncated: comparator.truncated,
        speedup: c.p95 / s.p95,
        plans,
        slowest,
      };
      if (js) r.jsDownsample = summarize(js.samples);
      results.push(r);
      log(
        `trajectory: ${k.name}: p50 ${s.p50.toFixed(1)} / p95 ${s.p95.toFixed(1)} / p99 ${s.p99.toFixed(1)} ms; ` +
          `no index, no partitions p95 ${c.p95.toFixed(0)} ms (n=${c.n})` +
          (r.jsDownsample ? `; all fixes to Node p95 ${r.jsDownsample.p95.toFixed(1)} ms` : "") +
          ` (${seconds(started)} s)`,
      );
      if (!r.met)
        console.log(
          `\n--- trajectory: ${k.name} MISSED; slowest call ${slowest.ms.toFixed(1)} ms:\n` +
            slowest.plans.map((p) => p.text ?? p.top).join("\n"),
        );
    }
  } finally {
    await noIndexDb.close();
  }
  return {
    database: "PostgreSQL",
    version: scratch.version,
    settings: scratch.settings,
    rows,
    subjects,
    days: opts.days,
    partitions: sizes.rows.map((x) => ({ name: x.name, rows: Number(x.rows), size: x.size })),
    tableSize: sz.rows[0]?.table ?? "?",
    indexSize: sz.rows[0]?.indexes ?? "?",
    timings,
    results,
    checks,
  };
}

/** The trajectory benchmark on PostgreSQL (a temporary server with the bench settings, or DATABASE_URL). */
export async function runTrajectoryBench(
  opts: TrajectoryBenchOptions,
  cleanups: (() => void)[],
  log: (m: string) => void,
): Promise<{ run: TrajectoryRun | null; skipped: string[] }> {
  if (opts.days < 2) throw new Error("--trajectory-days must be at least 2");
  const r = await withPostgres("trajectory", [], 4, cleanups, log, (s) => benchTrajectoryOn(s, opts, log));
  if (typeof r === "string") return { run: null, skipped: [`trajectory: ${r}`] };
  return { run: r, skipped: [] };
}

const f1 = (x: number) =>
  Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) : "—";

/** The trajectory results as a Markdown table, each figure beside its comparators. */
export function trajectoryTable(run: TrajectoryRun): string {
  const lines = [
    "| measurement | database | rows | p50 ms | p95 ms | p99 ms | target p95 ms | comparator: no index, not partitioned p95 ms | speed-up | all fixes to Node, downsampled in JS p95 ms |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const r of run.results)
    lines.push(
      `| ${r.measurement} | ${run.database} | ${run.rows.toLocaleString("en-US")} | ${f1(r.measured.p50)} | ${f1(r.measured.p95)} | ${f1(r.measured.p99)} | ≤ ${r.targetP95Ms} ${r.met ? "met" : "**MISSED**"} | ${f1(r.comparator.p95)}${r.comparatorTruncated ? ` (n=${r.comparator.n})` : ""} | ${r.speedup >= 10 ? r.speedup.toFixed(0) : r.speedup.toFixed(1)}× | ${r.jsDownsample ? f1(r.jsDownsample.p95) : "—"} |`,
    );
  lines.push(
    "",
    `positions: ${run.rows.toLocaleString("en-US")} rows (${run.subjects.toLocaleString("en-US")} subjects × ${run.days} days × 1,440), table ${run.tableSize}, indexes ${run.indexSize}; ` +
      run.partitions.map((p) => `${p.name} ${p.rows.toLocaleString("en-US")} rows ${p.size}`).join(", "),
  );
  return lines.join("\n");
}
