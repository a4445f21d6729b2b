/** Leave requests as the API answers them (docs/API.md "Daily supervision (issue 4)"). */
import type { LeaveApprovalLevel, LeaveStatus } from "@zhijiao/domain";

export interface LeaveRequest {
  id: string;
  subjectId: string;
  subjectName: string;
  officeId: string;
  officeName: string;
  countyName: string;
  startOn: string;
  endOn: string;
  days: number;
  cumulativeDays: number;
  destinationDivisionCode: string;
  destinationAddress: string;
  reason: string;
  status: LeaveStatus;
  statusLabel: string;
  approvalLevel: LeaveApprovalLevel;
  approvalLevelLabel: string;
  decidedOn: string | null;
  decisionComment: string | null;
  documentNumber: string | null;
  returnedOn: string | null;
  daysLate: number | null;
  late: boolean;
  createdAt: string;
  version: number;
}
