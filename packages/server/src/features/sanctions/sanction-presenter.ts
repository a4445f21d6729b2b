import {
  categoryLabels,
  sanctionAddressees,
  sanctionDocumentKinds,
  sanctionKindLabels,
  sanctionRuleIds,
  sanctionStatusLabels,
  type Category,
  type SanctionKind,
  type SanctionStatus,
} from "@zhijiao/domain";
import type { SanctionRow } from "../../db/gateway/index.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { sanctionSchema } from "./schemas.ts";

/** A commendation or sanction with its rule, its document and, for a court, the ruling due. */
export function presentSanction(r: SanctionRow): Presented<typeof sanctionSchema> {
  const kind = r.kind as SanctionKind;
  return {
    id: r.id,
    subjectId: r.subject_id,
    subjectName: r.subject_name,
    category: r.subject_category as Category,
    categoryLabel: categoryLabels[r.subject_category as Category] ?? r.subject_category,
    officeId: r.office_id,
    officeName: r.office_name,
    countyId: r.county_id,
    kind,
    kindLabel: sanctionKindLabels[kind],
    rule: sanctionRuleIds[kind],
    addressee: sanctionAddressees[kind],
    status: r.status as SanctionStatus,
    statusLabel: sanctionStatusLabels[r.status as SanctionStatus],
    facts: r.facts,
    evidenceFileIds: r.evidence_file_ids,
    proposedBy: r.proposed_by,
    proposedAt: r.proposed_at,
    proposedOn: r.proposed_on,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    decidedOn: r.decided_on,
    decisionComment: r.decision_comment,
    documentKind: r.status === "approved" ? sanctionDocumentKinds[kind] : null,
    documentNumber: r.document_number,
    courtRulingDueOn: r.court_ruling_due_on,
    version: r.version,
  };
}
