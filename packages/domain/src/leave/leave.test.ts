import { describe, expect, it } from "vitest";
import { defaultLeaveRules as rules, leaveRulesWith } from "./leave-rules.ts";
import {
  checkCourtBanPeriod,
  checkLeaveApplication,
  cumulativeLeaveDays,
  cumulativeWindowStart,
  leaveApprovalLevel,
  leaveDays,
  leaveReturn,
  mayDecideLeave,
  assertMayDecideLeave,
} from "./leave.ts";

const today = "2026-11-20";

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

describe("R-LV-1: the application", () => {
  it("R-LV-1: counts both ends of the leave", () => {
    expect(leaveDays("2026-12-01", "2026-12-07")).toBe(7);
    expect(leaveDays("2026-12-01", "2026-12-01")).toBe(1);
  });

  it("R-LV-1: at least 3 days ahead (cfg)", () => {
    expect(checkLeaveApplication(rules, { startOn: "2026-11-23", endOn: "2026-11-25" }, today)).toBe(3);
    expect(
      code(() => checkLeaveApplication(rules, { startOn: "2026-11-22", endOn: "2026-11-25" }, today)),
    ).toBe("LEAVE_TOO_LATE");
    const relaxed = leaveRulesWith({ advanceNoticeDays: 1 });
    expect(checkLeaveApplication(relaxed, { startOn: "2026-11-21", endOn: "2026-11-21" }, today)).toBe(1);
  });

  it("R-LV-1: dates must be valid and in order", () => {
    expect(
      code(() => checkLeaveApplication(rules, { startOn: "2026-02-30", endOn: "2026-12-01" }, today)),
    ).toBe("VALIDATION_FAILED");
    expect(
      code(() => checkLeaveApplication(rules, { startOn: "2026-12-05", endOn: "2026-12-01" }, today)),
    ).toBe("VALIDATION_FAILED");
  });
});

describe("R-LV-2: who approves", () => {
  it("R-LV-2: up to 7 days the office, over 7 the county", () => {
    expect(leaveApprovalLevel(rules, { days: 7, cumulativeDaysIn2Months: 7 })).toBe("office");
    expect(leaveApprovalLevel(rules, { days: 8, cumulativeDaysIn2Months: 8 })).toBe("county");
    expect(leaveApprovalLevel(rules, { days: 30, cumulativeDaysIn2Months: 30 })).toBe("county");
  });

  it("R-LV-2: over 30 days cumulatively within 2 months goes to the city", () => {
    expect(leaveApprovalLevel(rules, { days: 5, cumulativeDaysIn2Months: 31 })).toBe("city");
    expect(cumulativeWindowStart(rules, "2026-12-31")).toBe("2026-10-31");
  });

  it("R-LV-2: the cumulative days are this leave's plus the approved days of others within the 2 months before it ends", () => {
    const history = [
      // Approved and returned ones count; only their days inside the window.
      { startOn: "2026-10-25", endOn: "2026-11-03", status: "returned" },
      { startOn: "2026-11-20", endOn: "2026-11-29", status: "approved" },
      // Pending and rejected ones do not.
      { startOn: "2026-12-01", endOn: "2026-12-05", status: "pending" },
      { startOn: "2026-11-10", endOn: "2026-11-12", status: "rejected" },
    ];
    const leave = { startOn: "2026-12-28", endOn: "2026-12-31" };
    // Window 2026-10-31..2026-12-31: 4 days (10-31..11-03) + 10 + this leave's 4.
    expect(cumulativeLeaveDays(rules, history, leave)).toBe(18);
    expect(cumulativeLeaveDays(rules, [], leave)).toBe(4);
    expect(leaveApprovalLevel(rules, { days: 4, cumulativeDaysIn2Months: 18 })).toBe("office");
  });

  it("R-LV-2: the cumulative window and limit are the province's configured ones", () => {
    const history = [{ startOn: "2026-10-01", endOn: "2026-10-20", status: "approved" }];
    const leave = { startOn: "2026-12-20", endOn: "2026-12-31" };
    expect(cumulativeLeaveDays(rules, history, leave)).toBe(12);
    const province = leaveRulesWith({ cumulativeWindowMonths: 3, cumulativeMaxDays: 25 });
    const days = cumulativeLeaveDays(province, history, leave);
    expect(days).toBe(32);
    expect(leaveApprovalLevel(province, { days: 12, cumulativeDaysIn2Months: days })).toBe("city");
  });

  it("R-LV-2: one request over 30 days is refused", () => {
    expect(code(() => leaveApprovalLevel(rules, { days: 31, cumulativeDaysIn2Months: 31 }))).toBe(
      "LEAVE_TOO_LONG",
    );
  });

  it("R-LV-2: the office decides its own level, the county up to its own, the city above", () => {
    expect(mayDecideLeave("office_worker", "office")).toBe(true);
    expect(mayDecideLeave("office_worker", "county")).toBe(false);
    expect(mayDecideLeave("county_officer", "office")).toBe(true);
    expect(mayDecideLeave("county_head", "county")).toBe(true);
    expect(mayDecideLeave("county_officer", "city")).toBe(false);
    expect(mayDecideLeave("city_supervisor", "city")).toBe(true);
    expect(mayDecideLeave("subject", "office")).toBe(false);
    expect(code(() => assertMayDecideLeave("office_worker", "county"))).toBe("LEAVE_APPROVAL_LEVEL");
  });
});

describe("R-LV-3: return", () => {
  const leave = { startOn: "2026-11-01", endOn: "2026-11-07" };
  it("R-LV-3: back by the end date is on time", () => {
    expect(leaveReturn(leave, "2026-11-07", today)).toEqual({ daysLate: 0, late: false });
    expect(leaveReturn(leave, "2026-11-05", today)).toEqual({ daysLate: 0, late: false });
  });
  it("R-LV-3: each day after the end date is a day of absence", () => {
    expect(leaveReturn(leave, "2026-11-10", today)).toEqual({ daysLate: 3, late: true });
  });
  it("R-LV-3: the return date lies between the start and today", () => {
    expect(code(() => leaveReturn(leave, "2026-10-31", today))).toBe("VALIDATION_FAILED");
    expect(code(() => leaveReturn(leave, "2026-11-21", today))).toBe("VALIDATION_FAILED");
  });
});

describe("R-LV-5: court bans", () => {
  it("R-LV-5: the ban's end is not before its start", () => {
    expect(() => checkCourtBanPeriod("2026-01-01", "2027-01-01")).not.toThrow();
    expect(code(() => checkCourtBanPeriod("2027-01-01", "2026-01-01"))).toBe("VALIDATION_FAILED");
  });
});
