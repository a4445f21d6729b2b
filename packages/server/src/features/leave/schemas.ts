import { leaveApprovalLevels, leaveStatuses } from "@zhijiao/domain";
import {
  bool,
  dateStr,
  dateTime,
  datePattern,
  int,
  nullable,
  oneOf,
  object,
  pageOf,
  pageQueryProps,
  str,
  strList,
  uuidPattern,
} from "../../http/schema-parts.ts";

const text = (max: number) => ({ type: "string", minLength: 1, maxLength: max }) as const;
const date = { type: "string", pattern: datePattern } as const;

export const requestLeaveBody = {
  type: "object",
  additionalProperties: false,
  required: ["startOn", "endOn", "destinationDivisionCode", "destinationAddress", "reason"],
  properties: {
    startOn: date,
    endOn: date,
    destinationDivisionCode: { type: "string", pattern: "^\\d{6}$" },
    destinationAddress: text(200),
    reason: text(1000),
    proofFileIds: { type: "array", maxItems: 10, items: { type: "string", pattern: uuidPattern } },
  },
} as const;

export const leaveDecisionBody = {
  type: "object",
  additionalProperties: false,
  required: ["approve"],
  properties: { approve: { type: "boolean" }, comment: { type: "string", maxLength: 1000 } },
} as const;

export const leaveReturnBody = {
  type: "object",
  additionalProperties: false,
  required: ["returnedOn"],
  properties: { returnedOn: date },
} as const;

export const listLeaveQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    ...pageQueryProps,
    status: { type: "string", enum: ["pending", "approved", "rejected", "returned"] },
  },
} as const;

/** A leave request (外出) with its approval level (R-LV-2), decision and return (R-LV-3). */
export const leaveRequestSchema = object({
  id: str,
  subjectId: str,
  subjectName: str,
  officeId: str,
  officeName: str,
  countyName: str,
  startOn: dateStr,
  endOn: dateStr,
  days: int,
  cumulativeDays: int,
  destinationDivisionCode: str,
  destinationAddress: str,
  reason: str,
  proofFileIds: strList,
  status: oneOf(leaveStatuses),
  statusLabel: str,
  approvalLevel: oneOf(leaveApprovalLevels),
  approvalLevelLabel: str,
  decidedOn: nullable(dateStr),
  decisionComment: nullable(str),
  documentNumber: nullable(str),
  documentKind: nullable(str),
  returnedOn: nullable(dateStr),
  daysLate: nullable(int),
  late: bool,
  createdAt: dateTime,
  version: int,
});

export const leaveRequestPageSchema = pageOf(leaveRequestSchema);
