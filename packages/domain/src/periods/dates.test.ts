import { describe, it, expect } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  isValidDate,
  lastDayOfMonths,
  todayIn,
} from "./dates.ts";

describe("isValidDate", () => {
  it.each(["2026-01-01", "2024-02-29", "2000-02-29", "1999-12-31", "0001-01-01", "9999-12-31"])(
    "accepts %s",
    (s) => {
      expect(isValidDate(s)).toBe(true);
    },
  );
  it.each([
    "2026-02-29",
    "1900-02-29",
    "2026-04-31",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "2026-1-01",
    "26-01-01",
    "2026/01/01",
    "2026-01-01T00:00:00Z",
    " 2026-01-01",
    "",
    "0000-01-01",
  ])("refuses %j", (s) => {
    expect(isValidDate(s)).toBe(false);
  });
  it("refuses non-strings", () => {
    expect(isValidDate(undefined)).toBe(false);
    expect(isValidDate(20260101)).toBe(false);
    expect(isValidDate(new Date(Date.UTC(2026, 0, 1)))).toBe(false);
  });
});

describe("daysInMonth", () => {
  it("knows leap years", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe("addDays", () => {
  it("moves across month and year ends", () => {
    expect(addDays("2026-01-31", 1)).toBe("2026-02-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2026-01-10", 0)).toBe("2026-01-10");
    expect(addDays("2026-09-25", 10)).toBe("2026-10-05");
  });
  it("handles long spans exactly", () => {
    expect(addDays("2000-01-01", 366)).toBe("2001-01-01");
    expect(addDays("1970-01-01", -1)).toBe("1969-12-31");
    expect(addDays("2026-01-01", 365 * 400 + 97)).toBe("2426-01-01");
  });
  it("is unaffected by daylight saving and early years", () => {
    // 1986-1991 China observed summer time; the arithmetic is on calendar days only.
    expect(addDays("1988-04-09", 1)).toBe("1988-04-10");
    expect(addDays("0050-01-01", 1)).toBe("0050-01-02");
  });
  it("refuses invalid input", () => {
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
    expect(() => addDays("2026-01-01", 1.5)).toThrow(RangeError);
    expect(() => addDays("9999-12-31", 1)).toThrow(RangeError);
  });
});

describe("addMonths", () => {
  it("clamps to the end of a shorter month", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2026-03-31", 1)).toBe("2026-04-30");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
  });
  it("crosses years both ways", () => {
    expect(addMonths("2026-11-15", 3)).toBe("2027-02-15");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-15");
    expect(addMonths("2026-01-15", -13)).toBe("2024-12-15");
    expect(addMonths("2026-01-10", 24)).toBe("2028-01-10");
    expect(addMonths("2026-05-05", 0)).toBe("2026-05-05");
  });
  it("addYears keeps 29 February only in leap years", () => {
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(addYears("2026-06-01", -18)).toBe("2008-06-01");
  });
  it("refuses fractions", () => {
    expect(() => addMonths("2026-01-01", 0.5)).toThrow(RangeError);
  });
});

describe("lastDayOfMonths", () => {
  it("a period of N months ends the day before the same day N months later", () => {
    expect(lastDayOfMonths("2026-01-10", 24)).toBe("2028-01-09");
    expect(lastDayOfMonths("2026-03-01", 12)).toBe("2027-02-28");
    expect(lastDayOfMonths("2026-01-31", 1)).toBe("2026-02-27");
  });
});

describe("compareDates and daysBetween", () => {
  it("compares", () => {
    expect(compareDates("2026-01-01", "2026-01-02")).toBe(-1);
    expect(compareDates("2026-01-02", "2026-01-01")).toBe(1);
    expect(compareDates("2026-01-01", "2026-01-01")).toBe(0);
    expect(["2026-03-01", "2025-12-31", "2026-01-15"].sort(compareDates)).toEqual([
      "2025-12-31",
      "2026-01-15",
      "2026-03-01",
    ]);
  });
  it("counts days, signed", () => {
    expect(daysBetween("2026-01-01", "2026-01-31")).toBe(30);
    expect(daysBetween("2026-01-31", "2026-01-01")).toBe(-30);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2026-02-28", "2026-03-01")).toBe(1);
  });
  it("refuses invalid dates", () => {
    expect(() => compareDates("2026-02-30", "2026-01-01")).toThrow(RangeError);
    expect(() => daysBetween("x", "2026-01-01")).toThrow(RangeError);
  });
});

describe("dayOfWeek", () => {
  it("knows the weekday", () => {
    expect(dayOfWeek("2026-10-10")).toBe(6); // a Saturday (a swapped working day in 2026)
    expect(dayOfWeek("2026-10-01")).toBe(4);
    expect(dayOfWeek("1970-01-01")).toBe(4);
    expect(dayOfWeek("1969-12-28")).toBe(0);
  });
});

describe("todayIn", () => {
  it("gives the Shanghai calendar date of an instant", () => {
    expect(todayIn(new Date("2026-03-01T15:59:59Z"))).toBe("2026-03-01");
    expect(todayIn(new Date("2026-03-01T16:00:00Z"))).toBe("2026-03-02");
    expect(todayIn(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01");
  });
  it("takes another zone", () => {
    expect(todayIn(new Date("2026-03-01T16:00:00Z"), "UTC")).toBe("2026-03-01");
    expect(todayIn(new Date("2026-03-01T03:00:00Z"), "America/Los_Angeles")).toBe("2026-02-28");
  });
  it("refuses an invalid instant", () => {
    expect(() => todayIn(new Date("nonsense"))).toThrow(RangeError);
  });
});
