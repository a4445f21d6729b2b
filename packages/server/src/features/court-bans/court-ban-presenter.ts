import type { CourtBanRow } from "../../db/gateway/index.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { courtBanSchema } from "./schemas.ts";

/** A court ban (禁止令, R-LV-5). */
export function presentCourtBan(b: CourtBanRow): Presented<typeof courtBanSchema> {
  return {
    id: b.id,
    subjectId: b.subject_id,
    content: b.content,
    places: b.places,
    fromOn: b.from_on,
    untilOn: b.until_on,
    createdAt: b.created_at,
  };
}
