import type { DashboardCounts } from "../../db/gateway/index.ts";

/** Folds the grouped counts into the totals the home screen draws. */
export function presentDashboard(d: DashboardCounts & { asOf: string }) {
  const byCategory: Record<string, number> = {};
  const byLevel: Record<string, number> = {};
  const byOffice = new Map<string, { officeId: string; officeName: string; count: number }>();
  let total = 0;
  for (const g of d.groups) {
    total += g.n;
    byCategory[g.category] = (byCategory[g.category] ?? 0) + g.n;
    byLevel[g.level] = (byLevel[g.level] ?? 0) + g.n;
    const o = byOffice.get(g.officeId) ?? { officeId: g.officeId, officeName: g.officeName, count: 0 };
    o.count += g.n;
    byOffice.set(g.officeId, o);
  }
  return {
    inCorrection: {
      total,
      byCategory,
      byLevel,
      byOffice: [...byOffice.values()].sort((a, b) => b.count - a.count),
    },
    receivedThisMonth: d.receivedThisMonth,
    releasedThisMonth: d.releasedThisMonth,
    minors: d.minors,
    asOf: d.asOf,
  };
}
