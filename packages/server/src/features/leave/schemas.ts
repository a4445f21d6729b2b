import { datePattern, pageQueryProps, uuidPattern } from "../../http/schema-parts.ts";

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
