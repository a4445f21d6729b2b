/**
 * The base map of the monitoring screens (DESIGN.md "Maps and coordinates"). With a tile URL
 * configured at build time (`VITE_TILE_URL`: TianDiTu with its key, or any XYZ URL) the tiles
 * are the base layer; without one (offline machines, CI) the shipped county boundaries are, and
 * Leaflet never asks the internet for anything.
 *
 * Build-time settings (Vite env):
 * - VITE_TILE_URL: `{z}/{x}/{y}` template, e.g. TianDiTu
 *   `https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=<key>`;
 * - VITE_TILE_LABEL_URL: an optional annotation layer drawn on top (TianDiTu `cva_w`);
 * - VITE_TILE_SUBDOMAINS (e.g. `01234567`), VITE_TILE_ATTRIBUTION, VITE_TILE_MAX_ZOOM;
 * - VITE_TILE_COORDINATES: `wgs84` (default; TianDiTu's CGCS2000 is within centimetres of it)
 *   or `gcj02` (AMap, Tencent): positions are stored in WGS-84 and shifted for display only.
 */
import { fromWgs84 } from "@zhijiao/domain";
import L from "leaflet";
import { api } from "../../api/client";
import type { BoundaryFeature } from "../../features/alerts/types";

interface TileConfig {
  url: string;
  labelUrl: string | null;
  subdomains: string;
  attribution: string;
  maxZoom: number;
  coordinates: "wgs84" | "gcj02";
}

function envString(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}

const env = import.meta.env as Record<string, unknown>;

/** The configured tiles, or null: draw the shipped boundaries instead. */
export const tileConfig: TileConfig | null = (() => {
  const url = envString(env.VITE_TILE_URL);
  if (!url) return null;
  return {
    url,
    labelUrl: envString(env.VITE_TILE_LABEL_URL),
    subdomains: envString(env.VITE_TILE_SUBDOMAINS) ?? "abc",
    attribution: envString(env.VITE_TILE_ATTRIBUTION) ?? "",
    maxZoom: Number(envString(env.VITE_TILE_MAX_ZOOM) ?? 18),
    coordinates: envString(env.VITE_TILE_COORDINATES) === "gcj02" ? "gcj02" : "wgs84",
  };
})();

/** Where a stored (WGS-84) point is drawn on the base map. */
export function display(lat: number, lon: number): L.LatLng {
  if (tileConfig?.coordinates === "gcj02") {
    const p = fromWgs84(lat, lon, "gcj02");
    return L.latLng(p.lat, p.lon);
  }
  return L.latLng(lat, lon);
}

/** GeoJSON positions ([lon, lat], WGS-84) to where they are drawn. */
export function displayLonLat(c: number[]): L.LatLng {
  return display(c[1]!, c[0]!);
}

const BASE_PANE = "zj-base";

/** Around 南海 and 广州 until the data says where to look. */
const DEFAULT_VIEW: [number, number] = [23.05, 113.2];

/** A Leaflet map in `el`, with the tile layer when one is configured. */
export function createMap(el: HTMLElement): L.Map {
  const map = L.map(el, {
    center: display(...DEFAULT_VIEW),
    zoom: 10,
    minZoom: 3,
    maxZoom: tileConfig?.maxZoom ?? 18,
    zoomControl: true,
    preferCanvas: true,
  });
  map.attributionControl.setPrefix(false);
  // The boundaries drawn as the base layer stay under every zone, track and marker.
  map.createPane(BASE_PANE).style.zIndex = "250";
  if (tileConfig) {
    L.tileLayer(tileConfig.url, {
      subdomains: tileConfig.subdomains,
      attribution: tileConfig.attribution,
      maxZoom: tileConfig.maxZoom,
    }).addTo(map);
    if (tileConfig.labelUrl)
      L.tileLayer(tileConfig.labelUrl, {
        subdomains: tileConfig.subdomains,
        maxZoom: tileConfig.maxZoom,
      }).addTo(map);
  } else {
    map.attributionControl.addAttribution("行政区划：项目内置边界数据（WGS-84）");
  }
  return map;
}

const boundaryCache = new Map<string, Promise<BoundaryFeature>>();

/** A county of the shipped boundaries (GB/T 2260 code), fetched once per page load. */
export function boundary(code: string): Promise<BoundaryFeature> {
  let p = boundaryCache.get(code);
  if (!p) {
    p = api.get<BoundaryFeature>(`/api/boundaries/${encodeURIComponent(code)}`);
    void p.catch(() => boundaryCache.delete(code));
    boundaryCache.set(code, p);
  }
  return p;
}

/** A boundary feature as a Leaflet layer in display coordinates. */
export function boundaryLayer(feature: BoundaryFeature, style: L.PathOptions): L.GeoJSON {
  return L.geoJSON(feature as unknown as GeoJSON.GeoJsonObject, {
    style: () => style,
    coordsToLatLng: (c) => displayLonLat(c as number[]),
    interactive: false,
  });
}

/** The base layer without tiles: the county, filled like land, its outline like a border. */
export const baseBoundaryStyle: L.PathOptions = {
  pane: BASE_PANE,
  color: "#5b6b7f",
  weight: 1.5,
  fillColor: "#fbfaf5",
  fillOpacity: 1,
};

/** The county a caller works in: an office's or a county's division code, cut to the county. */
export function callerCounty(org: { kind: string; divisionCode: string }): string | null {
  if (org.kind !== "office" && org.kind !== "county") return null;
  return /^\d{6}/.test(org.divisionCode) ? org.divisionCode.slice(0, 6) : null;
}
