/**
 * The configurable figures of leave (外出, DOMAIN.md R-LV-1/2, all cfg): a province may change
 * them in the settings (`leave_rules`) without code changes.
 */
export interface LeaveRules {
  /** R-LV-1: apply at least this many days before leaving. */
  advanceNoticeDays: number;
  /** R-LV-2: up to this many days the justice office approves (by entrustment). */
  officeMaxDays: number;
  /** R-LV-2: at most this many days in one approval. */
  maxDaysPerRequest: number;
  /** R-LV-2: over this many days within the window, the next level up (the city) approves. */
  cumulativeMaxDays: number;
  /** R-LV-2: the window of the cumulative days, in months before the end of the leave. */
  cumulativeWindowMonths: number;
}

export const defaultLeaveRules: LeaveRules = {
  advanceNoticeDays: 3,
  officeMaxDays: 7,
  maxDaysPerRequest: 30,
  cumulativeMaxDays: 30,
  cumulativeWindowMonths: 2,
};

/** The defaults with a province's overrides (non-negative integers only; anything else is ignored). */
export function leaveRulesWith(overrides: Record<string, unknown> | null | undefined): LeaveRules {
  const rules: LeaveRules = { ...defaultLeaveRules };
  if (!overrides) return rules;
  for (const key of Object.keys(rules) as (keyof LeaveRules)[]) {
    const v = overrides[key];
    if (typeof v === "number" && Number.isInteger(v) && v >= 0) rules[key] = v;
  }
  return rules;
}
