import { describe, expect, it } from "vitest";
import { offsetLatLon } from "./geometry.ts";
import { detectStops, type StopPoint } from "./stops.ts";

const T0 = Date.parse("2026-11-20T08:00:00+08:00");
const HOME = { lat: 23.03, lon: 113.15 };
const minute = 60_000;

/** A fix `minutes` after T0, `eastM`/`northM` metres from HOME. */
function fix(minutes: number, eastM = 0, northM = 0): StopPoint {
  return {
    time: new Date(T0 + minutes * minute).toISOString(),
    ...offsetLatLon(HOME.lat, HOME.lon, eastM, northM),
  };
}

/** Walking east at `mPerMin`, one fix a minute, from minute `start` for `count` minutes. */
function walk(start: number, count: number, fromEastM: number, mPerMin = 80): StopPoint[] {
  return Array.from({ length: count }, (_, k) => fix(start + k, fromEastM + (k + 1) * mPerMin));
}

describe("detectStops", () => {
  it("finds nothing on an empty or one-point track", () => {
    expect(detectStops([])).toEqual([]);
    expect(detectStops([fix(0)])).toEqual([]);
  });

  it("finds nothing while the subject keeps moving", () => {
    expect(detectStops(walk(0, 60, 0))).toEqual([]);
  });

  it("finds a stay of 10 minutes with 30 m noise, between two walks", () => {
    const noise = [0, 20, -25, 10, 30, -15, 5, -30, 25, 0, 15];
    const stay = noise.map((n, k) => fix(10 + k, 2000 + n, -n));
    const points = [...walk(0, 10, 1200), ...stay, ...walk(21, 10, 2100)];
    const stops = detectStops(points);
    expect(stops).toHaveLength(1);
    const [s] = stops;
    expect(s!.firstIndex).toBe(9); // the last walking fix (at 2000 m) already stands at the place
    expect(s!.lastIndex).toBe(9 + noise.length);
    expect(s!.durationMs).toBe(11 * minute);
    expect(s!.from).toBe(new Date(T0 + 9 * minute).toISOString());
    expect(s!.points).toBe(noise.length + 1);
    const centre = offsetLatLon(HOME.lat, HOME.lon, 2000, 0);
    expect(Math.abs(s!.lat - centre.lat)).toBeLessThan(0.0003);
    expect(Math.abs(s!.lon - centre.lon)).toBeLessThan(0.0003);
  });

  it("does not count a stay shorter than 5 minutes, and counts one of exactly 5", () => {
    const short = [fix(0), fix(1, 10), fix(2, 20), fix(4, 5)];
    expect(detectStops(short)).toEqual([]);
    const exact = [fix(0), fix(2, 10), fix(5, 20)];
    expect(detectStops(exact)).toHaveLength(1);
  });

  it("keeps points farther than 100 m from the start of the stay out of it", () => {
    const points = [fix(0), fix(3, 60), fix(6, 90), fix(7, 150), fix(8, 300)];
    const [s] = detectStops(points);
    expect(s).toMatchObject({ firstIndex: 0, lastIndex: 2, durationMs: 6 * minute });
  });

  it("finds two stops at two places and honours custom thresholds", () => {
    const points = [fix(0), fix(6, 10), ...walk(7, 5, 10, 200), fix(12, 1010), fix(20, 1020)];
    expect(detectStops(points).map((s) => [s.firstIndex, s.lastIndex])).toEqual([
      [0, 1],
      [6, 8],
    ]);
    expect(detectStops(points, { minDurationMs: 7 * minute })).toHaveLength(1);
    expect(detectStops(points, { radiusM: 5 })).toEqual([]);
  });

  it("accepts epoch milliseconds as times", () => {
    const stops = detectStops([
      { time: T0, ...HOME },
      { time: T0 + 6 * minute, ...HOME },
    ]);
    expect(stops[0]?.durationMs).toBe(6 * minute);
  });
});
