import { zoneKindValues, zoneSourceValues } from "@zhijiao/domain";
import { dateTime, int, nullable, num, object, oneOf, str, uuidPattern } from "../../http/schema-parts.ts";

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

/** A polygon ring position, GeoJSON order: [lon, lat]. */
const lonLat = { type: "array", minItems: 2, maxItems: 2, items: num } as const;

/** A zone's shape, WGS-84: a county of the shipped boundaries, a circle, or a polygon. */
const zoneShapeSchema = {
  anyOf: [
    object({ type: { type: "string", const: "division" }, code: str }),
    object({ type: { type: "string", const: "circle" }, lat: num, lon: num, radiusM: num }),
    object({
      type: { type: "string", const: "polygon" },
      rings: { type: "array", items: { type: "array", items: lonLat } },
    }),
  ],
} as const;

/** A zone in force (the residence zone is implicit: `id` null); daily windows are HH:MM. */
export const zoneSchema = object({
  id: nullable(str),
  subjectId: str,
  kind: oneOf(zoneKindValues),
  kindLabel: str,
  source: oneOf(zoneSourceValues),
  sourceLabel: str,
  sourceId: nullable(str),
  name: str,
  shape: zoneShapeSchema,
  toleranceM: int,
  activeFrom: nullable(dateTime),
  activeUntil: nullable(dateTime),
  dailyFrom: nullable(str),
  dailyUntil: nullable(str),
  createdAt: nullable(dateTime),
  endedAt: nullable(dateTime),
});

export const zoneListSchema = object({ items: { type: "array", items: zoneSchema } });
