import { specialPlaceStatuses } from "@zhijiao/domain";
import {
  dateStr,
  dateTime,
  datePattern,
  int,
  nullable,
  object,
  oneOf,
  pageOf,
  pageQueryProps,
  str,
  uuidPattern,
} from "../../http/schema-parts.ts";

const text = (max: number) => ({ type: "string", minLength: 1, maxLength: max, pattern: "\\S" }) as const;
const date = { type: "string", pattern: datePattern } as const;

export const specialPlaceBody = {
  type: "object",
  additionalProperties: false,
  required: ["courtBanId", "place", "reason", "fromOn", "untilOn"],
  properties: {
    courtBanId: { type: "string", pattern: uuidPattern },
    place: text(200),
    reason: text(1000),
    fromOn: date,
    untilOn: date,
  },
} as const;

export const specialPlaceDecisionBody = {
  type: "object",
  additionalProperties: false,
  required: ["approve"],
  properties: { approve: { type: "boolean" }, comment: { type: "string", maxLength: 1000 } },
} as const;

export const listSpecialPlacesQuery = {
  type: "object",
  additionalProperties: false,
  properties: { ...pageQueryProps, status: { type: "string", enum: specialPlaceStatuses } },
} as const;

const specialPlaceProperties = {
  id: str,
  subjectId: str,
  courtBanId: str,
  place: str,
  reason: str,
  fromOn: dateStr,
  untilOn: dateStr,
  status: oneOf(specialPlaceStatuses),
  statusLabel: str,
  decidedAt: nullable(dateTime),
  decisionComment: nullable(str),
  createdAt: dateTime,
  version: int,
} as const;

/** A special-place request (进入特定场所, R-LV-4). */
export const specialPlaceSchema = object(specialPlaceProperties);

export const specialPlaceListSchema = object({ items: { type: "array", items: specialPlaceSchema } });

/** A request across files (the county's queue), with its file and office. */
export const specialPlaceQueueSchema = pageOf(
  object({ ...specialPlaceProperties, subjectName: str, officeId: str, officeName: str }),
);
