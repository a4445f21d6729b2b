import { WorkingCalendar, type CalendarDay } from "@zhijiao/domain";
import { Repository } from "./repository.ts";

export interface CalendarYearRow {
  year: number;
  source: string;
  loadedAt: Date;
}

/** The working-day calendar (R-DL-3): reference data every staff member reads; administrators load it. */
export class CalendarRepository extends Repository {
  /** The whole loaded calendar, as the domain uses it. */
  async load(): Promise<WorkingCalendar> {
    const [years, days] = await Promise.all([
      this.db.selectFrom("calendar_years").select("year").execute(),
      this.db.selectFrom("calendar_days").select(["day", "working", "name"]).execute(),
    ]);
    return new WorkingCalendar({
      years: years.map((y) => y.year),
      days: days.map((d) => ({ date: d.day, working: d.working, name: d.name })),
    });
  }

  async years(): Promise<CalendarYearRow[]> {
    const rows = await this.db
      .selectFrom("calendar_years")
      .select(["year", "source", "loaded_at"])
      .orderBy("year")
      .execute();
    return rows.map((r) => ({ year: r.year, source: r.source, loadedAt: r.loaded_at }));
  }

  async daysOf(year: number): Promise<CalendarDay[]> {
    const rows = await this.db
      .selectFrom("calendar_days")
      .select(["day", "working", "name"])
      .where("day", ">=", `${year}-01-01`)
      .where("day", "<=", `${year}-12-31`)
      .orderBy("day")
      .execute();
    return rows.map((d) => ({ date: d.day, working: d.working, name: d.name }));
  }

  /** Replaces a year's schedule (audited with what changed). */
  async replaceYear(year: number, days: readonly CalendarDay[], source: string): Promise<void> {
    const before = await this.daysOf(year);
    await this.db
      .deleteFrom("calendar_days")
      .where("day", ">=", `${year}-01-01`)
      .where("day", "<=", `${year}-12-31`)
      .execute();
    if (days.length)
      await this.db
        .insertInto("calendar_days")
        .values(days.map((d) => ({ day: d.date, working: d.working, name: d.name })))
        .execute();
    await this.db
      .insertInto("calendar_years")
      .values({ year, source, loaded_at: this.gw.now, loaded_by: this.gw.actor?.userId ?? null })
      .onConflict((oc) =>
        oc
          .column("year")
          .doUpdateSet({ source, loaded_at: this.gw.now, loaded_by: this.gw.actor?.userId ?? null }),
      )
      .execute();
    const key = (d: CalendarDay) => `${d.date}:${d.working}:${d.name}`;
    const was = new Set(before.map(key));
    const now = new Set(days.map(key));
    await this.gw.audit({
      action: "calendar.update",
      resourceType: "calendar",
      resourceId: String(year),
      details: {
        year,
        source,
        added: days.filter((d) => !was.has(key(d))).map((d) => d.date),
        removed: before.filter((d) => !now.has(key(d))).map((d) => d.date),
      },
    });
  }
}
