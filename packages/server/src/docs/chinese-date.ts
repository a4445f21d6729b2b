/**
 * Writes a calendar date (YYYY-MM-DD) the way documents do, "2026年11月21日", without leading zeros.
 * Works on the string alone: no Date object, so no time zone can shift the day.
 */
export function chineseDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  const [, year = "", monthText = "", dayText = ""] = match;
  const month = Number(monthText);
  const day = Number(dayText);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(year), month)) {
    throw new RangeError(`no such date: ${isoDate}`);
  }
  return `${year}年${month}月${day}日`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
