/**
 * The small maps of the 电子定位 tab, on the monitoring map helpers: the zones in force over the
 * residence county (no tiles unless configured), and a drawing map for a new zone where clicks
 * set a circle's centre or a polygon's corners. Points are kept in WGS-84 (as stored); a map on
 * GCJ-02 tiles shows them shifted and clicks are shifted back.
 */
import { toWgs84 } from "@zhijiao/domain";
import { Alert, Button, Typography } from "antd";
import L from "leaflet";
import { useEffect } from "react";
import { display, tileConfig } from "../../components/map/map-base";
import type { Zone } from "../alerts/types";
import { useBoundaryBase, useLeafletMap } from "../../components/map/use-map";
import { drawZones } from "../../components/map/zone-layer";
import "../positioning/positioning.css";

/** A drawn point, WGS-84 `[lat, lon]`. */
export type DrawnPoint = [number, number];

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Where a click on the map lies in WGS-84. */
function clickedPoint(ll: L.LatLng): DrawnPoint {
  const p =
    tileConfig?.coordinates === "gcj02" ? toWgs84(ll.lat, ll.lng, "gcj02") : { lat: ll.lat, lon: ll.lng };
  return [round6(p.lat), round6(p.lon)];
}

/** The zones drawn on a map, and the view fitted to the drawn shapes (not the county) when there are any. */
function useZoneLayer(map: L.Map | null, zones: readonly Zone[], fitDrawn: boolean) {
  useEffect(() => {
    if (!map) return;
    const group = L.featureGroup().addTo(map);
    const stop = drawZones(group, zones);
    if (fitDrawn && zones.some((z) => z.shape.type !== "division")) {
      const bounds = group.getBounds();
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
    }
    return () => {
      stop();
      group.remove();
    };
  }, [map, zones, fitDrawn]);
}

/** The zones in force on a small map over the residence county. */
export function ZoneMap({ zones, county }: { zones: readonly Zone[]; county: string | null }) {
  const { ref, map } = useLeafletMap();
  const drawn = zones.some((z) => z.shape.type !== "division");
  const baseError = useBoundaryBase(map, county ? [county] : [], !drawn);
  useZoneLayer(map, zones, drawn);
  return (
    <div className="zone-map" data-testid="zone-map">
      <div ref={ref} className="zone-map-canvas" />
      {baseError && <Alert className="zone-map-note" type="warning" showIcon title={baseError} />}
    </div>
  );
}

/**
 * A form input drawing a circle (one click: the centre) or a polygon (one click per corner) over
 * the county and the zones already in force.
 */
export function ZoneDrawInput({
  value = [],
  onChange,
  mode,
  radiusM,
  zones,
  county,
}: {
  value?: DrawnPoint[];
  onChange?: (points: DrawnPoint[]) => void;
  mode: "circle" | "polygon";
  radiusM: number | undefined;
  zones: readonly Zone[];
  county: string | null;
}) {
  const { ref, map } = useLeafletMap();
  const baseError = useBoundaryBase(map, county ? [county] : []);
  useZoneLayer(map, zones, false);

  // Clicks add to the drawing; the handler is replaced with each change, so it sees the latest points.
  useEffect(() => {
    if (!map) return;
    const onClick = (e: L.LeafletMouseEvent) => {
      const p = clickedPoint(e.latlng);
      onChange?.(mode === "circle" ? [p] : [...value, p]);
    };
    map.on("click", onClick);
    return () => {
      map.off("click", onClick);
    };
  }, [map, mode, value, onChange]);

  // The drawing so far, in the colours of a new zone.
  useEffect(() => {
    if (!map || value.length === 0) return;
    const group = L.layerGroup().addTo(map);
    const style: L.PathOptions = { color: "#1677ff", weight: 2, fillColor: "#1677ff", fillOpacity: 0.15 };
    const at = value.map(([lat, lon]) => display(lat, lon));
    if (mode === "circle") {
      if (radiusM && radiusM > 0)
        L.circle(at[0]!, { ...style, radius: radiusM, interactive: false }).addTo(group);
    } else if (at.length >= 3) L.polygon(at, { ...style, interactive: false }).addTo(group);
    else if (at.length === 2) L.polyline(at, { ...style, interactive: false }).addTo(group);
    for (const p of mode === "circle" ? at.slice(0, 1) : at)
      L.circleMarker(p, {
        radius: 4,
        color: "#1677ff",
        fillColor: "#fff",
        fillOpacity: 1,
        weight: 2,
        interactive: false,
      }).addTo(group);
    return () => {
      group.remove();
    };
  }, [map, value, mode, radiusM]);

  const describe =
    mode === "circle"
      ? value[0]
        ? `圆心 ${value[0][0].toFixed(6)}, ${value[0][1].toFixed(6)}`
        : "在地图上点击设置圆心"
      : value.length
        ? `已选 ${value.length} 个顶点${value.length < 3 ? "，至少 3 个" : ""}`
        : "在地图上依次点击多边形的顶点（至少 3 个，自动闭合）";

  return (
    <div>
      <div className="zone-map zone-map-draw" data-testid="zone-draw-map">
        <div ref={ref} className="zone-map-canvas" />
        {baseError && <Alert className="zone-map-note" type="warning" showIcon title={baseError} />}
      </div>
      <div className="zone-map-toolbar">
        <Typography.Text type="secondary" data-testid="zone-draw-state">
          {describe}
        </Typography.Text>
        {mode === "polygon" && value.length > 0 && (
          <Button size="small" onClick={() => onChange?.(value.slice(0, -1))}>
            撤销上一点
          </Button>
        )}
        {value.length > 0 && (
          <Button size="small" onClick={() => onChange?.([])}>
            清除
          </Button>
        )}
      </div>
    </div>
  );
}
