/** The ingest benchmark's tables, as bench/README.md publishes them. */

import type { IngestRun } from "./ingest.ts";

export const fmt = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString("en-US") : "—");
export const f1 = (x: number) =>
  Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) : "—";

/** The ingest results as Markdown tables: throughput beside the naive comparator, then alert latency and offline detection. */
export function ingestTables(runs: readonly IngestRun[]): string {
  const lines = [
    "| ingest (zone evaluation + commit before ack) | database | devices | fixes | positions/s | steady positions/s | target | naive comparator positions/s | speed-up |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|",
  ];
  for (const r of runs)
    lines.push(
      `| PositionPipeline.submit, ${r.devices.toLocaleString("en-US")} concurrent devices | ${r.database} (fsync ${r.settings.fsync ?? "?"}, synchronous_commit ${r.settings.synchronous_commit ?? "?"}) | ${r.devices.toLocaleString("en-US")} | ${r.positions.toLocaleString("en-US")} | ${fmt(r.perSecond)} | ${fmt(r.steadyPerSecond)} | ≥ ${fmt(r.targetPerSecond)} ${r.met ? "met" : "**MISSED**"} | ${fmt(r.comparator.perSecond)}${r.comparator.truncated ? ` (n=${r.comparator.positions.toLocaleString("en-US")})` : ""} | ${f1(r.speedup)}× |`,
    );
  lines.push(
    "",
    "| alerts | database | n | p50 | p95 | p99 | max | target | missed | false (offline: early) |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|",
  );
  for (const r of runs) {
    const a = r.alerts.latencyMs;
    lines.push(
      `| out_of_zone, receipt → LiveHub publish (ms), ${fmt(r.alerts.pacedRate)} fixes/s offered | ${r.database} | ${a.n}/${r.alerts.excursions} | ${f1(a.p50)} | ${f1(a.p95)} | ${f1(a.p99)} | ${f1(a.max)} | p99 ≤ 1000 ${r.alerts.met ? "met" : "**MISSED**"} | ${r.alerts.missed} | ${r.alerts.falseAlerts} |`,
    );
    const x = r.alerts.saturated.latencyMs;
    lines.push(
      `| out_of_zone, the same at saturation (${r.devices.toLocaleString("en-US")} devices waiting; informational) | ${r.database} | ${x.n}/${r.alerts.saturated.excursions} | ${f1(x.p50)} | ${f1(x.p95)} | ${f1(x.p99)} | ${f1(x.max)} | — | | |`,
    );
    const o = r.offline.delaySeconds;
    lines.push(
      `| offline, last fix → alert published (s; interval ${r.offline.intervalSeconds} s, threshold ${r.offline.thresholdSeconds} s, sweep every 15 s) | ${r.database} | ${o.n}/${r.offline.probes} | ${f1(o.p50)} | ${f1(o.p95)} | ${f1(o.p99)} | ${f1(o.max)} | ≤ ${r.offline.targetSeconds} ${r.offline.met ? "met" : "**MISSED**"} | ${r.offline.missed} | ${r.offline.early} |`,
    );
  }
  lines.push("");
  for (const r of runs) {
    const p = r.profile;
    lines.push(
      `${r.database} pipeline profile: ${p.batches} batches, ${f1(p.fixesPerBatch)} fixes (${f1(p.submissionsPerBatch)} submissions) each; mean ms per batch: ` +
        Object.entries(p.perBatchMs)
          .map(([k, v]) => `${k} ${f1(v)}`)
          .join(", ") +
        `; ${p.calls.clear} alert clears and ${p.calls.raise} raises (one statement each); ` +
        `Node busy ${Math.round(p.nodeCpuShare * 100)}% of the wall time (one core = 100%)`,
    );
  }
  return lines.join("\n");
}
