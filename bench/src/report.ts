import type { PlanSummary } from "./explain.ts";
import type { Stats } from "./stats.ts";

export interface MeasurementResult {
  measurement: string;
  actor: string;
  database: string;
  rows: number;
  /** The measured use case, on the indexed tables (for the dashboard: counts from the summary). */
  indexed: Stats;
  /** What `comparator` ran: the same use case over noidx, or (dashboard) `recount()` over noidx. */
  comparatorCall: "same use case" | "recount";
  comparator: Stats;
  /** Whether the comparator series stopped at its time budget (fewer samples than the indexed one). */
  comparatorTruncated: boolean;
  /** Dashboard only, informational: `recount()` on the indexed public tables (indexes, no summary). */
  recountIndexed?: Stats;
  recountIndexedTruncated?: boolean;
  targetP95Ms: number | null;
  met: boolean | null;
  speedup: number;
  plans: { indexed: PlanSummary[]; comparator: PlanSummary[]; recountIndexed?: PlanSummary[] };
  /** EXPLAIN ANALYZE of the slowest indexed call, when the target was missed. */
  slowest?: { call: unknown; ms: number; plans: PlanSummary[] };
}

const ms = (x: number) =>
  Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) : "—";

function target(r: MeasurementResult): string {
  if (r.targetP95Ms === null) return "—";
  return `≤ ${r.targetP95Ms} ${r.met ? "met" : "**MISSED**"}`;
}

const withN = (x: Stats, truncated: boolean | undefined) => `${ms(x.p95)}${truncated ? ` (n=${x.n})` : ""}`;

/**
 * The results as a Markdown table: each figure beside its comparator on index-free copies (the
 * same use case for lists; for the dashboard `recount()`, neither summary nor indexes), and for
 * the dashboard `recount()` on the indexed tables too (indexes, no summary).
 */
export function markdownTable(results: readonly MeasurementResult[]): string {
  const head = [
    "measurement",
    "database",
    "rows",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "mean ms",
    "target p95 ms",
    "comparator (no indexes) p95 ms",
    "speed-up",
    "recount, indexed (no summary) p95 ms",
  ];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map((h, i) => (i < 2 ? "---" : "--:")).join("|")}|`];
  for (const r of results) {
    const cmp = withN(r.comparator, r.comparatorTruncated);
    const recount = r.recountIndexed ? withN(r.recountIndexed, r.recountIndexedTruncated) : "—";
    lines.push(
      `| ${r.measurement} | ${r.database} | ${r.rows.toLocaleString("en-US")} | ${ms(r.indexed.p50)} | ${ms(r.indexed.p95)} | ${ms(r.indexed.p99)} | ${ms(r.indexed.mean)} | ${target(r)} | ${cmp} | ${r.speedup >= 10 ? r.speedup.toFixed(0) : r.speedup.toFixed(1)}× | ${recount} |`,
    );
  }
  return lines.join("\n");
}

export function planLines(label: string, plans: readonly PlanSummary[]): string[] {
  return plans.map(
    (p, i) =>
      `    ${label} #${i + 1} ${p.top}; scans: ${p.scans.join(", ") || "none"}${p.executionMs !== null ? `; ${p.executionMs.toFixed(2)} ms` : ""}`,
  );
}
