import { parseArgs } from "node:util";

/** Command-line options of `npm run bench`. */
export interface BenchOptions {
  pgliteSubjects: number;
  pgSubjects: number;
  iterations: number;
  warmup: number;
  /** Wall-clock budget of one comparator series (no indexes; or the dashboard's recount on the indexed tables), in seconds; at least `minComparator` samples are taken. */
  comparatorBudget: number;
  minComparator: number;
  only: "pglite" | "pg" | "geo" | "ingest" | "trajectory" | null;
  json: string | null;
  explain: boolean;
  /** Leave the PostgreSQL database (and the temporary server) running afterwards, to investigate. */
  keep: boolean;
  seed: number;
  today: string;
  /** Ingest (bench/src/ingest.ts). */
  ingestDevices: number;
  ingestRounds: number;
  ingestInterval: number;
  ingestDatabases: ("pglite" | "pg")[];
  pacedRate: number;
  offlineProbes: number;
  offlineInterval: number;
  /** Trajectory (bench/src/trajectory.ts). */
  positions: number;
  trajectoryDays: number;
}

export const usage = `usage: npm run bench -- [options]
  --pglite-subjects N      subjects seeded into PGlite (default 100000)
  --pg-subjects N          subjects seeded into PostgreSQL (default 1000000)
  --iterations N           measured iterations per measurement (default 200)
  --warmup N               warm-up iterations, not measured (default 20)
  --comparator-budget S    seconds one comparator series (no indexes, or the dashboard's indexed
                           recount) may take before it stops early (default 30)
  --only pglite|pg|geo|ingest|trajectory
                           run the lists on one database only, or only point-in-zone (no database
                           but PostGIS), or only the ingest or the trajectory benchmark
  --json FILE              write the results as JSON (default bench/results/latest.json)
  --explain                print EXPLAIN ANALYZE of one query of each kind, with and without indexes
  --keep                   leave the PostgreSQL database (and temporary server) running, to investigate
  --seed N                 demo data seed (default 1)
  --today YYYY-MM-DD       the day the demo data is generated as of (default 2026-11-20)
  --ingest-devices N       ingest: concurrent simulated devices (default 10000)
  --ingest-rounds N        ingest: fixes per device in each phase, saturated and paced (default 10)
  --ingest-interval S      ingest: seconds between a device's fixes, in fix time (default 60)
  --ingest-databases L     ingest: pglite,pg (default both)
  --paced-rate N           ingest: fixes/s offered in the paced phase, at most 70% of what was
                           sustained (default 12000, the national peak)
  --offline-probes N       ingest: devices that fall silent, for offline detection (default 20)
  --offline-interval S     ingest: their report interval; threshold twice it (default 30)
  --positions N            trajectory: rows in positions (default 5000000; the issue: 50000000)
  --trajectory-days N      trajectory: days of history per subject, one fix a minute (default 35)
PostgreSQL: DATABASE_URL (a scratch database is created on it and dropped), else a temporary
server from /usr/lib/postgresql/{17,16,15}/bin; with neither, the PostgreSQL part is skipped.`;

function positiveInt(name: string, v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got ${v}`);
  return n;
}

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      "pglite-subjects": { type: "string" },
      "pg-subjects": { type: "string" },
      iterations: { type: "string" },
      warmup: { type: "string" },
      "comparator-budget": { type: "string" },
      only: { type: "string" },
      json: { type: "string" },
      explain: { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      seed: { type: "string" },
      today: { type: "string" },
      "ingest-devices": { type: "string" },
      "ingest-rounds": { type: "string" },
      "ingest-interval": { type: "string" },
      "ingest-databases": { type: "string" },
      "paced-rate": { type: "string" },
      "offline-probes": { type: "string" },
      "offline-interval": { type: "string" },
      positions: { type: "string" },
      "trajectory-days": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const only = values.only ?? null;
  if (only !== null && !["pglite", "pg", "geo", "ingest", "trajectory"].includes(only))
    throw new Error(`--only must be pglite, pg, geo, ingest or trajectory, got ${only}`);
  const ingestDatabases = (values["ingest-databases"] ?? "pglite,pg").split(",").map((x) => x.trim());
  if (!ingestDatabases.length || ingestDatabases.some((x) => x !== "pglite" && x !== "pg"))
    throw new Error(`--ingest-databases must list pglite and/or pg, got ${values["ingest-databases"]}`);
  const today = values.today ?? "2026-11-20";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today must be YYYY-MM-DD, got ${today}`);
  return {
    pgliteSubjects: positiveInt("pglite-subjects", values["pglite-subjects"], 100_000),
    pgSubjects: positiveInt("pg-subjects", values["pg-subjects"], 1_000_000),
    iterations: positiveInt("iterations", values.iterations, 200),
    warmup: values.warmup === "0" ? 0 : positiveInt("warmup", values.warmup, 20),
    comparatorBudget: positiveInt("comparator-budget", values["comparator-budget"], 30),
    minComparator: 20,
    only: only as BenchOptions["only"],
    json: values.json ?? null,
    explain: values.explain ?? false,
    keep: values.keep ?? false,
    seed: positiveInt("seed", values.seed, 1),
    today,
    ingestDevices: positiveInt("ingest-devices", values["ingest-devices"], 10_000),
    ingestRounds: positiveInt("ingest-rounds", values["ingest-rounds"], 10),
    ingestInterval: positiveInt("ingest-interval", values["ingest-interval"], 60),
    ingestDatabases: ingestDatabases as ("pglite" | "pg")[],
    pacedRate: positiveInt("paced-rate", values["paced-rate"], 12_000),
    offlineProbes:
      values["offline-probes"] === "0" ? 0 : positiveInt("offline-probes", values["offline-probes"], 20),
    offlineInterval: positiveInt("offline-interval", values["offline-interval"], 30),
    positions: positiveInt("positions", values.positions, 5_000_000),
    trajectoryDays: positiveInt("trajectory-days", values["trajectory-days"], 35),
  };
}
