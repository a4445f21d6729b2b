import { positioningConditions, positioningStatuses } from "@zhijiao/domain";
import {
  dateStr,
  dateTime,
  datePattern,
  int,
  nullable,
  object,
  oneOf,
  str,
  uuidPattern,
} from "../../http/schema-parts.ts";

const text = (max: number) => ({ type: "string", minLength: 1, maxLength: max, pattern: "\\S" }) as const;
const date = { type: "string", pattern: datePattern } as const;

export const positioningBody = {
  type: "object",
  additionalProperties: false,
  required: ["condition", "facts", "fromOn", "untilOn"],
  properties: {
    condition: { type: "string", enum: positioningConditions },
    facts: text(2000),
    fromOn: date,
    untilOn: date,
    extendsId: { type: "string", pattern: uuidPattern },
    reassessment: { type: "string", maxLength: 2000 },
  },
} as const;

export const positioningDecisionBody = {
  type: "object",
  additionalProperties: false,
  required: ["approve"],
  properties: { approve: { type: "boolean" }, comment: { type: "string", maxLength: 1000 } },
} as const;

/** A 使用电子定位装置 authorization (R-EP-1): proposed, decided, ended. */
export const positioningAuthorizationSchema = object({
  id: str,
  subjectId: str,
  countyId: str,
  condition: oneOf(positioningConditions),
  conditionLabel: str,
  facts: str,
  fromOn: dateStr,
  untilOn: dateStr,
  extendsId: nullable(str),
  reassessment: nullable(str),
  status: oneOf(positioningStatuses),
  statusLabel: str,
  proposedBy: nullable(str),
  proposedByName: nullable(str),
  proposedAt: dateTime,
  decidedBy: nullable(str),
  decidedByName: nullable(str),
  decidedAt: nullable(dateTime),
  decisionComment: nullable(str),
  documentNumber: nullable(str),
  endedOn: nullable(dateStr),
  endReason: nullable(str),
  version: int,
});

export const positioningAuthorizationListSchema = object({
  items: { type: "array", items: positioningAuthorizationSchema },
});
