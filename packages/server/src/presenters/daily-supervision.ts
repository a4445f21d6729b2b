import type { AbsenceRow, SpecialPlaceRequestRow } from "../db/gateway/index.ts";

const specialPlaceStatusLabels: Record<string, string> = {
  pending: "待审批",
  approved: "已批准",
  rejected: "不予批准",
};

/** A special-place request (进入特定场所, R-LV-4). */
export function presentSpecialPlace(r: SpecialPlaceRequestRow) {
  return {
    id: r.id,
    subjectId: r.subject_id,
    courtBanId: r.court_ban_id,
    place: r.place,
    reason: r.reason,
    fromOn: r.from_on,
    untilOn: r.until_on,
    status: r.status,
    statusLabel: specialPlaceStatusLabels[r.status] ?? r.status,
    decidedAt: r.decided_at,
    decisionComment: r.decision_comment,
    createdAt: r.created_at,
    version: r.version,
  };
}

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
