import { bool, datePattern, dateStr, dateTime, int, object, str } from "../../http/schema-parts.ts";

export const calendarYearParams = {
  type: "object",
  additionalProperties: false,
  required: ["year"],
  properties: { year: { type: "integer", minimum: 2000, maximum: 2100 } },
} as const;

export const calendarYearBody = {
  type: "object",
  additionalProperties: false,
  required: ["days"],
  properties: {
    source: { type: "string", maxLength: 100 },
    days: {
      type: "array",
      // A real year always has holidays; an empty list is a mistake, not a schedule.
      minItems: 1,
      maxItems: 366,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["date", "working", "name"],
        properties: {
          date: { type: "string", pattern: datePattern },
          working: { type: "boolean" },
          name: { type: "string", minLength: 1, maxLength: 20 },
        },
      },
    },
  },
} as const;

/** A holiday or a swapped working day. */
export const calendarDaySchema = object({ date: dateStr, working: bool, name: str });

/** A loaded year: where its schedule came from and when. */
export const calendarYearSchema = object({ year: int, source: str, loadedAt: dateTime });

export const calendarSchema = object({
  years: { type: "array", items: calendarYearSchema },
  days: { type: "array", items: calendarDaySchema },
});

export const calendarYearAnswerSchema = object({
  year: int,
  days: { type: "array", items: calendarDaySchema },
});
