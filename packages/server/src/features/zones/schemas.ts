import { zoneKindValues } from "@zhijiao/domain";
import { uuidPattern } from "../../http/schema-parts.ts";

const clock = { type: "string", pattern: "^\\d{2}:\\d{2}$" } as const;

/** The shape's structure; what makes it a usable zone (closed rings, radius range) is the domain's check. */
const shape = {
  type: "object",
  additionalProperties: false,
  required: ["type"],
  properties: {
    type: { type: "string", enum: ["circle", "polygon"] },
    lat: { type: "number" },
    lon: { type: "number" },
    radiusM: { type: "number" },
    rings: {
      type: "array",
      maxItems: 50,
      items: {
        type: "array",
        maxItems: 5000,
        items: { type: "array", minItems: 2, maxItems: 2, items: { type: "number" } },
      },
    },
  },
} as const;

export const zoneBody = {
  type: "object",
  additionalProperties: false,
  required: ["kind", "name", "shape"],
  properties: {
    kind: { type: "string", enum: zoneKindValues },
    name: { type: "string", minLength: 1, maxLength: 100, pattern: "\\S" },
    shape,
    toleranceM: { type: "integer", minimum: 0, maximum: 5000 },
    activeFrom: { type: "string", format: "date-time" },
    activeUntil: { type: "string", format: "date-time" },
    dailyFrom: clock,
    dailyUntil: clock,
    courtBanId: { type: "string", pattern: uuidPattern },
  },
} as const;
