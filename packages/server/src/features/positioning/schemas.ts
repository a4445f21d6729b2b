import { positioningConditions } from "@zhijiao/domain";
import { datePattern, uuidPattern } from "../../http/schema-parts.ts";

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
