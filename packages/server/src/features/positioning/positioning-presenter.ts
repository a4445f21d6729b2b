import {
  positioningConditionLabels,
  positioningStatusLabels,
  type PositioningCondition,
  type PositioningStatus,
} from "@zhijiao/domain";
import type { PositioningRow } from "../../db/gateway/index.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { positioningAuthorizationSchema } from "./schemas.ts";

/** A 使用电子定位装置 authorization (R-EP-1). */
export function presentPositioningAuthorization(
  r: PositioningRow,
): Presented<typeof positioningAuthorizationSchema> {
  return {
    id: r.id,
    subjectId: r.subject_id,
    countyId: r.county_id,
    condition: r.condition as PositioningCondition,
    conditionLabel: positioningConditionLabels[r.condition as PositioningCondition] ?? r.condition,
    facts: r.facts,
    fromOn: r.from_on,
    untilOn: r.until_on,
    extendsId: r.extends_id,
    reassessment: r.reassessment,
    status: r.status as PositioningStatus,
    statusLabel: positioningStatusLabels[r.status as PositioningStatus] ?? r.status,
    proposedBy: r.proposed_by,
    proposedByName: r.proposed_by_name,
    proposedAt: r.proposed_at.toISOString(),
    decidedBy: r.decided_by,
    decidedByName: r.decided_by_name,
    decidedAt: r.decided_at?.toISOString() ?? null,
    decisionComment: r.decision_comment,
    documentNumber: r.document_number,
    endedOn: r.ended_on,
    endReason: r.end_reason,
    version: r.version,
  };
}
