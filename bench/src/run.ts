/**
 * `npm run bench`: the subject list (a filter and a name search, page of 20) and the dashboard
 * counts, through the real use cases and a real Actor, on PGlite (100,000 subjects) and on
 * PostgreSQL (1,000,000), each beside the same use case over index-free copies of the tables,
 * in the same run. Prints a table and writes JSON. See bench/README.md.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import type { Actor } from "@zhijiao/domain";
import type { AppContext } from "../../packages/server/src/context.ts";
import { openPglite, openPostgres, type Database } from "../../packages/server/src/db/connect.ts";
import { migrate } from "../../packages/server/src/db/migrate.ts";
import { isDatabaseEmpty, seedDemo } from "../../packages/server/src/demo/seed.ts";
import { createFieldCipher } from "../../packages/server/src/security/secrets.ts";
import { NOIDX, createNoIndexCopy, noIndexContext, vacuumAnalyze } from "./comparator.ts";
import { captureQueries, explain, queryLabel, type PlanSummary } from "./explain.ts";
import { parseOptions, usage, type BenchOptions } from "./options.ts";
import { findPgBin, startTempPostgres, withDatabase, type TempPostgres } from "./pg-temp.ts";
import { benchPointInZone, pointInZoneMarkdown, type PointInZoneRun } from "./point-in-zone.ts";
import { printLocationBenches, runLocationBenches } from "./location-benches.ts";
import { markdownTable, planLines, type MeasurementResult } from "./report.ts";
import { summarize } from "./stats.ts";
import {
  dashboardCalls,
  fingerprint,
  listCalls,
  loadActor,
  measure,
  runCall,
  searchTerms,
  type Call,
} from "./workload.ts";

const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const log = (m: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${m}`);
const seconds = (t0: number) => Math.round((Date.now() - t0) / 100) / 10;

interface DatabaseRun {
  database: string;
  version: string;
  subjects: number;
  timings: Record<string, number>;
  results: MeasurementResult[];
  planChecks: string[];
}

interface Measurement {
  name: string;
  username: string;
  kind: "list" | "dashboard";
  target: number | null;
}

/**
 * Checks the plans of one call: the comparator's must read only noidx tables and use no index
 * (an error: the comparison would be void); the measured dashboard must read the summary (an
 * error otherwise: the row would be mislabelled); an indexed query on subjects that uses no
 * index is reported as a note (the planner may rightly prefer a sequential scan when the scope
 * is most of the table).
 */
function checkPlans(m: string, kind: Measurement["kind"], plans: MeasurementResult["plans"]): string[] {
  const problems: string[] = [];
  for (const [which, list] of [
    ["indexed", plans.indexed],
    ["recount, indexed", plans.recountIndexed ?? []],
  ] as const)
    for (const p of list.filter((q) => q.relations.some((r) => r.endsWith(".subjects"))))
      if (!p.indexes.some((i) => i.startsWith("subjects_")))
        problems.push(
          `note: ${m}: the planner chose no index for the ${which} ${queryLabel(p.sql)} query (${p.scans.join(", ")})`,
        );
  if (kind === "dashboard" && !plans.indexed.some((p) => p.relations.includes("public.subject_counts")))
    problems.push(`ERROR: ${m}: the measured dashboard did not read public.subject_counts`);
  for (const p of plans.comparator) {
    if (p.indexes.length)
      problems.push(
        `ERROR: ${m}: comparator ${queryLabel(p.sql)} query uses an index (${p.indexes.join(", ")})`,
      );
    const outside = p.relations.filter((r) => !r.startsWith(`${NOIDX}.`));
    if (outside.length)
      problems.push(`ERROR: ${m}: comparator ${queryLabel(p.sql)} query reads ${outside.join(", ")}`);
  }
  return problems;
}

async function explainCall(
  ctx: AppContext,
  actor: Actor,
  call: Call,
  analyze: boolean,
): Promise<PlanSummary[]> {
  const queries = await captureQueries(ctx, (c) => runCall(c, actor, call));
  const plans: PlanSummary[] = [];
  for (const q of queries) plans.push(await explain(ctx, q, analyze));
  return plans;
}

function printAnalyzed(title: string, plans: readonly PlanSummary[]): void {
  console.log(`\n--- ${title}`);
  for (const p of plans) {
    console.log(`-- ${queryLabel(p.sql)}: ${p.sql.replace(/\s+/g, " ")}`);
    console.log(p.text ?? `${p.top}; scans: ${p.scans.join(", ")}`);
  }
}

/** Seeds, builds the comparator, and measures every use case on one database. */
async function benchDatabase(
  label: string,
  version: string,
  database: Database,
  subjects: number,
  opts: BenchOptions,
): Promise<DatabaseRun> {
  const timings: Record<string, number> = {};
  const planChecks: string[] = [];
  const ctx: AppContext = {
    database,
    cipher: createFieldCipher(Buffer.alloc(32, 0x5a)),
    // Mid-day in Asia/Shanghai on the day the data is generated as of: the dashboard's "this month".
    now: () => new Date(`${opts.today}T04:00:00.000Z`),
  };
  let t0 = Date.now();
  await migrate(database);
  if (!(await isDatabaseEmpty(database))) throw new Error(`${label}: the bench needs an empty database`);
  timings.migrateSeconds = seconds(t0);

  t0 = Date.now();
  log(`${label}: seeding ${subjects.toLocaleString("en-US")} subjects…`);
  const seeded = await seedDemo(ctx, {
    subjects,
    seed: opts.seed,
    today: opts.today,
    log: (m: string) => log(`${label}: ${m}`),
  });
  timings.seedSeconds = seconds(t0);
  log(
    `${label}: seeded ${seeded.subjects.toLocaleString("en-US")} subjects and ${seeded.users} accounts in ${timings.seedSeconds} s`,
  );

  t0 = Date.now();
  await createNoIndexCopy(database, (m) => log(`${label}: ${m}`));
  timings.comparatorCopySeconds = seconds(t0);
  t0 = Date.now();
  const { allVisible, passes } = await vacuumAnalyze(database, ["public", NOIDX]);
  timings.vacuumAnalyzeSeconds = seconds(t0);
  log(
    `${label}: CHECKPOINT, VACUUM ANALYZE of both schemas in ${timings.vacuumAnalyzeSeconds} s ` +
      `(${passes} VACUUM pass${passes > 1 ? "es" : ""} of public.subjects); ${(allVisible * 100).toFixed(1)}% of its pages all-visible`,
  );
  if (allVisible < 0.99)
    planChecks.push(
      `note: ${label}: only ${(allVisible * 100).toFixed(1)}% of public.subjects' pages are all-visible: index-only scans will fetch from the heap`,
    );

  const size = await sql<{ rows: number; table: string; indexes: string }>`
    select (select count(*)::int from public.subjects) as rows,
           pg_size_pretty(pg_table_size('public.subjects')) as table,
           pg_size_pretty(pg_indexes_size('public.subjects')) as indexes`.execute(database.db);
  const rows = size.rows[0]!.rows;
  log(
    `${label}: subjects ${rows.toLocaleString("en-US")} rows, table ${size.rows[0]!.table}, indexes ${size.rows[0]!.indexes}`,
  );

  const noidx = noIndexContext(ctx);
  const measurements: Measurement[] = [
    { name: "subject list: filter + name search, county", username: "county", kind: "list", target: 50 },
    { name: "subject list: filter + name search, province", username: "province", kind: "list", target: 50 },
    {
      name: "dashboard counts, province",
      username: "province",
      kind: "dashboard",
      target: label === "PostgreSQL" ? 200 : null,
    },
    {
      name: "dashboard counts, county",
      username: "county",
      kind: "dashboard",
      target: label === "PostgreSQL" ? 200 : null,
    },
  ];
  const results: MeasurementResult[] = [];
  const actors = new Map<string, Actor>();
  const terms = new Map<string, string[]>();
  for (const m of measurements) {
    const started = Date.now();
    let actor = actors.get(m.username);
    if (!actor) actors.set(m.username, (actor = await loadActor(ctx, m.username)));
    let calls: Call[];
    let warm: Call[];
    // The comparator's calls: the same use case for lists; for the dashboard recount(), since
    // noidx has no summary (and a summary without indexes would compare nothing).
    let cmpCalls: Call[];
    let cmpWarm: Call[];
    if (m.kind === "list") {
      let t = terms.get(m.username);
      if (!t) terms.set(m.username, (t = await searchTerms(ctx, actor)));
      calls = listCalls(t, opts.iterations, `${opts.seed}:${m.username}`);
      warm = listCalls(t, opts.warmup, `${opts.seed}:${m.username}:warm-up`);
      cmpCalls = calls;
      cmpWarm = warm.slice(0, Math.min(3, warm.length));
    } else {
      calls = dashboardCalls(opts.iterations);
      warm = dashboardCalls(opts.warmup);
      cmpCalls = dashboardCalls(opts.iterations, "recount");
      cmpWarm = dashboardCalls(Math.min(3, opts.warmup), "recount");
    }

    // The same answers with and without indexes (and, for the dashboard, from the summary and
    // from a recount on both schemas), or the comparison means nothing.
    for (let i = 0; i < Math.min(5, calls.length); i++) {
      const a = fingerprint(await runCall(ctx, actor, calls[i]!));
      const b = fingerprint(await runCall(noidx, actor, cmpCalls[i]!));
      if (a !== b)
        throw new Error(
          `${label} ${m.name}: answers differ between ${JSON.stringify(calls[i])} and ${NOIDX} ${JSON.stringify(cmpCalls[i])}:\n${a}\n${b}`,
        );
      if (m.kind === "dashboard") {
        const c = fingerprint(await runCall(ctx, actor, cmpCalls[i]!));
        if (a !== c)
          throw new Error(
            `${label} ${m.name}: the summary's counts differ from recount() on the indexed tables:\n${a}\n${c}`,
          );
      }
    }

    log(`${label}: ${m.name} (as ${m.username}): ${calls.length} calls after ${warm.length} warm-up…`);
    const budget = { seconds: opts.comparatorBudget, minSamples: opts.minComparator };
    const indexed = await measure(ctx, actor, warm, calls, null);
    const comparator = await measure(noidx, actor, cmpWarm, cmpCalls, budget);
    const recountIndexed =
      m.kind === "dashboard" ? await measure(ctx, actor, cmpWarm, cmpCalls, budget) : null;
    const s = summarize(indexed.samples);
    const c = summarize(comparator.samples);
    const plans: MeasurementResult["plans"] = {
      indexed: await explainCall(ctx, actor, calls[0]!, false),
      comparator: await explainCall(noidx, actor, cmpCalls[0]!, false),
    };
    if (recountIndexed) plans.recountIndexed = await explainCall(ctx, actor, cmpCalls[0]!, false);
    planChecks.push(...checkPlans(`${label} ${m.name}`, m.kind, plans));
    const met = m.target === null ? null : s.p95 <= m.target;
    const r: MeasurementResult = {
      measurement: m.name,
      actor: m.username,
      database: label,
      rows,
      indexed: s,
      comparatorCall: m.kind === "dashboard" ? "recount" : "same use case",
      comparator: c,
      comparatorTruncated: comparator.truncated,
      targetP95Ms: m.target,
      met,
      speedup: c.p95 / s.p95,
      plans,
    };
    if (recountIndexed) {
      r.recountIndexed = summarize(recountIndexed.samples);
      r.recountIndexedTruncated = recountIndexed.truncated;
    }
    log(
      `${label}: ${m.name}: p50 ${s.p50.toFixed(1)} / p95 ${s.p95.toFixed(1)} / p99 ${s.p99.toFixed(1)} ms; ` +
        `${r.comparatorCall === "recount" ? "recount, " : ""}no indexes p95 ${c.p95.toFixed(1)} ms (n=${c.n})` +
        (r.recountIndexed
          ? `; recount, indexed p95 ${r.recountIndexed.p95.toFixed(1)} ms (n=${r.recountIndexed.n})`
          : "") +
        ` (${seconds(started)} s)`,
    );
    if (opts.explain) {
      console.log(
        `\n=== ${label}: ${m.name}, plans of call 1 (${JSON.stringify(calls[0])}; comparator ${JSON.stringify(cmpCalls[0])})`,
      );
      console.log(planLines("indexed   ", plans.indexed).join("\n"));
      console.log(planLines("no indexes", plans.comparator).join("\n"));
      if (plans.recountIndexed) console.log(planLines("recount, indexed", plans.recountIndexed).join("\n"));
      printAnalyzed(`indexed, EXPLAIN ANALYZE`, await explainCall(ctx, actor, calls[0]!, true));
      printAnalyzed(`no indexes, EXPLAIN ANALYZE`, await explainCall(noidx, actor, cmpCalls[0]!, true));
      if (plans.recountIndexed)
        printAnalyzed(`recount, indexed, EXPLAIN ANALYZE`, await explainCall(ctx, actor, cmpCalls[0]!, true));
    }
    // The slowest call, analyzed: when a target is missed its plan says why (printed, and kept in the JSON).
    let worst = 0;
    indexed.samples.forEach((x, i) => (x > indexed.samples[worst]! ? (worst = i) : 0));
    const slowCall = calls[indexed.calls[worst]!]!;
    r.slowest = {
      call: slowCall,
      ms: indexed.samples[worst]!,
      plans: await explainCall(ctx, actor, slowCall, true),
    };
    if (met === false)
      printAnalyzed(
        `${label}: ${m.name} MISSED the target; slowest call ${r.slowest.ms.toFixed(1)} ms: ${JSON.stringify(slowCall)}`,
        r.slowest.plans,
      );
    results.push(r);
  }
  return { database: label, version, subjects: rows, timings, results, planChecks };
}

async function runPglite(opts: BenchOptions, cleanups: (() => void)[]): Promise<DatabaseRun> {
  const dir = mkdtempSync(join(tmpdir(), "zhijiao-bench-pglite-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const t0 = Date.now();
  const database = await openPglite({ dataDir: join(dir, "pglite") });
  try {
    const v = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(database.db);
    const run = await benchDatabase(
      "PGlite",
      `PGlite (PostgreSQL ${v.rows[0]!.v})`,
      database,
      opts.pgliteSubjects,
      opts,
    );
    run.timings.totalSeconds = seconds(t0);
    return run;
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runPostgres(opts: BenchOptions, cleanups: (() => void)[]): Promise<DatabaseRun | string> {
  const t0 = Date.now();
  let adminUrl = process.env.DATABASE_URL?.trim() || null;
  let temp: TempPostgres | null = null;
  if (!adminUrl) {
    const bin = findPgBin();
    if (!bin)
      return "PostgreSQL part skipped: DATABASE_URL is not set and no PostgreSQL is installed (/usr/lib/postgresql/{17,16,15}/bin).";
    temp = await startTempPostgres(bin, log);
    if (!opts.keep) cleanups.push(temp.stop);
    adminUrl = temp.url;
  }
  // A scratch database, so that a given DATABASE_URL's own data is never touched.
  const name = `zj_bench_${process.pid}`;
  const admin = await openPostgres(adminUrl, 1);
  await admin.exec(`create database ${name}`);
  const database = await openPostgres(withDatabase(adminUrl, name), 4);
  try {
    const v = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(database.db);
    const run = await benchDatabase(
      "PostgreSQL",
      `PostgreSQL ${v.rows[0]!.v}`,
      database,
      opts.pgSubjects,
      opts,
    );
    run.timings.totalSeconds = seconds(t0);
    return run;
  } finally {
    await database.close();
    // pg's Pool.end() resolves before the server has seen the sockets close: give it a moment, so
    // that dropping the database or stopping the server terminates no session (noise on stderr).
    await delay(300);
    if (opts.keep)
      log(
        `--keep: database kept: psql ${withDatabase(adminUrl, name)}${temp ? `; stop the server with: ${temp.stopCommand}` : ""}`,
      );
    else await admin.exec(`drop database if exists ${name} with (force)`).catch(() => undefined);
    await admin.close();
    await delay(300);
    if (!opts.keep) temp?.stop();
  }
}

async function main(): Promise<void> {
  let opts: BenchOptions;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n${usage}`);
    process.exit(2);
  }
  const cleanups: (() => void)[] = [];
  const onSignal = () => {
    for (const c of cleanups) c();
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const started = Date.now();
  log(
    `zhijiao bench: ${opts.iterations} iterations after ${opts.warmup} warm-up; ${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  const runs: DatabaseRun[] = [];
  const skipped: string[] = [];
  // Point-in-zone first: CPU-bound, it wants the machine before the databases have warmed it.
  const pointInZone: PointInZoneRun | null =
    opts.only === null || opts.only === "geo" ? await benchPointInZone(opts.seed, log) : null;
  if (opts.only === null || opts.only === "pglite") runs.push(await runPglite(opts, cleanups));
  if (opts.only === null || opts.only === "pg") {
    const r = await runPostgres(opts, cleanups);
    if (typeof r === "string") {
      skipped.push(r);
      log(r);
    } else runs.push(r);
  }
  // Ingest (PGlite, PostgreSQL) and trajectory (PostgreSQL): issue 5.
  const location = await runLocationBenches(opts, cleanups, log);

  const results = runs.flatMap((r) => r.results);
  if (results.length) console.log("\n" + markdownTable(results));
  if (results.length)
    console.log(
      `\nTimes are wall-clock per call of the use case (listSubjects / getDashboard: transaction, gateway, queries), ` +
        `in ms. Comparator: the same use case over ${NOIDX}.* copies of the tables without indexes, same calls, same run; ` +
        `for the dashboard, which reads the subject_counts summary, the comparator is the same use case with recount() ` +
        `(counts straight from subjects) over ${NOIDX}, and the last column is recount() on the indexed tables` +
        (results.some((r) => r.comparatorTruncated || r.recountIndexedTruncated)
          ? `; (n=…) marks a comparator or recount series cut at its ${opts.comparatorBudget} s budget.`
          : "."),
    );
  for (const r of runs)
    console.log(
      `${r.version}: ${Object.entries(r.timings)
        .map(([k, v]) => `${k.replace(/Seconds$/, "")} ${v} s`)
        .join(", ")}`,
    );
  for (const s of skipped) console.log(s);
  const planChecks = runs.flatMap((r) => r.planChecks);
  for (const w of planChecks) console.log(w);
  if (planChecks.some((w) => w.startsWith("ERROR"))) process.exitCode = 1;
  const missed = results.filter((r) => r.met === false);
  if (missed.length)
    console.log(
      `MISSED: ${missed.map((r) => `${r.measurement} on ${r.database} (p95 ${r.indexed.p95.toFixed(1)} > ${r.targetP95Ms} ms)`).join("; ")}`,
    );
  if (pointInZone) {
    console.log("\n" + pointInZoneMarkdown(pointInZone));
    console.log(pointInZone.postgis);
    for (const n of pointInZone.notes) console.log(n);
    if (pointInZone.notes.some((n) => n.startsWith("ERROR"))) process.exitCode = 1;
    const slow = pointInZone.contains.filter((c) => c.met === false);
    if (slow.length)
      console.log(`MISSED: point-in-zone ${slow.map((c) => `${c.polygon}, ${c.pointSet}`).join("; ")}`);
  }

  if (printLocationBenches(location)) process.exitCode = 1;

  const out = opts.json ? resolve(opts.json) : join(benchDir, "results", "latest.json");
  mkdirSync(dirname(out), { recursive: true });
  const json = {
    startedAt: new Date(started).toISOString(),
    totalSeconds: seconds(started),
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model ?? "?",
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    options: opts,
    databases: runs,
    skipped,
    pointInZone,
    ingest: location.ingest,
    trajectory: location.trajectory,
  };
  writeFileSync(out, JSON.stringify(json, null, 2) + "\n");
  log(`results written to ${out}; total ${seconds(started)} s`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
