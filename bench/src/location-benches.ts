/**
 * The location benchmarks of issue 5 as `npm run bench` runs them: ingest (PGlite and
 * PostgreSQL) and trajectory (PostgreSQL), from the bench's options, with their report.
 */
import { runIngestBench, type IngestRun } from "./ingest.ts";
import { ingestTables } from "./ingest-report.ts";
import type { BenchOptions } from "./options.ts";
import { runTrajectoryBench, trajectoryTable, type TrajectoryRun } from "./trajectory.ts";

export interface LocationBenches {
  ingest: IngestRun[] | null;
  trajectory: TrajectoryRun | null;
  skipped: string[];
}

export async function runLocationBenches(
  opts: BenchOptions,
  cleanups: (() => void)[],
  log: (m: string) => void,
): Promise<LocationBenches> {
  const out: LocationBenches = { ingest: null, trajectory: null, skipped: [] };
  if (opts.only === null || opts.only === "ingest") {
    const r = await runIngestBench(
      {
        devices: opts.ingestDevices,
        rounds: opts.ingestRounds,
        interval: opts.ingestInterval,
        excursionShare: 0.01,
        offlineProbes: opts.offlineProbes,
        offlineInterval: opts.offlineInterval,
        comparatorBudget: opts.comparatorBudget,
        pacedRate: opts.pacedRate,
        seed: opts.seed,
        databases: opts.ingestDatabases,
      },
      cleanups,
      log,
    );
    out.ingest = r.runs;
    out.skipped.push(...r.skipped);
  }
  if (opts.only === null || opts.only === "trajectory") {
    const r = await runTrajectoryBench(
      {
        positions: opts.positions,
        days: opts.trajectoryDays,
        iterations: opts.iterations,
        warmup: opts.warmup,
        comparatorBudget: opts.comparatorBudget,
        seed: opts.seed,
        today: opts.today,
      },
      cleanups,
      log,
    );
    out.trajectory = r.run;
    out.skipped.push(...r.skipped);
  }
  return out;
}

/** Prints the tables, checks and misses; answers whether a check failed (an ERROR line). */
export function printLocationBenches(b: LocationBenches): boolean {
  let failed = false;
  if (b.ingest?.length) {
    console.log("\n" + ingestTables(b.ingest));
    const missed = b.ingest.flatMap((r) => [
      ...(r.met ? [] : [`ingest on ${r.database} (${Math.round(r.perSecond)}/s < ${r.targetPerSecond}/s)`]),
      ...(r.alerts.met ? [] : [`alert latency on ${r.database}`]),
      ...(r.offline.met ? [] : [`offline detection on ${r.database}`]),
    ]);
    for (const r of b.ingest)
      if (r.stored !== r.positions * 2 + r.devices || r.rejected) {
        console.log(
          `ERROR: ingest on ${r.database}: ${r.stored} positions stored, ${r.rejected} rejected; expected ${r.positions * 2 + r.devices}`,
        );
        failed = true;
      }
    if (missed.length) console.log(`MISSED: ${missed.join("; ")}`);
  }
  if (b.trajectory) {
    console.log("\n" + trajectoryTable(b.trajectory));
    for (const c of b.trajectory.checks) console.log(c);
    if (b.trajectory.checks.some((c) => c.startsWith("ERROR"))) failed = true;
    const missed = b.trajectory.results.filter((r) => !r.met);
    if (missed.length)
      console.log(
        `MISSED: ${missed.map((r) => `${r.measurement} (p95 ${r.measured.p95.toFixed(1)} > ${r.targetP95Ms} ms)`).join("; ")}`,
      );
  }
  for (const s of b.skipped) console.log(s);
  return failed;
}
