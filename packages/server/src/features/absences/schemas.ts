import { absenceStatuses } from "@zhijiao/domain";
import {
  dateStr,
  dateTime,
  datePattern,
  int,
  nullable,
  object,
  oneOf,
  str,
} from "../../http/schema-parts.ts";

const text = (max: number) => ({ type: "string", minLength: 1, maxLength: max, pattern: "\\S" }) as const;
const date = { type: "string", pattern: datePattern } as const;

export const absenceBody = {
  type: "object",
  additionalProperties: false,
  required: ["lostOn", "circumstances"],
  properties: { lostOn: date, circumstances: text(2000) },
} as const;

export const absenceOutcomeBody = {
  type: "object",
  additionalProperties: false,
  required: ["foundOn", "outcome"],
  properties: { foundOn: date, outcome: text(2000) },
} as const;

/** A loss of contact (脱管, R-MS-1) and its search. */
export const absenceSchema = object({
  id: str,
  subjectId: str,
  lostOn: dateStr,
  circumstances: str,
  status: oneOf(absenceStatuses),
  statusLabel: str,
  foundOn: nullable(dateStr),
  outcome: nullable(str),
  createdAt: dateTime,
  closedAt: nullable(dateTime),
  version: int,
});

export const absenceListSchema = object({ items: { type: "array", items: absenceSchema } });
