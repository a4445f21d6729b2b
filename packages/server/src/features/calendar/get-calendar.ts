import { assertCan, type CalendarDay } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { CalendarRepository, type CalendarYearRow } from "../../db/gateway/index.ts";

export interface CalendarView {
  years: CalendarYearRow[];
  days: CalendarDay[];
}

/** R-DL-3: the loaded years (where each came from, when) and every holiday and swapped working day. */
export async function getCalendar({ ctx, actor, meta }: UseCaseArgs): Promise<CalendarView> {
  assertCan(actor, "calendar:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new CalendarRepository(gw);
    const years = await repo.years();
    const days: CalendarDay[] = [];
    for (const { year } of years) days.push(...(await repo.daysOf(year)));
    return { years, days };
  });
}
