import { transferStatuses } from "@zhijiao/domain";
import {
  bool,
  datePattern,
  dateStr,
  int,
  nullable,
  object,
  oneOf,
  pageOf,
  pageQueryProps,
  str,
  uuidPattern,
} from "../../http/schema-parts.ts";

const text = (max: number) => ({ type: "string", minLength: 1, maxLength: max }) as const;
const date = { type: "string", pattern: datePattern } as const;

export const applyTransferBody = {
  type: "object",
  additionalProperties: false,
  required: [
    "destinationOfficeId",
    "newResidenceAddress",
    "newResidenceDivisionCode",
    "reason",
    "plannedMoveOn",
  ],
  properties: {
    destinationOfficeId: { type: "string", pattern: uuidPattern },
    newResidenceAddress: text(200),
    newResidenceDivisionCode: { type: "string", pattern: "^\\d{6}$" },
    reason: text(1000),
    plannedMoveOn: date,
  },
} as const;

export const listTransfersQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    ...pageQueryProps,
    direction: { type: "string", enum: ["incoming", "outgoing"] },
    open: { type: "boolean" },
  },
} as const;

export const destinationsQuery = {
  type: "object",
  additionalProperties: false,
  properties: { q: { type: "string", maxLength: 30 } },
} as const;

export const consultationBody = {
  type: "object",
  additionalProperties: false,
  required: ["consultedOn"],
  properties: { consultedOn: date },
} as const;

export const replyBody = {
  type: "object",
  additionalProperties: false,
  required: ["repliedOn", "accepts", "opinion"],
  properties: { repliedOn: date, accepts: { type: "boolean" }, opinion: text(2000) },
} as const;

export const decisionBody = {
  type: "object",
  additionalProperties: false,
  required: ["decidedOn", "approved"],
  properties: { decidedOn: date, approved: { type: "boolean" } },
} as const;

export const filesMovedBody = {
  type: "object",
  additionalProperties: false,
  required: ["movedOn"],
  properties: { movedOn: date },
} as const;

export const arrivalBody = {
  type: "object",
  additionalProperties: false,
  required: ["reportedOn"],
  properties: { reportedOn: date },
} as const;

export const withdrawalBody = {
  type: "object",
  additionalProperties: false,
  required: ["reason"],
  properties: { reason: text(1000) },
} as const;

/** R-TR-1: a transfer (执行地变更), where it stands and both sides. */
export const transferSchema = object({
  id: str,
  subjectId: str,
  subjectName: str,
  status: oneOf(transferStatuses),
  statusLabel: str,
  /** Still running (not completed, refused or withdrawn). */
  open: bool,
  originOfficeId: str,
  originOfficeName: str,
  originCountyId: str,
  originCountyName: str,
  destinationOfficeId: str,
  destinationOfficeName: str,
  destinationCountyId: str,
  destinationCountyName: str,
  newResidenceAddress: str,
  newResidenceDivisionCode: str,
  reason: str,
  plannedMoveOn: dateStr,
  appliedOn: dateStr,
  consultedOn: nullable(dateStr),
  repliedOn: nullable(dateStr),
  replyAccepts: nullable(bool),
  replyOpinion: nullable(str),
  decidedOn: nullable(dateStr),
  decisionDocumentNumber: nullable(str),
  filesMovedOn: nullable(dateStr),
  arrivedOn: nullable(dateStr),
  closedReason: nullable(str),
  version: int,
});

export const transferPageSchema = pageOf(transferSchema);

/** A justice office of another county a file may move to. */
export const transferDestinationsSchema = object({
  items: {
    type: "array",
    items: object({ id: str, name: str, countyId: nullable(str), countyName: str, countyDivisionCode: str }),
  },
});
