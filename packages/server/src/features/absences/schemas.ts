import { datePattern } from "../../http/schema-parts.ts";

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
