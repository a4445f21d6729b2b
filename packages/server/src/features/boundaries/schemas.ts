import { nullable, num, object, str } from "../../http/schema-parts.ts";

/** A GB/T 2260 administrative division code (6 digits). */
export const divisionCodePattern = "^[0-9]{6}$";

export const listBoundariesQuery = {
  type: "object",
  additionalProperties: false,
  properties: { parent: { type: "string", pattern: divisionCodePattern } },
} as const;

export const boundaryParams = {
  type: "object",
  additionalProperties: false,
  required: ["code"],
  properties: { code: { type: "string", pattern: divisionCodePattern } },
} as const;

/** The divisions under a parent (provinces, a province's cities, a city's counties). */
export const divisionListSchema = object({
  items: { type: "array", items: object({ code: str, name: str }) },
});

const numbers = { type: "array", items: num } as const;

/** A county as a GeoJSON Feature (RFC 7946: WGS-84, [lon, lat], with its bounding box). */
export const boundaryFeatureSchema = object({
  type: { type: "string", const: "Feature" },
  id: str,
  bbox: numbers,
  properties: object({ code: str, name: str, parent: str, parentName: nullable(str) }),
  geometry: object({
    type: { type: "string", const: "MultiPolygon" },
    coordinates: { type: "array", items: { type: "array", items: { type: "array", items: numbers } } },
  }),
});
