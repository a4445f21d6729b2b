import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/codes.ts";
import {
  METRES_PER_DEGREE,
  distanceMeters,
  offsetLatLon,
  prepareShape,
  zoneShapeProblem,
  type LonLat,
  type PreparedShape,
} from "./geometry.ts";
import { seededRandom, syntheticCounty } from "./synthetic.ts";

/** Plain ray casting over every ring (even-odd), the textbook reference. */
function naiveContains(rings: LonLat[][], lat: number, lon: number): boolean {
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > lat !== yj > lat && lon < xi + ((lat - yi) * (xj - xi)) / (yj - yi)) inside = !inside;
    }
  return inside;
}

/** Metres to the nearest edge over every edge, in a local projection around the point. */
function naiveEdgeDistance(rings: LonLat[][], lat: number, lon: number): number {
  const kx = Math.cos((lat * Math.PI) / 180) * METRES_PER_DEGREE;
  let best = Infinity;
  for (const ring of rings)
    for (let i = 0; i + 1 < ring.length; i++) {
      const ax = (ring[i]![0] - lon) * kx;
      const ay = (ring[i]![1] - lat) * METRES_PER_DEGREE;
      const bx = (ring[i + 1]![0] - lon) * kx;
      const by = (ring[i + 1]![1] - lat) * METRES_PER_DEGREE;
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  return best;
}

/** Random points over the shape's bounding box widened by 10%, and as many within ~1 km of `ring`. */
function samplePoints(shape: PreparedShape, ring: LonLat[], n: number, seed: number): [number, number][] {
  const rand = seededRandom(seed);
  const b = shape.bbox;
  const pts: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    pts.push([
      b.minLat + (b.maxLat - b.minLat) * (rand() * 1.2 - 0.1),
      b.minLon + (b.maxLon - b.minLon) * (rand() * 1.2 - 0.1),
    ]);
    const v = ring[Math.floor(rand() * (ring.length - 1))]!;
    const p = offsetLatLon(v[1], v[0], (rand() - 0.5) * 2000, (rand() - 0.5) * 2000);
    pts.push([p.lat, p.lon]);
  }
  return pts;
}

const county = syntheticCounty({ vertices: 3000 });
const countyShape = prepareShape({ type: "polygon", rings: [county] });

describe("distanceMeters", () => {
  it("measures a degree of latitude and a long distance (haversine, R = 6371008.8 m)", () => {
    expect(distanceMeters(23, 113, 24, 113)).toBeCloseTo(111_195.08, 1);
    expect(distanceMeters(23, 113, 23, 113)).toBe(0);
    // 北京天安门 → 上海人民广场, about 1,067 km on the sphere.
    const d = distanceMeters(39.9087, 116.3975, 31.2304, 121.4737);
    expect(d).toBeGreaterThan(1_060_000);
    expect(d).toBeLessThan(1_075_000);
  });

  it("agrees with offsetLatLon over short distances", () => {
    const p = offsetLatLon(23.03, 113.14, 300, -400);
    expect(distanceMeters(23.03, 113.14, p.lat, p.lon)).toBeCloseTo(500, 0);
  });
});

describe("prepareShape: circles", () => {
  const circle = prepareShape({ type: "circle", lat: 23.03, lon: 113.14, radiusM: 200 });

  it("contains points within the radius and measures the signed distance to the rim", () => {
    const inside = offsetLatLon(23.03, 113.14, 150, 0);
    const outside = offsetLatLon(23.03, 113.14, 0, 260);
    expect(circle.contains(inside.lat, inside.lon)).toBe(true);
    expect(circle.contains(outside.lat, outside.lon)).toBe(false);
    expect(circle.signedDistanceM(inside.lat, inside.lon)).toBeCloseTo(-50, 0);
    expect(circle.signedDistanceM(outside.lat, outside.lon)).toBeCloseTo(60, 0);
    expect(circle.edgeDistanceAtMost(outside.lat, outside.lon, 100)).toBeCloseTo(60, 0);
    expect(circle.edgeDistanceAtMost(outside.lat, outside.lon, 50)).toBe(Infinity);
    expect(circle.signedDistanceWithin(23.03, 113.14, 100)).toBe(-Infinity);
  });
});

describe("prepareShape: polygons", () => {
  // A 10 km square with a 2 km square hole, [lon, lat] rings.
  const sq = (lat: number, lon: number, halfM: number): LonLat[] => {
    const a = offsetLatLon(lat, lon, -halfM, -halfM);
    const b = offsetLatLon(lat, lon, halfM, halfM);
    return [
      [a.lon, a.lat],
      [b.lon, a.lat],
      [b.lon, b.lat],
      [a.lon, b.lat],
      [a.lon, a.lat],
    ];
  };
  const withHole = prepareShape({ type: "polygon", rings: [sq(23, 113, 5000), sq(23, 113, 1000)] });

  it("treats holes as outside and measures distances to the hole's edge", () => {
    const inRing = offsetLatLon(23, 113, 3000, 0);
    expect(withHole.contains(inRing.lat, inRing.lon)).toBe(true);
    expect(withHole.contains(23, 113)).toBe(false);
    expect(withHole.signedDistanceM(23, 113)).toBeCloseTo(1000, -1);
    expect(withHole.signedDistanceM(inRing.lat, inRing.lon)).toBeCloseTo(-2000, -1);
    const out = offsetLatLon(23, 113, 0, 5400);
    expect(withHole.signedDistanceM(out.lat, out.lon)).toBeCloseTo(400, -1);
    expect(withHole.contains(40, 113)).toBe(false);
    expect(withHole.signedDistanceM(24, 113)).toBeGreaterThan(100_000);
  });

  it("accepts open rings and multipolygons", () => {
    const open = sq(23, 113, 500).slice(0, 4);
    const far = sq(23.5, 113.5, 500);
    const multi = prepareShape({ type: "multipolygon", polygons: [[open], [far]] });
    expect(multi.contains(23, 113)).toBe(true);
    expect(multi.contains(23.5, 113.5)).toBe(true);
    expect(multi.contains(23.25, 113.25)).toBe(false);
    expect(multi.vertexCount).toBe(8);
    expect(multi.signedDistanceM(23, 113)).toBeCloseTo(-500, -1);
  });

  it("contains agrees with plain ray casting on an irregular 3,000-vertex outline", () => {
    let inside = 0;
    const disagree: [number, number][] = [];
    for (const [lat, lon] of samplePoints(countyShape, county, 2000, 11)) {
      const c = countyShape.contains(lat, lon);
      if (c !== naiveContains([county], lat, lon)) disagree.push([lat, lon]);
      if (c) inside++;
    }
    expect(disagree).toEqual([]);
    expect(inside).toBeGreaterThan(1000);
    expect(inside).toBeLessThan(3000);
  });

  it("edgeDistanceAtMost agrees with the distance to every edge, and stops at the limit", () => {
    for (const [lat, lon] of samplePoints(countyShape, county, 400, 12)) {
      const exact = naiveEdgeDistance([county], lat, lon);
      const near = countyShape.edgeDistanceAtMost(lat, lon, 500);
      if (exact <= 499) expect(near).toBeCloseTo(exact, 3);
      else if (exact > 501) expect(near).toBe(Infinity);
      const signed = countyShape.signedDistanceM(lat, lon);
      expect(Math.abs(signed)).toBeCloseTo(exact, 3);
      expect(signed < 0).toBe(countyShape.contains(lat, lon));
      const within = countyShape.signedDistanceWithin(lat, lon, 300);
      if (exact > 301) expect(Math.abs(within)).toBe(Infinity);
      if (exact > 301) expect(within < 0).toBe(signed < 0);
    }
  });

  it("handles long edges (a few vertices, large extent) in both indexes", () => {
    const tri = prepareShape({
      type: "polygon",
      rings: [
        [
          [113, 23],
          [113.5, 23.02],
          [113.1, 23.6],
        ],
      ],
    });
    const rings: LonLat[][] = [
      [
        [113, 23],
        [113.5, 23.02],
        [113.1, 23.6],
        [113, 23],
      ],
    ];
    const rand = seededRandom(5);
    for (let i = 0; i < 2000; i++) {
      const lat = 22.9 + rand() * 0.8;
      const lon = 112.9 + rand() * 0.7;
      expect(tri.contains(lat, lon)).toBe(naiveContains(rings, lat, lon));
      expect(Math.abs(tri.signedDistanceM(lat, lon))).toBeCloseTo(naiveEdgeDistance(rings, lat, lon), 3);
    }
  });
});

describe("zone shapes: validation", () => {
  it("names the problem with a bad shape, and prepareShape refuses it", () => {
    expect(zoneShapeProblem({ type: "circle", lat: 23, lon: 113, radiusM: 100 })).toBeNull();
    expect(zoneShapeProblem({ type: "circle", lat: 95, lon: 113, radiusM: 100 })).toMatch(/centre/);
    expect(zoneShapeProblem({ type: "circle", lat: 23, lon: 113, radiusM: 0 })).toMatch(/radiusM/);
    expect(zoneShapeProblem({ type: "polygon", rings: [] })).toMatch(/rings/);
    expect(
      zoneShapeProblem({
        type: "polygon",
        rings: [
          [
            [113, 23],
            [113, 23],
            [113.1, 23],
          ],
        ],
      }),
    ).toMatch(/fewer than 3/);
    expect(zoneShapeProblem({ type: "polygon", rings: [[[23, "x"]]] })).toMatch(/position/);
    expect(zoneShapeProblem({ type: "division", code: "440605" })).toMatch(/type/);
    expect(zoneShapeProblem(null)).toMatch(/object/);
    expect(() => prepareShape({ type: "polygon", rings: [[[113, 23]]] })).toThrow(DomainError);
  });
});
