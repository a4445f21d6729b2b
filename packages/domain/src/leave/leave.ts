/**
 * Leave (外出, DOMAIN.md R-LV-1, R-LV-2, R-LV-3): how long, who approves, who may decide, and
 * whether the subject came back on time. Pure: today is passed in.
 */
import type { Role } from "../access/roles.ts";
import { DomainError } from "../errors/codes.ts";
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  isValidDate,
  type DateString,
} from "../periods/dates.ts";
import type { LeaveRules } from "./leave-rules.ts";

export const leaveApprovalLevels = ["office", "county", "city"] as const;
export type LeaveApprovalLevel = (typeof leaveApprovalLevels)[number];

export const leaveApprovalLevelLabels: Record<LeaveApprovalLevel, string> = {
  office: "司法所",
  county: "县级社区矫正机构",
  city: "市级社区矫正机构",
};

export const leaveStatuses = ["pending", "approved", "rejected", "returned"] as const;
export type LeaveStatus = (typeof leaveStatuses)[number];

export const leaveStatusLabels: Record<LeaveStatus, string> = {
  pending: "待审批",
  approved: "已批准",
  rejected: "不予批准",
  returned: "已销假",
};

/** Where a request to enter a place a court ban restricts stands (进入特定场所, R-LV-4). */
export const specialPlaceStatuses = ["pending", "approved", "rejected"] as const;
export type SpecialPlaceStatus = (typeof specialPlaceStatuses)[number];

/** Calendar days of a leave, both ends counted (2026-12-01 to 2026-12-07 is 7). */
export function leaveDays(startOn: DateString, endOn: DateString): number {
  return daysBetween(startOn, endOn) + 1;
}

/** The first day of the window whose approved days count with a leave ending on `endOn` (R-LV-2). */
export function cumulativeWindowStart(rules: LeaveRules, endOn: DateString): DateString {
  return addMonths(endOn, -rules.cumulativeWindowMonths);
}

/** A leave of the subject's history, as far as R-LV-2 counts it. */
export interface LeaveHistoryEntry {
  startOn: DateString;
  endOn: DateString;
  status: string;
}

/**
 * R-LV-2: the days within 2 months (cfg) before a leave ends that count toward the next level
 * up: the approved days of the subject's other leaves (returned ones included) that fall within
 * the window, plus this leave's own days.
 */
export function cumulativeLeaveDays(
  rules: LeaveRules,
  history: readonly LeaveHistoryEntry[],
  leave: LeaveApplication,
): number {
  const from = cumulativeWindowStart(rules, leave.endOn);
  let days = leaveDays(leave.startOn, leave.endOn);
  for (const l of history) {
    if (l.status !== "approved" && l.status !== "returned") continue;
    const s = compareDates(l.startOn, from) < 0 ? from : l.startOn;
    const e = compareDates(l.endOn, leave.endOn) > 0 ? leave.endOn : l.endOn;
    if (compareDates(e, s) >= 0) days += leaveDays(s, e);
  }
  return days;
}

/**
 * R-LV-2: ≤ 7 days the office, > 7 days the county, and over 30 days cumulatively within 2
 * months (this request included) the next level up. One request over 30 days is refused.
 */
export function leaveApprovalLevel(
  rules: LeaveRules,
  input: { days: number; cumulativeDaysIn2Months: number },
): LeaveApprovalLevel {
  if (input.days > rules.maxDaysPerRequest)
    throw new DomainError(
      "LEAVE_TOO_LONG",
      { field: "endOn", days: input.days, max: rules.maxDaysPerRequest },
      `外出每次审批不得超过 ${rules.maxDaysPerRequest} 日（本次 ${input.days} 日）`,
    );
  if (input.cumulativeDaysIn2Months > rules.cumulativeMaxDays) return "city";
  return input.days <= rules.officeMaxDays ? "office" : "county";
}

export interface LeaveApplication {
  startOn: DateString;
  endOn: DateString;
}

/**
 * R-LV-1: valid dates, the end not before the start, and the application at least the advance
 * notice (3 days, cfg) before leaving. Answers the days of the leave.
 */
export function checkLeaveApplication(rules: LeaveRules, input: LeaveApplication, today: DateString): number {
  for (const field of ["startOn", "endOn"] as const)
    if (!isValidDate(input[field])) throw new DomainError("VALIDATION_FAILED", { field }, "日期无效");
  if (compareDates(input.endOn, input.startOn) < 0)
    throw new DomainError("VALIDATION_FAILED", { field: "endOn" }, "返回日期不能早于外出日期");
  const earliest = addDays(today, rules.advanceNoticeDays);
  if (compareDates(input.startOn, earliest) < 0)
    throw new DomainError(
      "LEAVE_TOO_LATE",
      { field: "startOn", earliestStartOn: earliest, advanceNoticeDays: rules.advanceNoticeDays },
      `外出应当至少提前 ${rules.advanceNoticeDays} 日申请（最早可于 ${earliest} 外出）`,
    );
  return leaveDays(input.startOn, input.endOn);
}

/** The levels each role may decide (R-LV-2): the office its own, the county up to its own, the city above. */
const decidableLevels: Partial<Record<Role, readonly LeaveApprovalLevel[]>> = {
  office_worker: ["office"],
  county_officer: ["office", "county"],
  county_head: ["office", "county"],
  city_supervisor: ["city"],
};

export function mayDecideLeave(role: Role, level: LeaveApprovalLevel): boolean {
  return decidableLevels[role]?.includes(level) ?? false;
}

/** Refuses (403 LEAVE_APPROVAL_LEVEL) a decision by a role below or beside the required level. */
export function assertMayDecideLeave(role: Role, level: LeaveApprovalLevel): void {
  if (!mayDecideLeave(role, level))
    throw new DomainError(
      "LEAVE_APPROVAL_LEVEL",
      { approvalLevel: level, role },
      `该外出申请应由${leaveApprovalLevelLabels[level]}审批`,
    );
}

export interface LeaveReturn {
  /** Days after the end date the subject came back; 0 when on time. */
  daysLate: number;
  late: boolean;
}

/**
 * R-LV-3: the subject reports back (销假) by the end date; every day after it is a day of
 * absence (it counts toward R-SN-2/4). The return date lies between the start and today.
 */
export function leaveReturn(
  leave: { startOn: DateString; endOn: DateString },
  returnedOn: DateString,
  today: DateString,
): LeaveReturn {
  if (!isValidDate(returnedOn))
    throw new DomainError("VALIDATION_FAILED", { field: "returnedOn" }, "日期无效");
  if (compareDates(returnedOn, leave.startOn) < 0)
    throw new DomainError("VALIDATION_FAILED", { field: "returnedOn" }, "销假日期不能早于外出日期");
  if (compareDates(returnedOn, today) > 0)
    throw new DomainError("VALIDATION_FAILED", { field: "returnedOn" }, "销假日期不能晚于今天");
  const daysLate = Math.max(0, daysBetween(leave.endOn, returnedOn));
  return { daysLate, late: daysLate > 0 };
}

/** R-LV-5: a court ban (禁止令) runs from a date until a date, the end not before the start. */
export function checkCourtBanPeriod(fromOn: DateString, untilOn: DateString): void {
  for (const [field, v] of [
    ["fromOn", fromOn],
    ["untilOn", untilOn],
  ] as const)
    if (!isValidDate(v)) throw new DomainError("VALIDATION_FAILED", { field }, "日期无效");
  if (compareDates(untilOn, fromOn) < 0)
    throw new DomainError("VALIDATION_FAILED", { field: "untilOn" }, "禁止令截止日期不能早于起始日期");
}
