import type { CheckInRow } from "../../db/gateway/index.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { checkInSchema } from "./schemas.ts";

/**
 * A subject's mobile check-in as the office sees it: who, when, where (with the browser's
 * accuracy), the photo (its file id and the scoped URL that serves it) and its confirmation.
 */
export function presentCheckIn(r: CheckInRow): Presented<typeof checkInSchema> {
  return {
    id: r.id,
    subjectId: r.subject_id,
    subjectName: r.subject_name,
    officeId: r.office_id,
    officeName: r.office_name,
    recordedAt: r.occurred_at,
    latitude: r.latitude,
    longitude: r.longitude,
    accuracy: r.accuracy,
    place: r.place,
    photoFileId: r.file_ids[0] ?? null,
    photoUrl: r.file_ids.length ? `/api/check-ins/${r.id}/photo` : null,
    confirmed: r.confirmed_at !== null,
    confirmedAt: r.confirmed_at,
    confirmedBy: r.confirmed_by,
    confirmedByName: r.confirmed_by_name,
  };
}
