import { datePattern, pageQueryProps, uuidPattern } from "../../http/schema-parts.ts";

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
  properties: { ...pageQueryProps, status: { type: "string", enum: ["pending", "approved", "rejected"] } },
} as const;
