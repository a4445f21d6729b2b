import { addMonths, assertCan, subjectScope, todayIn, type SubjectScope } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { DashboardRepository, type DashboardCounts } from "../../db/gateway/index.ts";

/**
 * Live counts for the home screen, in the caller's scope (minors counted, never listed, above the
 * county). `source: "recount"` counts straight from the subjects instead of the summary: the
 * check of the summary and the benchmark's comparator.
 */
export async function getDashboard({
  ctx,
  actor,
  meta,
  source = "summary",
}: UseCaseArgs & { source?: "summary" | "recount" }): Promise<DashboardCounts & { asOf: string }> {
  assertCan(actor, "dashboard:read");
  const today = todayIn(ctx.now());
  const monthStart = today.slice(0, 8) + "01";
  const scope: SubjectScope = subjectScope(actor);
  const countScope = scope.kind === "org" ? { ...scope, includeMinors: true } : scope;
  const counts = await inTransaction(ctx, actor, meta, async (gw) => {
    await gw.auditOversightRead("dashboard.read", "dashboard", {});
    const repo = new DashboardRepository(gw);
    const nextMonthStart = addMonths(monthStart, 1);
    return source === "recount"
      ? repo.recount(countScope, monthStart, nextMonthStart)
      : repo.counts(countScope, monthStart, nextMonthStart);
  });
  return { ...counts, asOf: ctx.now().toISOString() };
}
