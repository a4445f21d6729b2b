import { dateStr, dateTime, datePattern, object, str } from "../../http/schema-parts.ts";

const text = (max: number) => ({ type: "string", minLength: 1, maxLength: max }) as const;
const date = { type: "string", pattern: datePattern } as const;

export const courtBanBody = {
  type: "object",
  additionalProperties: false,
  required: ["content", "places", "fromOn", "untilOn"],
  properties: { content: text(1000), places: text(1000), fromOn: date, untilOn: date },
} as const;

/** A court ban (禁止令, R-LV-5). */
export const courtBanSchema = object({
  id: str,
  subjectId: str,
  content: str,
  places: str,
  fromOn: dateStr,
  untilOn: dateStr,
  createdAt: dateTime,
});

export const courtBanListSchema = object({ items: { type: "array", items: courtBanSchema } });
