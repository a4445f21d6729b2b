import { describe, expect, it } from "vitest";
import { errorOf } from "../errors/test-helpers.ts";
import { WorkingCalendar, validateCalendarYear, type CalendarDay } from "./working-calendar.ts";

/**
 * The State Council schedule for 2026, copied from chinese-days (dist/years/2026.json): the
 * holidays, then the swapped working days (调休). The domain imports no package, so the fixture
 * lives here.
 */
const holidays2026: [string, string][] = [
  ["2026-01-01", "元旦"],
  ["2026-01-02", "元旦"],
  ["2026-01-03", "元旦"],
  ["2026-02-15", "春节"],
  ["2026-02-16", "春节"],
  ["2026-02-17", "春节"],
  ["2026-02-18", "春节"],
  ["2026-02-19", "春节"],
  ["2026-02-20", "春节"],
  ["2026-02-21", "春节"],
  ["2026-02-22", "春节"],
  ["2026-02-23", "春节"],
  ["2026-04-04", "清明"],
  ["2026-04-05", "清明"],
  ["2026-04-06", "清明"],
  ["2026-05-01", "劳动节"],
  ["2026-05-02", "劳动节"],
  ["2026-05-03", "劳动节"],
  ["2026-05-04", "劳动节"],
  ["2026-05-05", "劳动节"],
  ["2026-06-19", "端午"],
  ["2026-06-20", "端午"],
  ["2026-06-21", "端午"],
  ["2026-09-25", "中秋"],
  ["2026-09-26", "中秋"],
  ["2026-09-27", "中秋"],
  ["2026-10-01", "国庆节"],
  ["2026-10-02", "国庆节"],
  ["2026-10-03", "国庆节"],
  ["2026-10-04", "国庆节"],
  ["2026-10-05", "国庆节"],
  ["2026-10-06", "国庆节"],
  ["2026-10-07", "国庆节"],
];
const workdays2026: [string, string][] = [
  ["2026-01-04", "元旦调休上班"],
  ["2026-02-14", "春节调休上班"],
  ["2026-02-28", "春节调休上班"],
  ["2026-05-09", "劳动节调休上班"],
  ["2026-09-20", "国庆节调休上班"],
  ["2026-10-10", "国庆节调休上班"],
];
const days2026: CalendarDay[] = [
  ...holidays2026.map(([date, name]) => ({ date, working: false, name })),
  ...workdays2026.map(([date, name]) => ({ date, working: true, name })),
];

const calendar = new WorkingCalendar({ years: [2026], days: days2026 });

describe("R-DL-1 day periods", () => {
  it("R-DL-1: judgment effective 2026-09-25 → report due 2026-10-08", () => {
    // 10 days end on 2026-10-05, inside the National Day holiday; 10-06 and 10-07 are holidays too.
    expect(calendar.dayPeriod("2026-09-25", 10)).toEqual({ dueOn: "2026-10-08", provisional: false });
  });

  it("R-DL-1: the start day is not counted", () => {
    expect(calendar.dayPeriod("2026-03-02", 1).dueOn).toBe("2026-03-03");
    expect(calendar.dayPeriod("2026-03-02", 3).dueOn).toBe("2026-03-05");
    // Rest days inside the period count: only the last day moves.
    expect(calendar.dayPeriod("2026-03-05", 10).dueOn).toBe("2026-03-16");
  });

  it("R-DL-1: a last day on a plain weekend moves to the Monday after it", () => {
    // 2026-03-11 + 10 days = Saturday 2026-03-21.
    expect(calendar.dayPeriod("2026-03-11", 10).dueOn).toBe("2026-03-23");
    // … and a Sunday moves one day.
    expect(calendar.dayPeriod("2026-03-12", 10).dueOn).toBe("2026-03-23");
  });

  it("R-DL-1: a last day on a swapped working Saturday stays there", () => {
    // 2026-09-30 + 10 days = Saturday 2026-10-10, a working day (调休).
    expect(calendar.dayPeriod("2026-09-30", 10).dueOn).toBe("2026-10-10");
  });

  it("R-DL-1: a last day on a holiday falling on a weekday moves past the whole holiday", () => {
    // 2026-04-26 + 5 days = Friday 2026-05-01 (劳动节, to 05-05).
    expect(calendar.dayPeriod("2026-04-26", 5).dueOn).toBe("2026-05-06");
  });

  it("refuses an invalid start or period", () => {
    expect(() => calendar.dayPeriod("2026-02-30", 10)).toThrow(RangeError);
    expect(() => calendar.dayPeriod("2026-03-01", -1)).toThrow(RangeError);
    expect(() => calendar.dayPeriod("2026-03-01", 1.5)).toThrow(RangeError);
  });
});

describe("R-DL-2 working-day periods", () => {
  it("R-DL-2: received 2026-09-28, 10 working days → 2026-10-16", () => {
    expect(calendar.workingDayPeriod("2026-09-28", 10)).toEqual({ dueOn: "2026-10-16", provisional: false });
  });

  it("R-DL-2: received 2026-09-28, 5 working days → 2026-10-10 (a swapped working Saturday)", () => {
    expect(calendar.workingDayPeriod("2026-09-28", 5)).toEqual({ dueOn: "2026-10-10", provisional: false });
  });

  it("R-DL-2: the start day is not counted, weekends and holidays are skipped", () => {
    // Monday 2026-03-02 + 1 working day = Tuesday; Friday 2026-03-06 + 1 = Monday 03-09.
    expect(calendar.workingDayPeriod("2026-03-02", 1).dueOn).toBe("2026-03-03");
    expect(calendar.workingDayPeriod("2026-03-06", 1).dueOn).toBe("2026-03-09");
    // Spring Festival: 02-14 (Saturday) works, 02-15..02-23 rest.
    expect(calendar.workingDayPeriod("2026-02-13", 1).dueOn).toBe("2026-02-14");
    expect(calendar.workingDayPeriod("2026-02-14", 1).dueOn).toBe("2026-02-24");
  });

  it("R-DL-2: zero working days is the start day itself", () => {
    expect(calendar.workingDayPeriod("2026-10-01", 0).dueOn).toBe("2026-10-01");
  });
});

describe("R-DL-3 the calendar is data", () => {
  it("R-DL-3: a period reaching into an unloaded year is provisional", () => {
    expect(calendar.knows(2026)).toBe(true);
    expect(calendar.knows(2027)).toBe(false);
    expect(calendar.lastYear).toBe(2026);
    expect(calendar.dayPeriod("2026-12-25", 10)).toEqual({ dueOn: "2027-01-04", provisional: true });
    expect(calendar.workingDayPeriod("2026-12-28", 10).provisional).toBe(true);
    expect(calendar.dayPeriod("2026-12-10", 10).provisional).toBe(false);
  });

  it("R-DL-3: once the next year is loaded the same period is final and follows its holidays", () => {
    const next = new WorkingCalendar({
      years: [2026, 2027],
      days: [...days2026, { date: "2027-01-04", working: false, name: "元旦" }],
    });
    expect(next.lastYear).toBe(2027);
    expect(next.dayPeriod("2026-12-25", 10)).toEqual({ dueOn: "2027-01-05", provisional: false });
  });

  it("R-DL-3: a year missing between loaded years makes a period across it provisional", () => {
    const gap = new WorkingCalendar({ years: [2026, 2028], days: days2026 });
    expect(gap.dayPeriod("2026-12-01", 60).provisional).toBe(true);
  });

  it("R-DL-3: only the days a period consults decide whether it is provisional", () => {
    // Starting on the last day of an unloaded year: every day counted lies in the loaded 2026.
    expect(calendar.dayPeriod("2025-12-31", 10)).toEqual({ dueOn: "2026-01-12", provisional: false });
    expect(calendar.workingDayPeriod("2025-12-31", 3)).toEqual({ dueOn: "2026-01-06", provisional: false });
    expect(calendar.workingDayPeriod("2025-12-20", 10).provisional).toBe(true);
  });

  it("R-DL-3: an empty calendar has no last year and every period is provisional", () => {
    const empty = new WorkingCalendar({ years: [], days: [] });
    expect(empty.lastYear).toBeNull();
    expect(empty.dayPeriod("2026-09-25", 10)).toEqual({ dueOn: "2026-10-05", provisional: true });
  });
});

describe("working days", () => {
  it("isWorkingDay and dayInfo follow the schedule, then Monday to Friday", () => {
    expect(calendar.isWorkingDay("2026-10-01")).toBe(false);
    expect(calendar.isWorkingDay("2026-10-10")).toBe(true);
    expect(calendar.isWorkingDay("2026-10-11")).toBe(false);
    expect(calendar.isWorkingDay("2026-10-12")).toBe(true);
    expect(calendar.dayInfo("2026-10-10")).toEqual({
      date: "2026-10-10",
      working: true,
      name: "国庆节调休上班",
    });
    expect(calendar.dayInfo("2026-10-12")).toBeNull();
  });

  it("nextWorkingDay: the day itself when it works, else the first working day after", () => {
    expect(calendar.nextWorkingDay("2026-10-12")).toBe("2026-10-12");
    expect(calendar.nextWorkingDay("2026-10-01")).toBe("2026-10-08");
    expect(calendar.nextWorkingDay("2026-10-10")).toBe("2026-10-10");
    expect(calendar.nextWorkingDay("2026-03-07")).toBe("2026-03-09");
    expect(calendar.nextWorkingDay("2026-02-15")).toBe("2026-02-24");
  });

  it("workingDaysBetween counts the working days after `from` up to and including `to`", () => {
    expect(calendar.workingDaysBetween("2026-09-28", "2026-10-16")).toBe(10);
    expect(calendar.workingDaysBetween("2026-09-28", "2026-10-10")).toBe(5);
    expect(calendar.workingDaysBetween("2026-10-01", "2026-10-07")).toBe(0);
    expect(calendar.workingDaysBetween("2026-10-12", "2026-10-12")).toBe(0);
    expect(calendar.workingDaysBetween("2026-10-16", "2026-09-28")).toBe(0);
  });
});

describe("R-DL-3 validateCalendarYear (what an administrator loads)", () => {
  it("accepts the real 2026 schedule and trims names", () => {
    expect(validateCalendarYear(2026, days2026)).toEqual(days2026);
    expect(validateCalendarYear(2026, [{ date: "2026-10-01", working: false, name: " 国庆节 " }])).toEqual([
      { date: "2026-10-01", working: false, name: "国庆节" },
    ]);
    expect(validateCalendarYear(2027, [])).toEqual([]);
  });

  it("refuses a year outside 2000-2100", () => {
    const e = errorOf(() => validateCalendarYear(1999, []));
    expect(e.code).toBe("VALIDATION_FAILED");
    expect(e.details).toMatchObject({ field: "year" });
    expect(errorOf(() => validateCalendarYear(2026.5, [])).details).toMatchObject({ field: "year" });
  });

  it("refuses a date of another year, or no real date", () => {
    const e = errorOf(() => validateCalendarYear(2027, days2026));
    expect(e.code).toBe("VALIDATION_FAILED");
    expect(e.details).toMatchObject({ field: "days[0].date", value: "2026-01-01" });
    expect(e.message).toContain("2027");
    expect(
      errorOf(() => validateCalendarYear(2026, [{ date: "2026-02-29", working: false, name: "春节" }]))
        .details,
    ).toMatchObject({ field: "days[0].date" });
  });

  it("refuses a date given twice", () => {
    const e = errorOf(() =>
      validateCalendarYear(2026, [
        { date: "2026-10-01", working: false, name: "国庆节" },
        { date: "2026-10-01", working: false, name: "国庆" },
      ]),
    );
    expect(e.details).toMatchObject({ field: "days[1].date", value: "2026-10-01" });
    expect(e.message).toContain("重复");
  });

  it("refuses a swapped working day on a weekday", () => {
    const e = errorOf(() =>
      validateCalendarYear(2026, [{ date: "2026-10-09", working: true, name: "国庆节调休上班" }]),
    );
    expect(e.code).toBe("VALIDATION_FAILED");
    expect(e.details).toMatchObject({ field: "days[0].working", value: "2026-10-09" });
  });

  it("refuses a day without a name, or with a name over 20 characters", () => {
    for (const name of ["", "   "]) {
      const e = errorOf(() => validateCalendarYear(2026, [{ date: "2026-10-01", working: false, name }]));
      expect(e.details).toMatchObject({ field: "days[0].name" });
    }
    const missing = { date: "2026-10-01", working: false } as unknown as CalendarDay;
    expect(errorOf(() => validateCalendarYear(2026, [missing])).details).toMatchObject({
      field: "days[0].name",
    });
    const long = "国".repeat(21);
    expect(
      errorOf(() => validateCalendarYear(2026, [{ date: "2026-10-01", working: false, name: long }])).details,
    ).toMatchObject({ field: "days[0].name" });
  });

  it("refuses a day whose `working` is not true or false", () => {
    const odd = { date: "2026-10-10", working: "yes", name: "国庆节调休上班" } as unknown as CalendarDay;
    expect(errorOf(() => validateCalendarYear(2026, [odd])).details).toMatchObject({
      field: "days[0].working",
    });
  });
});
