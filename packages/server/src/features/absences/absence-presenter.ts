import type { AbsenceStatus } from "@zhijiao/domain";
import type { AbsenceRow } from "../../db/gateway/index.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { absenceSchema } from "./schemas.ts";

/** A loss of contact (脱管, R-MS-1) and its search. */
export function presentAbsence(a: AbsenceRow): Presented<typeof absenceSchema> {
  return {
    id: a.id,
    subjectId: a.subject_id,
    lostOn: a.lost_on,
    circumstances: a.circumstances,
    status: a.status as AbsenceStatus,
    statusLabel: a.status === "searching" ? "查找中" : "已找回",
    foundOn: a.found_on,
    outcome: a.outcome,
    createdAt: a.created_at,
    closedAt: a.closed_at,
    version: a.version,
  };
}
