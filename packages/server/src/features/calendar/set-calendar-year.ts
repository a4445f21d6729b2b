import { assertCan, validateCalendarYear, type CalendarDay } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { CalendarRepository } from "../../db/gateway/index.ts";

/** Where a schedule came from when the administrator does not say. */
export const defaultCalendarSource = "管理员导入";

/**
 * R-DL-3: the administrator loads or replaces a year's holidays and swapped working days, without
 * a release. The change is audited with the dates added and removed.
 */
export async function setCalendarYear({
  ctx,
  actor,
  meta,
  year,
  days,
  source,
}: UseCaseArgs & { year: number; days: readonly CalendarDay[]; source?: string | null }): Promise<{
  year: number;
  days: CalendarDay[];
}> {
  assertCan(actor, "calendar:manage");
  const clean = validateCalendarYear(year, days).sort((a, b) => (a.date < b.date ? -1 : 1));
  const from = source?.trim() || defaultCalendarSource;
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new CalendarRepository(gw);
    await repo.replaceYear(year, clean, from);
    return { year, days: await repo.daysOf(year) };
  });
}
