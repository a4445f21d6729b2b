import type { SpecialPlaceStatus } from "@zhijiao/domain";
import type { SpecialPlaceRequestRow } from "../../db/gateway/index.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { specialPlaceSchema } from "./schemas.ts";

const specialPlaceStatusLabels: Record<string, string> = {
  pending: "待审批",
  approved: "已批准",
  rejected: "不予批准",
};

/** A special-place request (进入特定场所, R-LV-4). */
export function presentSpecialPlace(r: SpecialPlaceRequestRow): Presented<typeof specialPlaceSchema> {
  return {
    id: r.id,
    subjectId: r.subject_id,
    courtBanId: r.court_ban_id,
    place: r.place,
    reason: r.reason,
    fromOn: r.from_on,
    untilOn: r.until_on,
    status: r.status as SpecialPlaceStatus,
    statusLabel: specialPlaceStatusLabels[r.status] ?? r.status,
    decidedAt: r.decided_at,
    decisionComment: r.decision_comment,
    createdAt: r.created_at,
    version: r.version,
  };
}
