/**
 * Stops on a trajectory, as the playback screen lists them: places where the subject stayed at
 * least `minDurationMs` within `radiusM` of where the stay began (the stay-point rule of Li et
 * al., "Mining user similarity based on location history", 2008). Pure: times are read from the
 * points, never from a clock.
 */
import { distanceMeters } from "./geometry.ts";

export interface StopOptions {
  /** Shortest stay that counts as a stop (default 5 minutes). */
  minDurationMs: number;
  /** How far from the first point of the stay the later points may be (default 100 m). */
  radiusM: number;
}

export const defaultStopOptions: StopOptions = { minDurationMs: 5 * 60_000, radiusM: 100 };

/** A point of a trajectory: `time` is an ISO timestamp or epoch milliseconds. */
export interface StopPoint {
  time: string | number;
  lat: number;
  lon: number;
}

export interface TrackStop {
  /** Indexes of the first and last point of the stay in the input. */
  firstIndex: number;
  lastIndex: number;
  /** ISO timestamps of the first and last point. */
  from: string;
  until: string;
  durationMs: number;
  /** The mean position of the stay's points. */
  lat: number;
  lon: number;
  points: number;
}

function epochOf(time: string | number): number {
  return typeof time === "number" ? time : Date.parse(time);
}

/**
 * The stops of a trajectory ordered by time (points must be in time order). A stop begins at a
 * point and takes every following point within `radiusM` of it; it counts when its first and
 * last point are at least `minDurationMs` apart, and the search resumes after it.
 */
export function detectStops(points: readonly StopPoint[], options: Partial<StopOptions> = {}): TrackStop[] {
  const { minDurationMs, radiusM } = { ...defaultStopOptions, ...options };
  const times = points.map((p) => epochOf(p.time));
  const stops: TrackStop[] = [];
  let i = 0;
  while (i < points.length) {
    const anchor = points[i]!;
    let j = i + 1;
    while (
      j < points.length &&
      distanceMeters(anchor.lat, anchor.lon, points[j]!.lat, points[j]!.lon) <= radiusM
    )
      j++;
    const last = j - 1;
    const durationMs = times[last]! - times[i]!;
    if (last > i && durationMs >= minDurationMs) {
      let lat = 0;
      let lon = 0;
      for (let k = i; k <= last; k++) {
        lat += points[k]!.lat;
        lon += points[k]!.lon;
      }
      const n = last - i + 1;
      stops.push({
        firstIndex: i,
        lastIndex: last,
        from: new Date(times[i]!).toISOString(),
        until: new Date(times[last]!).toISOString(),
        durationMs,
        lat: lat / n,
        lon: lon / n,
        points: n,
      });
      i = j;
    } else {
      i++;
    }
  }
  return stops;
}
