import { openTransferStatuses, transferStatusLabels, type TransferStatus } from "@zhijiao/domain";
import type { TransferRow } from "../../db/gateway/index.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { transferSchema } from "./schemas.ts";

/** R-TR-1: where a transfer stands, as the console shows it. */

/** A transfer (执行地变更) in the `Transfer` shape of docs/API.md. */
export function presentTransfer(row: TransferRow): Presented<typeof transferSchema> {
  return {
    id: row.id,
    subjectId: row.subject_id,
    subjectName: row.subject_name,
    status: row.status as TransferStatus,
    statusLabel: transferStatusLabels[row.status as TransferStatus] ?? row.status,
    open: (openTransferStatuses as readonly string[]).includes(row.status),
    originOfficeId: row.origin_office_id,
    originOfficeName: row.origin_office_name,
    originCountyId: row.origin_county_id,
    originCountyName: row.origin_county_name,
    destinationOfficeId: row.destination_office_id,
    destinationOfficeName: row.destination_office_name,
    destinationCountyId: row.destination_county_id,
    destinationCountyName: row.destination_county_name,
    newResidenceAddress: row.new_residence_address,
    newResidenceDivisionCode: row.new_residence_division_code,
    reason: row.reason,
    plannedMoveOn: row.planned_move_on,
    appliedOn: row.applied_on,
    consultedOn: row.consulted_on,
    repliedOn: row.replied_on,
    replyAccepts: row.reply_accepts,
    replyOpinion: row.reply_opinion,
    decidedOn: row.decided_on,
    decisionDocumentNumber: row.decision_document_number,
    filesMovedOn: row.files_moved_on,
    arrivedOn: row.arrived_on,
    closedReason: row.closed_reason,
    version: row.version,
  };
}
