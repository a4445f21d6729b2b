/** What the ingest benchmark's devices do: where they are and when they go out of their zone. */
import { COUNTY_CODE, type BenchDevice, type IngestBenchOptions, type Phase } from "./ingest.ts";
import { offsetLatLon, prepareShape, type PreparedShape } from "@zhijiao/domain";
import type { Random } from "../../packages/server/src/demo/random.ts";
import { boundaries } from "../../packages/server/src/ingest/location-runtime.ts";
import type { DeviceFix } from "../../packages/server/src/ingest/types.ts";

export interface Plan {
  /** Fixes of each load device, in time order: 1 + 2 × rounds. */
  fixes: DeviceFix[][];
  /** Excursion devices: in which phase, and the times (ms) of their fixes beyond the boundary. */
  excursions: Map<number, { phase: Phase; outTimes: number[] }>;
}

/** Points well inside the county (at least `marginM` from its boundary). */
export function innerPoints(
  shape: PreparedShape,
  n: number,
  marginM: number,
  rng: Random,
): { lat: number; lon: number }[] {
  const b = shape.bbox;
  const out: { lat: number; lon: number }[] = [];
  for (let tries = 0; out.length < n && tries < n * 200; tries++) {
    const lat = b.minLat + (b.maxLat - b.minLat) * rng.next();
    const lon = b.minLon + (b.maxLon - b.minLon) * rng.next();
    if (shape.signedDistanceM(lat, lon) < -marginM) out.push({ lat, lon });
  }
  if (out.length === 0) throw new Error("no point found inside the county");
  return out;
}

/** Offsets (km along a ray from the county's middle through a boundary vertex) of an excursion's fixes. */
export const EXCURSION_KM = { home: -1.5, out: [0.9, 1.5, 2.1, 2.5], back: [1.3, -0.2] };

/**
 * Excursion paths: rays from the middle of the county's bounding box through a vertex of its
 * outline, kept when the home point is inside, the return point inside, and every outside point
 * at least 600 m beyond the line (the residence band is 300 m, plus the fix's accuracy).
 */
export function excursionPaths(
  shape: PreparedShape,
  polygons: [number, number][][][],
  n: number,
  rng: Random,
): { lat: number; lon: number }[][] {
  const b = shape.bbox;
  const midLat = (b.minLat + b.maxLat) / 2;
  const midLon = (b.minLon + b.maxLon) / 2;
  const vertices = polygons.flatMap((p) => p[0] ?? []);
  const paths: { lat: number; lon: number }[][] = [];
  for (let tries = 0; paths.length < n && tries < 20_000; tries++) {
    const [vLon, vLat] = rng.pick(vertices);
    const dE = (vLon - midLon) * Math.cos((midLat * Math.PI) / 180);
    const dN = vLat - midLat;
    const len = Math.hypot(dE, dN);
    if (len === 0) continue;
    const at = (km: number) => offsetLatLon(vLat, vLon, (dE / len) * km * 1000, (dN / len) * km * 1000);
    const home = at(EXCURSION_KM.home);
    const out = EXCURSION_KM.out.map(at);
    const back = EXCURSION_KM.back.map(at);
    if (shape.signedDistanceM(home.lat, home.lon) > -300) continue;
    if (shape.signedDistanceM(back[1]!.lat, back[1]!.lon) > 0) continue;
    if ([...out, back[0]!].some((p) => shape.signedDistanceM(p.lat, p.lon) < 600)) continue;
    paths.push([home, ...out, ...back]);
  }
  return paths;
}

/**
 * Every device's fixes: round 0 (first contact, not timed), rounds 1..R (the throughput phase, as
 * fast as the pipeline answers), rounds R+1..2R (the paced phase). Excursion devices leave the
 * county in one of the two measured phases: set "saturated" in the first, set "paced" in the
 * second; their walk is home, four fixes beyond the line, back, home.
 */
export function plan(
  devices: BenchDevice[],
  opts: IngestBenchOptions,
  startMs: number,
  rng: Random,
): Plan & { paths: number } {
  const county = boundaries().county(COUNTY_CODE);
  if (!county)
    throw new Error(
      `no boundary for ${COUNTY_CODE} in packages/server/data/boundaries: the ingest bench needs the shipped county polygons`,
    );
  const shape = prepareShape({ type: "multipolygon", polygons: county.polygons });
  const homes = innerPoints(shape, 2000, 1500, rng);
  const R = opts.rounds;
  const rounds = 1 + 2 * R;
  const pathLength = 1 + EXCURSION_KM.out.length + EXCURSION_KM.back.length;
  // Per phase: the excursion starts at round lo + 1 or later and is home again before the phase ends.
  const perPhase = R >= pathLength + 2 ? Math.round(devices.length * opts.excursionShare) : 0;
  const paths = perPhase ? excursionPaths(shape, county.polygons, Math.min(200, 2 * perPhase), rng) : [];
  const excursions = new Map<number, { phase: Phase; outTimes: number[] }>();
  const fixes: DeviceFix[][] = [];
  const step = opts.interval * 1000;
  const outCount = EXCURSION_KM.out.length;
  const stride = perPhase ? Math.max(2, Math.floor(devices.length / perPhase)) : 0;
  const count = { saturated: 0, paced: 0 };
  devices.forEach((_, i) => {
    const offset = Math.floor(rng.next() * step);
    const list: DeviceFix[] = [];
    // The excursion devices, spread evenly over the fleet: i ≡ 0 (saturated) or stride/2 (paced).
    const phase: Phase | null =
      paths.length && stride
        ? i % stride === 0 && count.saturated < perPhase
          ? "saturated"
          : i % stride === Math.floor(stride / 2) && count.paced < perPhase
            ? "paced"
            : null
        : null;
    if (phase) {
      const path = paths[excursions.size % paths.length]!;
      count[phase]++;
      const lo = phase === "saturated" ? 1 : R + 1;
      const leaveAt = lo + 1 + rng.int(0, R - pathLength - 2);
      const outTimes: number[] = [];
      for (let k = 0; k < rounds; k++) {
        const j = k >= leaveAt && k - leaveAt + 1 < pathLength ? k - leaveAt + 1 : 0;
        const p = path[j]!;
        const jitter = offsetLatLon(p.lat, p.lon, (rng.next() - 0.5) * 40, (rng.next() - 0.5) * 40);
        const time = startMs + k * step + offset;
        if (j >= 1 && j <= outCount) outTimes.push(time);
        list.push({
          time: new Date(time),
          lat: jitter.lat,
          lon: jitter.lon,
          accuracyM: 20,
          speedKmh: 40,
          battery: 80,
        });
      }
      excursions.set(i, { phase, outTimes });
    } else {
      // A walk of up to 800 m around home (at least 1,500 m inside): never near the line.
      const home = homes[i % homes.length]!;
      const r = 200 + rng.next() * 600;
      const a0 = rng.next() * 2 * Math.PI;
      for (let k = 0; k < rounds; k++) {
        const a = a0 + k * 0.15;
        const p = offsetLatLon(home.lat, home.lon, r * Math.cos(a), r * Math.sin(a));
        list.push({
          time: new Date(startMs + k * step + offset),
          lat: p.lat,
          lon: p.lon,
          accuracyM: 10 + Math.floor(rng.next() * 20),
          speedKmh: 4,
          battery: 80,
        });
      }
    }
    fixes.push(list);
  });
  return { fixes, excursions, paths: paths.length };
}

// ---------------------------------------------------------------------------------------------
// Profile: times the pipeline's phases by wrapping prototype methods (pipeline.ts is not touched)
