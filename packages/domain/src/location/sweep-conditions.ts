/**
 * The alert decisions of the location sweep: a device gone silent (R-MS-1), an approved leave not
 * returned from (R-LV-3), an open alert nobody acknowledged climbing a level. Pure: the sweep's
 * SQL selects candidates, these functions decide; `now` is epoch ms, `today` an Asia/Shanghai date.
 */
import { compareDates, type DateString } from "../periods/dates.ts";

/** The least offline threshold a device may have (seconds; the database holds it to this). */
export const minOfflineAfterSeconds = 60;

/** Whether a device last heard at `lastSeenAt` (epoch ms) has been silent for longer than its threshold. */
export function deviceSilent(lastSeenAt: number, offlineAfterSeconds: number, now: number): boolean {
  return now - lastSeenAt > offlineAfterSeconds * 1000;
}

export interface OfflineCandidate {
  /** When the device last spoke (epoch ms), or null if it never has. */
  lastSeenAt: number | null;
  /** When it was bound to the subject (epoch ms): the silence of a device that never spoke starts there. */
  boundAt: number;
  offlineAfterSeconds: number;
  /** The latest offline alert of this subject and device (epoch ms), if any. */
  lastOfflineAlertAt: number | null;
}

/**
 * R-MS-1 (loss of contact begins with a silent device): a bound device silent for longer than its
 * threshold raises one `offline` alert per silence. Answers when the silence began, or null
 * when no alert is due (it still speaks, or this silence already has its alert).
 */
export function offlineAlertDue(c: OfflineCandidate, now: number): number | null {
  const since = c.lastSeenAt ?? c.boundAt;
  if (!deviceSilent(since, c.offlineAfterSeconds, now)) return null;
  if (c.lastOfflineAlertAt != null && c.lastOfflineAlertAt >= since) return null;
  return since;
}

export interface EscalationRules {
  /** Minutes an open alert waits for acknowledgement before level 1. */
  firstMinutes: number;
  /** Minutes an alert at level 1 waits before level 2 (counted from when it opened). */
  secondMinutes: number;
}

/** The cfg defaults: 15 minutes, then 60. */
export const defaultEscalationRules: EscalationRules = { firstMinutes: 15, secondMinutes: 60 };

/** The highest escalation level. */
export const maxEscalationLevel = 2;

export interface EscalationCandidate {
  status: string;
  /** When the condition ended by itself (epoch ms), or null while it lasts. */
  clearedAt: number | null;
  escalationLevel: number;
  openedAt: number;
}

/** Alerts opened at or after this (epoch ms) cannot be due for any level: the sweep's candidates are older. */
export function escalationCandidatesBefore(
  now: number,
  rules: EscalationRules = defaultEscalationRules,
): number {
  return now - Math.min(rules.firstMinutes, rules.secondMinutes) * 60_000;
}

/**
 * An open alert nobody acknowledged climbs: level 1 after `firstMinutes`, level 2 after
 * `secondMinutes` (each level tells the county agency again). Answers the new level, or null.
 */
export function escalationDue(
  a: EscalationCandidate,
  now: number,
  rules: EscalationRules = defaultEscalationRules,
): number | null {
  if (a.status !== "open" || a.clearedAt != null || a.escalationLevel >= maxEscalationLevel) return null;
  const waitMinutes = a.escalationLevel === 0 ? rules.firstMinutes : rules.secondMinutes;
  return a.openedAt < now - waitMinutes * 60_000 ? a.escalationLevel + 1 : null;
}

export interface LeaveForReturn {
  status: string;
  endOn: DateString;
}

/** R-LV-3: an approved leave whose last day is over and that is not returned from (销假) is overdue. */
export function leaveReturnOverdue(leave: LeaveForReturn, today: DateString): boolean {
  return leave.status === "approved" && compareDates(leave.endOn, today) < 0;
}

/** R-LV-3: a subject's overdue condition lasts while any of their leaves is overdue. */
export function anyLeaveOverdue(leaves: readonly LeaveForReturn[], today: DateString): boolean {
  return leaves.some((l) => leaveReturnOverdue(l, today));
}
