import { addDays, addMonths, compareDates, type DateString } from "../periods/dates.ts";
import type { Level } from "../subjects/codes.ts";
import {
  defaultSupervisionRules,
  type DutyKind,
  type DutySchedule,
  type SupervisionRecordKind,
  type SupervisionRules,
} from "./supervision-rules.ts";

/** A supervision record as the duty rules read it. */
export interface SupervisionFact {
  id?: string;
  kind: SupervisionRecordKind;
  occurredOn: DateString;
  hours?: number | null;
}

export const dutyStates = ["done", "pending", "overdue"] as const;
export type DutyState = (typeof dutyStates)[number];

/** One duty of one period: due on the period's last day, done when the records meet it. */
export interface Duty {
  kind: DutyKind;
  periodStart: DateString;
  periodEnd: DateString;
  dueOn: DateString;
  /** Records needed (1), or hours for education and public-benefit work. */
  required: number;
  unit: "times" | "hours";
  /** What the records of the period add up to (times or hours). */
  achieved: number;
  state: DutyState;
  recordIds: string[];
  rule: "R-SV-2";
}

const maxPeriods = 1000;

function periodEnd(s: DutySchedule, i: number, origin: DateString): DateString {
  return s.every === "week"
    ? addDays(origin, 7 * s.count * (i + 1) - 1)
    : addDays(addMonths(origin, s.count * (i + 1)), -1);
}

function periodStartOf(s: DutySchedule, i: number, origin: DateString): DateString {
  return s.every === "week" ? addDays(origin, 7 * s.count * i) : addMonths(origin, s.count * i);
}

/**
 * R-SV-2: the duties of a level that have fallen due since `periodStart` (the day supervision at
 * this level began) up to the period that contains `today`, each with its due date (the last day
 * of its period) and whether it is done, still pending, or overdue (not done and the due date
 * has passed). A record counts for the period its date falls in; hours add up within a period.
 */
export function dutiesDue(
  level: Level,
  periodStart: DateString,
  records: readonly SupervisionFact[],
  today: DateString,
  rules: SupervisionRules = defaultSupervisionRules,
): Duty[] {
  const duties: Duty[] = [];
  if (compareDates(periodStart, today) > 0) return duties;
  for (const s of rules.duties[level]) {
    const hoursBased = s.hours !== undefined;
    const mine = records.filter((r) => r.kind === s.kind);
    for (let i = 0; i < maxPeriods; i += 1) {
      const start = periodStartOf(s, i, periodStart);
      if (compareDates(start, today) > 0) break;
      const end = periodEnd(s, i, periodStart);
      const inPeriod = mine.filter(
        (r) => compareDates(r.occurredOn, start) >= 0 && compareDates(r.occurredOn, end) <= 0,
      );
      const achieved = hoursBased ? inPeriod.reduce((sum, r) => sum + (r.hours ?? 0), 0) : inPeriod.length;
      const required = hoursBased ? s.hours! : 1;
      const state: DutyState =
        achieved >= required ? "done" : compareDates(today, end) > 0 ? "overdue" : "pending";
      duties.push({
        kind: s.kind,
        periodStart: start,
        periodEnd: end,
        dueOn: end,
        required,
        unit: hoursBased ? "hours" : "times",
        achieved,
        state,
        recordIds: inPeriod.flatMap((r) => (r.id ? [r.id] : [])),
        rule: "R-SV-2",
      });
    }
  }
  return duties.sort((a, b) => compareDates(a.dueOn, b.dueOn) || a.kind.localeCompare(b.kind));
}

/** The duties of the current periods (those that contain `today`) and every overdue one. */
export function currentAndOverdue(duties: readonly Duty[], today: DateString): Duty[] {
  return duties.filter((d) => d.state === "overdue" || compareDates(d.periodEnd, today) >= 0);
}
