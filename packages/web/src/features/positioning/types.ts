/** Positioning authorizations as the API answers them (docs/API.md, issue 5). */
import type { PositioningCondition, PositioningStatus } from "@zhijiao/domain";

export interface PositioningAuthorization {
  id: string;
  subjectId: string;
  countyId: string;
  condition: PositioningCondition;
  conditionLabel: string;
  facts: string;
  fromOn: string;
  untilOn: string;
  extendsId: string | null;
  reassessment: string | null;
  status: PositioningStatus;
  statusLabel: string;
  proposedBy: string;
  proposedByName: string | null;
  proposedAt: string;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  documentNumber: string | null;
  endedOn: string | null;
  endReason: string | null;
  version: number;
}
