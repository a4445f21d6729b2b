import L from "leaflet";
import { boundary, boundaryLayer, display, displayLonLat } from "./map-base";
import type { Zone } from "../../features/alerts/types";

/** Where the subject may be (green outline) and where not (red, filled). */
function zoneStyle(z: Zone): L.PathOptions {
  return z.kind === "exclusion"
    ? { color: "#cf1322", weight: 2, fillColor: "#ff4d4f", fillOpacity: 0.18 }
    : { color: "#389e0d", weight: 2, dashArray: "6 4", fillColor: "#52c41a", fillOpacity: 0.06 };
}

function zoneLabel(z: Zone): string {
  const window = z.dailyFrom && z.dailyUntil ? `（每日 ${z.dailyFrom}–${z.dailyUntil}）` : "";
  return `${z.name}${window}`;
}

/**
 * The zones of one subject drawn into `group`: circles and polygons as they are, counties from
 * the shipped boundaries. Answers a function that stops drawing what is still loading.
 */
export function drawZones(group: L.LayerGroup, zones: readonly Zone[]): () => void {
  let cancelled = false;
  for (const z of zones) {
    const style = zoneStyle(z);
    const shape = z.shape;
    if (shape.type === "circle") {
      L.circle(display(shape.lat, shape.lon), { ...style, radius: shape.radiusM })
        .bindTooltip(zoneLabel(z))
        .addTo(group);
    } else if (shape.type === "polygon") {
      L.polygon(
        shape.rings.map((ring) => ring.map((c) => displayLonLat(c))),
        style,
      )
        .bindTooltip(zoneLabel(z))
        .addTo(group);
    } else {
      boundary(shape.code)
        .then((feature) => {
          if (cancelled) return;
          boundaryLayer(feature, { ...style, fillOpacity: z.kind === "exclusion" ? 0.18 : 0 }).addTo(group);
        })
        .catch(() => undefined);
    }
  }
  return () => {
    cancelled = true;
  };
}
