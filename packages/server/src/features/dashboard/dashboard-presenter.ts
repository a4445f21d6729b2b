import type { Category, Level } from "@zhijiao/domain";
import type { DashboardCounts } from "../../db/gateway/index.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { dashboardSchema } from "./schemas.ts";

/** Folds the grouped counts into the totals the home screen draws. */
export function presentDashboard(d: DashboardCounts & { asOf: string }): Presented<typeof dashboardSchema> {
  const byCategory: Partial<Record<Category, number>> = {};
  const byLevel: Partial<Record<Level, number>> = {};
  const byOffice = new Map<string, { officeId: string; officeName: string; count: number }>();
  let total = 0;
  for (const g of d.groups) {
    total += g.n;
    const category = g.category as Category;
    const level = g.level as Level;
    byCategory[category] = (byCategory[category] ?? 0) + g.n;
    byLevel[level] = (byLevel[level] ?? 0) + g.n;
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
