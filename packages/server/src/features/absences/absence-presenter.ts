import type { AbsenceRow } from "../../db/gateway/index.ts";

/** A loss of contact (脱管, R-MS-1) and its search. */
export function presentAbsence(a: AbsenceRow) {
  return {
    id: a.id,
    subjectId: a.subject_id,
    lostOn: a.lost_on,
    circumstances: a.circumstances,
    status: a.status,
    statusLabel: a.status === "searching" ? "查找中" : "已找回",
    foundOn: a.found_on,
    outcome: a.outcome,
    createdAt: a.created_at,
    closedAt: a.closed_at,
    version: a.version,
  };
}
