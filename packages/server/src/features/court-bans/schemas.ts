import { datePattern } from "../../http/schema-parts.ts";

const text = (max: number) => ({ type: "string", minLength: 1, maxLength: max }) as const;
const date = { type: "string", pattern: datePattern } as const;

export const courtBanBody = {
  type: "object",
  additionalProperties: false,
  required: ["content", "places", "fromOn", "untilOn"],
  properties: { content: text(1000), places: text(1000), fromOn: date, untilOn: date },
} as const;
