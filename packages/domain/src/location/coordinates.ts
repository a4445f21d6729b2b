/**
 * Coordinate systems met in China (DESIGN.md "Maps and coordinates"): WGS-84 (GPS, JT/T 808
 * terminals, TianDiTu's CGCS2000 is within centimetres of it), GCJ-02 (the state-mandated offset
 * used by AMap, Tencent and most Chinese phone SDKs) and BD-09 (Baidu, a further offset of
 * GCJ-02). We store WGS-84 and convert declared inputs on arrival.
 */
export type CoordinateSystem = "wgs84" | "gcj02" | "bd09";
export const coordinateSystems: readonly CoordinateSystem[] = ["wgs84", "gcj02", "bd09"];

export interface LatLon {
  lat: number;
  lon: number;
}

const A = 6378245.0; // Krasovsky 1940 semi-major axis, as the GCJ-02 algorithm uses it
const EE = 0.006693421622965943;
const X_PI = (Math.PI * 3000.0) / 180.0;

/** GCJ-02 applies only inside China's rough bounding box; outside it equals WGS-84. */
export function outsideChina(lat: number, lon: number): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function transformLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return r;
}

function transformLon(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return r;
}

/** WGS-84 → GCJ-02 (the published forward algorithm). */
export function wgs84ToGcj02(lat: number, lon: number): LatLon {
  if (outsideChina(lat, lon)) return { lat, lon };
  let dLat = transformLat(lon - 105.0, lat - 35.0);
  let dLon = transformLon(lon - 105.0, lat - 35.0);
  const radLat = (lat / 180.0) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  dLon = (dLon * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { lat: lat + dLat, lon: lon + dLon };
}

/** GCJ-02 → WGS-84 by fixed-point iteration on the forward algorithm (error < 1 cm). */
export function gcj02ToWgs84(lat: number, lon: number): LatLon {
  if (outsideChina(lat, lon)) return { lat, lon };
  let wLat = lat;
  let wLon = lon;
  for (let i = 0; i < 10; i++) {
    const g = wgs84ToGcj02(wLat, wLon);
    const eLat = g.lat - lat;
    const eLon = g.lon - lon;
    wLat -= eLat;
    wLon -= eLon;
    if (Math.abs(eLat) < 1e-9 && Math.abs(eLon) < 1e-9) break;
  }
  return { lat: wLat, lon: wLon };
}

/** GCJ-02 → BD-09. */
export function gcj02ToBd09(lat: number, lon: number): LatLon {
  const z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
  const theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
  return { lat: z * Math.sin(theta) + 0.006, lon: z * Math.cos(theta) + 0.0065 };
}

/** BD-09 → GCJ-02. */
export function bd09ToGcj02(lat: number, lon: number): LatLon {
  const x = lon - 0.0065;
  const y = lat - 0.006;
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
  return { lat: z * Math.sin(theta), lon: z * Math.cos(theta) };
}

/** A point declared in `system`, in WGS-84. */
export function toWgs84(lat: number, lon: number, system: CoordinateSystem): LatLon {
  switch (system) {
    case "wgs84":
      return { lat, lon };
    case "gcj02":
      return gcj02ToWgs84(lat, lon);
    case "bd09": {
      const g = bd09ToGcj02(lat, lon);
      return gcj02ToWgs84(g.lat, g.lon);
    }
  }
}

/** A WGS-84 point for display on a base map in `system` (AMap tiles are GCJ-02, Baidu's BD-09). */
export function fromWgs84(lat: number, lon: number, system: CoordinateSystem): LatLon {
  switch (system) {
    case "wgs84":
      return { lat, lon };
    case "gcj02":
      return wgs84ToGcj02(lat, lon);
    case "bd09": {
      const g = wgs84ToGcj02(lat, lon);
      return gcj02ToBd09(g.lat, g.lon);
    }
  }
}

/** Whether a latitude and longitude are valid degrees. */
export function validLatLon(lat: number, lon: number): boolean {
  return Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}
