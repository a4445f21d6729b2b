/**
 * Dates of the legal calendar as plain "YYYY-MM-DD" strings (Asia/Shanghai calendar dates).
 * Arithmetic is done on day numbers with integer maths, so no local time zone, daylight saving
 * or `Date` quirk (years 0-99) can shift a date.
 */

/** A calendar date, "YYYY-MM-DD". */
export type DateString = string;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in a month (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function split(s: string): Ymd | null {
  const match = datePattern.exec(s);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

function parse(s: string): Ymd {
  const parts = split(s);
  if (!parts) throw new RangeError(`not a valid date "YYYY-MM-DD": ${JSON.stringify(s)}`);
  return parts;
}

function format({ y, m, d }: Ymd): DateString {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
function toDayNumber({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return { y, m, d };
}

function checkResult(r: Ymd): DateString {
  if (r.y < 1 || r.y > 9999) throw new RangeError(`date out of range: year ${r.y}`);
  return format(r);
}

/** Whether `s` is a real calendar date written "YYYY-MM-DD" (2026-02-29 is not). */
export function isValidDate(s: unknown): s is DateString {
  return typeof s === "string" && split(s) !== null;
}

/** The date `n` days after `d` (before it when `n` is negative). */
export function addDays(d: DateString, n: number): DateString {
  if (!Number.isInteger(n)) throw new RangeError(`days must be an integer: ${n}`);
  return checkResult(fromDayNumber(toDayNumber(parse(d)) + n));
}

/**
 * The same day `n` months later (earlier when negative), clamped to the end of a shorter month:
 * 2026-01-31 + 1 month = 2026-02-28 (Civil Code art. 202: no corresponding day → last day of the month).
 */
export function addMonths(d: DateString, n: number): DateString {
  if (!Number.isInteger(n)) throw new RangeError(`months must be an integer: ${n}`);
  const { y, m, d: day } = parse(d);
  const index = y * 12 + (m - 1) + n;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return checkResult({ y: ny, m: nm, d: Math.min(day, daysInMonth(ny, nm)) });
}

/** `n` years later, clamped like {@link addMonths} (2024-02-29 + 1 year = 2025-02-28). */
export function addYears(d: DateString, n: number): DateString {
  return addMonths(d, n * 12);
}

/** -1, 0 or 1 as `a` is before, equal to or after `b`; usable as a sort comparator. */
export function compareDates(a: DateString, b: DateString): -1 | 0 | 1 {
  const x = toDayNumber(parse(a));
  const y = toDayNumber(parse(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Days from `a` to `b`: positive when `b` is later (2026-01-01 → 2026-01-31 is 30). */
export function daysBetween(a: DateString, b: DateString): number {
  return toDayNumber(parse(b)) - toDayNumber(parse(a));
}

/**
 * The last day of a period of `months` months that starts on (and counts) `startOn`:
 * start 2026-01-10, 24 months → 2028-01-09.
 */
export function lastDayOfMonths(startOn: DateString, months: number): DateString {
  return addDays(addMonths(startOn, months), -1);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(d: DateString): number {
  // 1970-01-01 was a Thursday.
  return (((toDayNumber(parse(d)) + 4) % 7) + 7) % 7;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date of the instant `now` in the time zone `tz` (default Asia/Shanghai):
 * 2026-03-01T16:30:00Z is already 2026-03-02 in Shanghai. `now` is a parameter: the domain reads no clock.
 */
export function todayIn(now: Date, tz = "Asia/Shanghai"): DateString {
  if (Number.isNaN(now.getTime())) throw new RangeError("invalid instant");
  let fmt = formatters.get(tz);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    formatters.set(tz, fmt);
  }
  let y = 0;
  let m = 0;
  let d = 0;
  for (const part of fmt.formatToParts(now)) {
    if (part.type === "year") y = Number(part.value);
    else if (part.type === "month") m = Number(part.value);
    else if (part.type === "day") d = Number(part.value);
  }
  return checkResult({ y, m, d });
}
