import {
  leaveApprovalLevelLabels,
  leaveStatusLabels,
  type LeaveApprovalLevel,
  type LeaveStatus,
} from "@zhijiao/domain";
import type { LeaveRequestRow } from "../../db/gateway/index.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { leaveRequestSchema } from "./schemas.ts";

/** A leave request (外出) as the console and the mobile app read it. */
export function presentLeaveRequest(r: LeaveRequestRow): Presented<typeof leaveRequestSchema> {
  return {
    id: r.id,
    subjectId: r.subject_id,
    subjectName: r.subject_name,
    officeId: r.office_id,
    officeName: r.office_name,
    countyName: r.county_name,
    startOn: r.start_on,
    endOn: r.end_on,
    days: r.days,
    cumulativeDays: r.cumulative_days,
    destinationDivisionCode: r.destination_division_code,
    destinationAddress: r.destination_address,
    reason: r.reason,
    proofFileIds: r.proof_file_ids,
    status: r.status as LeaveStatus,
    statusLabel: leaveStatusLabels[r.status as LeaveStatus] ?? r.status,
    approvalLevel: r.approval_level as LeaveApprovalLevel,
    approvalLevelLabel: leaveApprovalLevelLabels[r.approval_level as LeaveApprovalLevel] ?? r.approval_level,
    decidedOn: r.decided_on,
    decisionComment: r.decision_comment,
    documentNumber: r.document_number,
    documentKind: r.document_number ? "leave-certificate" : null,
    returnedOn: r.returned_on,
    daysLate: r.days_late,
    late: r.days_late !== null && r.days_late > 0,
    createdAt: r.created_at,
    version: r.version,
  };
}
