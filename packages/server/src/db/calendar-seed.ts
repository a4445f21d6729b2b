import { createRequire } from "node:module";
import type { CalendarDay } from "@zhijiao/domain";
import type { Database } from "./connect.ts";

const require = createRequire(import.meta.url);

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** The years `chinese-days` ships, from 2020 on (older years matter to no open case). */
export function packagedCalendar(fromYear = 2020): { source: string; years: Map<number, CalendarDay[]> } {
  const data = require("chinese-days/dist/chinese-days.json") as ChineseDaysData;
  const version = (require("chinese-days/package.json") as { version: string }).version;
  const years = new Map<number, CalendarDay[]>();
  const add = (date: string, label: string, working: boolean) => {
    const year = Number(date.slice(0, 4));
    if (year < fromYear) return;
    // "National Day,国庆节,3": the Chinese name is the second field.
    const holiday = label.split(",")[1] ?? label;
    const name = working ? `${holiday}调休上班` : holiday;
    const days = years.get(year) ?? [];
    days.push({ date, working, name });
    years.set(year, days);
  };
  for (const [date, label] of Object.entries(data.holidays)) add(date, label, false);
  for (const [date, label] of Object.entries(data.workdays)) add(date, label, true);
  for (const days of years.values()) days.sort((a, b) => (a.date < b.date ? -1 : 1));
  return { source: `chinese-days ${version}`, years };
}

/**
 * R-DL-3: on an empty calendar, loads the State Council schedules the `chinese-days` package
 * knows. An administrator loads later years in the console; a loaded year is never overwritten here.
 */
export async function seedCalendar(database: Database): Promise<number[]> {
  const { source, years } = packagedCalendar();
  const known = new Set(
    (await database.db.selectFrom("calendar_years").select("year").execute()).map((r) => r.year),
  );
  const added: number[] = [];
  await database.db.transaction().execute(async (trx) => {
    for (const [year, days] of years) {
      if (known.has(year)) continue;
      const row = await trx
        .insertInto("calendar_years")
        .values({ year, source })
        .onConflict((oc) => oc.column("year").doNothing())
        .returning("year")
        .executeTakeFirst();
      if (!row) continue;
      if (days.length)
        await trx
          .insertInto("calendar_days")
          .values(days.map((d) => ({ day: d.date, working: d.working, name: d.name })))
          .onConflict((oc) => oc.column("day").doNothing())
          .execute();
      added.push(year);
    }
  });
  return added;
}
