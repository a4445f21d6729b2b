import { describe, expect, it } from "vitest";
import {
  bd09ToGcj02,
  fromWgs84,
  gcj02ToBd09,
  gcj02ToWgs84,
  outsideChina,
  toWgs84,
  validLatLon,
  wgs84ToGcj02,
  type CoordinateSystem,
} from "./coordinates.ts";
import { seededRandom } from "./synthetic.ts";

/** Points across China (and a few at its edges), deterministic. */
function chinaPoints(n: number): { lat: number; lon: number }[] {
  const rand = seededRandom(2260);
  const pts = [
    { lat: 39.9087, lon: 116.3975 }, // 天安门
    { lat: 23.0288, lon: 113.1432 }, // 南海区
    { lat: 43.8256, lon: 87.6168 }, // 乌鲁木齐
    { lat: 18.2528, lon: 109.512 }, // 三亚
    { lat: 53.3, lon: 122.5 }, // 漠河
  ];
  while (pts.length < n) pts.push({ lat: 18 + rand() * 35, lon: 75 + rand() * 60 });
  return pts;
}

describe("coordinate systems", () => {
  it("converts WGS-84 to GCJ-02 at a known point (天安门)", () => {
    const g = wgs84ToGcj02(39.9087, 116.3975);
    expect(g.lat).toBeCloseTo(39.9101, 4);
    expect(g.lon).toBeCloseTo(116.40374, 4);
    expect(Math.abs(g.lat - 39.9101)).toBeLessThan(2e-5);
    expect(Math.abs(g.lon - 116.40374)).toBeLessThan(2e-5);
  });

  it("round-trips WGS-84 → GCJ-02 → WGS-84 within 1e-6 degrees", () => {
    for (const p of chinaPoints(500)) {
      const g = wgs84ToGcj02(p.lat, p.lon);
      const w = gcj02ToWgs84(g.lat, g.lon);
      expect(Math.abs(w.lat - p.lat)).toBeLessThan(1e-6);
      expect(Math.abs(w.lon - p.lon)).toBeLessThan(1e-6);
    }
  });

  // BD-09's published inverse is a closed-form approximation: its round trip is off by up to
  // ~2e-6 degrees (0.2 m), well below any fix's accuracy.
  it("round-trips GCJ-02 → BD-09 → GCJ-02 within 3e-6 degrees (the published inverse)", () => {
    for (const p of chinaPoints(500)) {
      const b = gcj02ToBd09(p.lat, p.lon);
      const g = bd09ToGcj02(b.lat, b.lon);
      const bound = 3e-6;
      expect(Math.abs(g.lat - p.lat)).toBeLessThan(bound);
      expect(Math.abs(g.lon - p.lon)).toBeLessThan(bound);
    }
  });

  it("round-trips fromWgs84 and toWgs84 for every system (within 1e-6 degrees, BD-09 3e-6)", () => {
    const systems: CoordinateSystem[] = ["wgs84", "gcj02", "bd09"];
    for (const p of chinaPoints(200))
      for (const s of systems) {
        const shown = fromWgs84(p.lat, p.lon, s);
        const back = toWgs84(shown.lat, shown.lon, s);
        const bound = s === "bd09" ? 3e-6 : 1e-6;
        expect(Math.abs(back.lat - p.lat)).toBeLessThan(bound);
        expect(Math.abs(back.lon - p.lon)).toBeLessThan(bound);
      }
  });

  it("offsets by hundreds of metres, as the published algorithms do", () => {
    const g = wgs84ToGcj02(23.0288, 113.1432);
    const b = fromWgs84(23.0288, 113.1432, "bd09");
    // GCJ-02 moves points by ~100-700 m in China; BD-09 adds ~0.006° more.
    expect(Math.hypot(g.lat - 23.0288, g.lon - 113.1432)).toBeGreaterThan(0.001);
    expect(Math.hypot(g.lat - 23.0288, g.lon - 113.1432)).toBeLessThan(0.01);
    expect(Math.hypot(b.lat - g.lat, b.lon - g.lon)).toBeGreaterThan(0.005);
    expect(Math.hypot(b.lat - g.lat, b.lon - g.lon)).toBeLessThan(0.015);
  });

  it("leaves points outside China unchanged in GCJ-02", () => {
    expect(outsideChina(48.8584, 2.2945)).toBe(true);
    expect(wgs84ToGcj02(48.8584, 2.2945)).toEqual({ lat: 48.8584, lon: 2.2945 });
    expect(gcj02ToWgs84(48.8584, 2.2945)).toEqual({ lat: 48.8584, lon: 2.2945 });
    expect(outsideChina(23.0288, 113.1432)).toBe(false);
  });

  it("validates latitude and longitude ranges", () => {
    expect(validLatLon(23, 113)).toBe(true);
    expect(validLatLon(-90, 180)).toBe(true);
    expect(validLatLon(90.0001, 0)).toBe(false);
    expect(validLatLon(0, -180.5)).toBe(false);
    expect(validLatLon(Number.NaN, 0)).toBe(false);
    expect(validLatLon(0, Number.POSITIVE_INFINITY)).toBe(false);
  });
});
