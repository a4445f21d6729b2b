import type { BoundaryView } from "./get-boundary.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { boundaryFeatureSchema } from "./schemas.ts";

/** A county as a GeoJSON Feature (RFC 7946: WGS-84, [lon, lat], with its bounding box). */
export function presentBoundaryFeature({
  county,
  parentName,
}: BoundaryView): Presented<typeof boundaryFeatureSchema> {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const polygon of county.polygons)
    for (const [lon, lat] of polygon[0] ?? []) {
      if (lon < minLon) minLon = lon;
      if (lon > maxLon) maxLon = lon;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    }
  return {
    type: "Feature" as const,
    id: county.code,
    bbox: [minLon, minLat, maxLon, maxLat],
    properties: { code: county.code, name: county.name, parent: county.parent, parentName },
    geometry: { type: "MultiPolygon" as const, coordinates: county.polygons },
  };
}
