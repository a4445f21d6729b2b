/**
 * The working-day calendar of the State Council (R-DL-2, R-DL-3): weekends are rest days unless
 * a year's schedule swaps them into working days (调休), and the announced holidays are rest days.
 * The schedule is data, loaded per year; a period that reaches past the last loaded year is
 * provisional, because its holidays are not announced yet.
 */
import { DomainError } from "../errors/codes.ts";
import { addDays, compareDates, dayOfWeek, isValidDate, type DateString } from "../periods/dates.ts";

/** One day that differs from the Monday-to-Friday rule. */
export interface CalendarDay {
  date: DateString;
  /** true: a swapped working day (e.g. a Saturday); false: a holiday. */
  working: boolean;
  /** What it is, e.g. "国庆节". */
  name: string;
}

/** The schedule of the loaded years. */
export interface CalendarData {
  /** The years whose schedule is loaded (announced). */
  years: readonly number[];
  days: readonly CalendarDay[];
}

/** A due date, and whether the calendar behind it is still unknown for part of the period. */
export interface DueDate {
  dueOn: DateString;
  /** R-DL-3: the period reaches a year whose holidays are not loaded yet. */
  provisional: boolean;
}

/** The longest period the platform computes, in days (a safety bound for the loops). */
const maxPeriodDays = 3660;

function yearOf(d: DateString): number {
  return Number(d.slice(0, 4));
}

export class WorkingCalendar {
  private readonly overrides = new Map<DateString, CalendarDay>();
  private readonly years: ReadonlySet<number>;

  constructor(data: CalendarData) {
    this.years = new Set(data.years);
    for (const day of data.days) this.overrides.set(day.date, day);
  }

  /** Whether the year's schedule is loaded. */
  knows(year: number): boolean {
    return this.years.has(year);
  }

  /** The last loaded year, or null. */
  get lastYear(): number | null {
    return this.years.size ? Math.max(...this.years) : null;
  }

  isWorkingDay(d: DateString): boolean {
    const o = this.overrides.get(d);
    if (o) return o.working;
    const w = dayOfWeek(d);
    return w !== 0 && w !== 6;
  }

  /** The named holiday or swapped working day on that date, if any. */
  dayInfo(d: DateString): CalendarDay | null {
    return this.overrides.get(d) ?? null;
  }

  /** Whether a year of the days `from`..`to` (both consulted) is not loaded. */
  private provisional(from: DateString, to: DateString): boolean {
    for (let y = yearOf(from); y <= yearOf(to); y++) if (!this.years.has(y)) return true;
    return false;
  }

  /** The first working day on or after `d`. */
  nextWorkingDay(d: DateString): DateString {
    let day = d;
    for (let i = 0; i < maxPeriodDays && !this.isWorkingDay(day); i++) day = addDays(day, 1);
    return day;
  }

  /**
   * R-DL-1: a period of `days` days from `start`: the start day is not counted, and a last day
   * that falls on a holiday or rest day moves to the first working day after it.
   * 2026-09-25 + 10 days → 2026-10-05 (National Day) → 2026-10-08.
   */
  dayPeriod(start: DateString, days: number): DueDate {
    checkPeriod(start, days);
    const nominal = addDays(start, days);
    const dueOn = this.nextWorkingDay(nominal);
    // Only the last day and the days it moves over depend on the schedule.
    return { dueOn, provisional: this.provisional(nominal, dueOn) };
  }

  /**
   * R-DL-2: `days` working days after `start` (the start day is not counted). Swapped working
   * weekends count. 2026-09-28 + 10 working days → 2026-10-16; + 5 → 2026-10-10 (a working Saturday).
   */
  workingDayPeriod(start: DateString, days: number): DueDate {
    checkPeriod(start, days);
    let day = start;
    let left = days;
    for (let i = 0; left > 0; i++) {
      if (i > maxPeriodDays) throw new RangeError("working-day period too long");
      day = addDays(day, 1);
      if (this.isWorkingDay(day)) left--;
    }
    // The start day is not counted, so its year's schedule does not matter.
    return { dueOn: day, provisional: this.provisional(days ? addDays(start, 1) : start, day) };
  }

  /** Working days strictly after `from` up to and including `to` (0 when `to` is not later). */
  workingDaysBetween(from: DateString, to: DateString): number {
    let n = 0;
    for (let day = from; compareDates(day, to) < 0;) {
      day = addDays(day, 1);
      if (this.isWorkingDay(day)) n++;
    }
    return n;
  }
}

function checkPeriod(start: DateString, days: number): void {
  if (!isValidDate(start)) throw new RangeError(`not a valid date: ${start}`);
  if (!Number.isInteger(days) || days < 0 || days > maxPeriodDays)
    throw new RangeError(`not a valid period: ${days}`);
}

/**
 * Checks a year's schedule an administrator loads (R-DL-3): real dates of that year, no date
 * twice, holidays named, and swapped working days only on weekends.
 */
export function validateCalendarYear(year: number, days: readonly CalendarDay[]): CalendarDay[] {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new DomainError("VALIDATION_FAILED", { field: "year" }, "年份应在 2000 至 2100 之间");
  const seen = new Set<string>();
  return days.map((day, i) => {
    const field = `days[${i}]`;
    if (!isValidDate(day.date) || yearOf(day.date) !== year)
      throw new DomainError(
        "VALIDATION_FAILED",
        { field: `${field}.date`, value: day.date },
        `${String(day.date)} 不是 ${year} 年的有效日期`,
      );
    if (seen.has(day.date))
      throw new DomainError(
        "VALIDATION_FAILED",
        { field: `${field}.date`, value: day.date },
        `${day.date} 重复出现`,
      );
    seen.add(day.date);
    const name = typeof day.name === "string" ? day.name.trim() : "";
    if (!name || Array.from(name).length > 20)
      throw new DomainError(
        "VALIDATION_FAILED",
        { field: `${field}.name` },
        `请填写 ${day.date} 的节日名称（不超过 20 字）`,
      );
    if (typeof day.working !== "boolean")
      throw new DomainError(
        "VALIDATION_FAILED",
        { field: `${field}.working`, value: day.date },
        `${day.date} 应标明是节假日还是调休上班日`,
      );
    const w = dayOfWeek(day.date);
    const weekend = w === 0 || w === 6;
    if (day.working && !weekend)
      throw new DomainError(
        "VALIDATION_FAILED",
        { field: `${field}.working`, value: day.date },
        `${day.date} 本是工作日，不能设为调休上班日`,
      );
    return { date: day.date, working: day.working, name };
  });
}
