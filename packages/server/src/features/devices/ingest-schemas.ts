import { int, object, str } from "../../http/schema-parts.ts";

const num = (min: number, max: number) => ({ type: "number", minimum: min, maximum: max }) as const;
const nullableNum = (min: number, max: number) =>
  ({ type: ["number", "null"], minimum: min, maximum: max }) as const;

/** POST /api/ingest/positions. Ranges are checked per fix by ingest (a bad fix is rejected alone). */
export const ingestBody = {
  type: "object",
  additionalProperties: false,
  required: ["positions"],
  properties: {
    positions: {
      type: "array",
      minItems: 1,
      maxItems: 1000,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["time", "lat", "lon"],
        properties: {
          time: { type: "string", format: "date-time" },
          lat: { type: "number" },
          lon: { type: "number" },
          accuracy: nullableNum(0, 100000),
          speed: nullableNum(0, 2000),
          heading: nullableNum(0, 360),
          altitude: nullableNum(-1000, 20000),
          battery: nullableNum(0, 100),
          coordinateSystem: { type: "string", enum: ["wgs84", "gcj02", "bd09"] },
          events: {
            type: "array",
            maxItems: 3,
            items: { type: "string", enum: ["sos", "tamper", "low_battery"] },
          },
        },
      },
    },
  },
} as const;

/** The OsmAnd protocol as Traccar Client sends it (query string; numbers arrive as text). */
export const osmandQuery = {
  type: "object",
  additionalProperties: true,
  required: ["id", "lat", "lon"],
  properties: {
    id: { type: "string", minLength: 1, maxLength: 64 },
    key: { type: "string", maxLength: 128 },
    lat: num(-90, 90),
    lon: num(-180, 180),
    timestamp: { type: "string", maxLength: 40 },
    accuracy: num(0, 100000),
    speed: num(0, 2000),
    bearing: num(0, 360),
    altitude: num(-1000, 20000),
    batt: num(0, 100),
  },
} as const;

/** What ingest answers: fixes accepted, duplicates ignored, and each refused fix with its code. */
export const ingestResultSchema = object({
  accepted: int,
  duplicates: int,
  rejected: { type: "array", items: object({ index: int, code: str }) },
});
