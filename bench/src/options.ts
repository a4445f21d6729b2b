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
  only: "pglite" | "pg" | "geo" | null;
  json: string | null;
  explain: boolean;
  /** Leave the PostgreSQL database (and the temporary server) running afterwards, to investigate. */
  keep: boolean;
  seed: number;
  today: string;
}

export const usage = `usage: npm run bench -- [options]
  --pglite-subjects N      subjects seeded into PGlite (default 100000)
  --pg-subjects N          subjects seeded into PostgreSQL (default 1000000)
  --iterations N           measured iterations per measurement (default 200)
  --warmup N               warm-up iterations, not measured (default 20)
  --comparator-budget S    seconds one comparator series (no indexes, or the dashboard's indexed
                           recount) may take before it stops early (default 30)
  --only pglite|pg|geo     run one database only, or only point-in-zone (no database but PostGIS)
  --json FILE              write the results as JSON (default bench/results/latest.json)
  --explain                print EXPLAIN ANALYZE of one query of each kind, with and without indexes
  --keep                   leave the PostgreSQL database (and temporary server) running, to investigate
  --seed N                 demo data seed (default 1)
  --today YYYY-MM-DD       the day the demo data is generated as of (default 2026-11-20)
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
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const only = values.only ?? null;
  if (only !== null && only !== "pglite" && only !== "pg" && only !== "geo")
    throw new Error(`--only must be pglite, pg or geo, got ${only}`);
  const today = values.today ?? "2026-11-20";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today must be YYYY-MM-DD, got ${today}`);
  return {
    pgliteSubjects: positiveInt("pglite-subjects", values["pglite-subjects"], 100_000),
    pgSubjects: positiveInt("pg-subjects", values["pg-subjects"], 1_000_000),
    iterations: positiveInt("iterations", values.iterations, 200),
    warmup: values.warmup === "0" ? 0 : positiveInt("warmup", values.warmup, 20),
    comparatorBudget: positiveInt("comparator-budget", values["comparator-budget"], 30),
    minComparator: 20,
    only,
    json: values.json ?? null,
    explain: values.explain ?? false,
    keep: values.keep ?? false,
    seed: positiveInt("seed", values.seed, 1),
    today,
  };
}
