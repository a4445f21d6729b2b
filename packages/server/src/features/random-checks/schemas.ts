import { randomCheckStatuses } from "@zhijiao/domain";
import { dateTime, nullable, num, object, oneOf, str } from "../../http/schema-parts.ts";

export const randomCheckBody = {
  type: "object",
  additionalProperties: false,
  required: ["dueMinutes"],
  properties: {
    dueMinutes: { type: "integer", minimum: 5, maximum: 240 },
    note: { type: "string", maxLength: 200 },
  },
} as const;

/** A random check (随机抽查): asked, due, and answered by a check-in (or missed). */
export const randomCheckSchema = object({
  id: str,
  subjectId: str,
  requestedAt: dateTime,
  dueAt: dateTime,
  note: nullable(str),
  status: oneOf(randomCheckStatuses),
  statusLabel: str,
  answeredAt: nullable(dateTime),
  recordId: nullable(str),
  lat: nullable(num),
  lon: nullable(num),
  accuracy: nullable(num),
});

export const randomCheckListSchema = object({ items: { type: "array", items: randomCheckSchema } });
