import type { CalendarDay } from "@zhijiao/domain";
import type { CalendarYearRow } from "../../db/gateway/index.ts";

export function presentCalendarDay(day: CalendarDay) {
  return { date: day.date, working: day.working, name: day.name };
}

export function presentCalendarYear(row: CalendarYearRow) {
  return { year: row.year, source: row.source, loadedAt: row.loadedAt.toISOString() };
}

export function presentCalendar(view: { years: CalendarYearRow[]; days: CalendarDay[] }) {
  return { years: view.years.map(presentCalendarYear), days: view.days.map(presentCalendarDay) };
}
