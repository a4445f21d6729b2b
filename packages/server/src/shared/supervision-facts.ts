/** Supervision records as the duty rules read them, and where a file's duty periods start. */
import {
  addMonths,
  compareDates,
  type DateString,
  type SupervisionFact,
  type SupervisionRecordKind,
} from "@zhijiao/domain";
import { type SupervisionRecordRow } from "../db/gateway/index.ts";

/**
 * The day a file's duties at its current level start counting: the latest of the start of
 * correction, its reception, its entry on the platform, and the last approved level change.
 */
export function dutyPeriodStart(
  s: { correction_start_on: DateString; received_on: DateString | null; created_on: DateString },
  levelSince: DateString | undefined,
): DateString {
  const days = [s.correction_start_on, s.received_on, s.created_on, levelSince].filter(
    (d): d is DateString => typeof d === "string",
  );
  return days.reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
}

/** A stored record as the duty rules read it. */
export function supervisionFact(r: SupervisionRecordRow): SupervisionFact {
  return {
    id: r.id,
    kind: r.kind as SupervisionRecordKind,
    occurredOn: r.occurred_on,
    hours: r.hours === null ? null : Number(r.hours),
  };
}

/** Whole months from `from` to `to` (0 when `to` is earlier). */
export function wholeMonths(from: DateString, to: DateString): number {
  let n = 0;
  while (n < 1200 && compareDates(addMonths(from, n + 1), to) <= 0) n += 1;
  return n;
}
