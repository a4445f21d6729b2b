import type { CalendarDay } from "@zhijiao/domain";
import type { CalendarYearRow } from "../../db/gateway/index.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { calendarDaySchema, calendarSchema, calendarYearSchema } from "./schemas.ts";

export function presentCalendarDay(day: CalendarDay): Presented<typeof calendarDaySchema> {
  return { date: day.date, working: day.working, name: day.name };
}

export function presentCalendarYear(row: CalendarYearRow): Presented<typeof calendarYearSchema> {
  return { year: row.year, source: row.source, loadedAt: row.loadedAt };
}

export function presentCalendar(view: {
  years: CalendarYearRow[];
  days: CalendarDay[];
}): Presented<typeof calendarSchema> {
  return { years: view.years.map(presentCalendarYear), days: view.days.map(presentCalendarDay) };
}
