/**
 * How a simulated subject moves, one walker per subject (their phone and bracelet, if both,
 * report the same walk): home and often a workplace inside the county of residence, a day
 * shaped by the clock (home at night, commuting morning and evening, a wander in the evening),
 * walking and vehicle speeds, GPS noise, and now and then an excursion out of the county and
 * back. Each walker's day is shifted by a random offset, so that in a short run some are
 * commuting while others sleep. Pure apart from the seeded generator.
 */
import { distanceMeters, offsetLatLon, type PreparedShape } from "@zhijiao/domain";
import type { Random } from "../demo/random.ts";

export interface Point {
  lat: number;
  lon: number;
}

export interface Fix extends Point {
  /** Metres: the accuracy a phone reports (bracelets report none). */
  accuracyM: number;
  speedKmh: number;
  heading: number;
}

export interface WalkerOptions {
  /** Excursions out of the county per walker-hour. */
  excursionRate: number;
}

type Leg = { from: Point; to: Point; departAt: number; arriveAt: number };

const HOUR = 3_600_000;
const SHANGHAI_MS = 8 * HOUR;

/** A random point inside the shape at least `marginM` from its edge. */
export function pointInside(shape: PreparedShape, rng: Random, marginM: number): Point {
  const b = shape.bbox;
  for (let i = 0; i < 10_000; i++) {
    const lat = b.minLat + (b.maxLat - b.minLat) * rng.next();
    const lon = b.minLon + (b.maxLon - b.minLon) * rng.next();
    if (shape.signedDistanceM(lat, lon) < -marginM) return { lat, lon };
  }
  throw new Error("no point found inside the county");
}

function headingOf(a: Point, b: Point): number {
  const y = Math.sin(((b.lon - a.lon) * Math.PI) / 180) * Math.cos((b.lat * Math.PI) / 180);
  const x =
    Math.cos((a.lat * Math.PI) / 180) * Math.sin((b.lat * Math.PI) / 180) -
    Math.sin((a.lat * Math.PI) / 180) *
      Math.cos((b.lat * Math.PI) / 180) *
      Math.cos(((b.lon - a.lon) * Math.PI) / 180);
  return Math.round(((Math.atan2(y, x) * 180) / Math.PI + 360) % 360);
}

/**
 * One subject's movement. `at(t)` answers where they are at epoch ms `t` (calls must come in
 * time order: the evening wander and the excursions are stateful).
 */
export class Walker {
  readonly home: Point;
  readonly work: Point | null;
  /** Hours added to the clock: this walker's day runs that much ahead. */
  private readonly shiftH: number;
  private wander: Point;
  private excursion: { legs: Leg[]; target: Point } | null = null;
  private lastT = 0;
  private last: Point;

  constructor(
    private readonly shape: PreparedShape,
    private readonly rng: Random,
    private readonly options: WalkerOptions,
  ) {
    this.home = pointInside(shape, rng, 300);
    let work: Point | null = null;
    if (rng.chance(0.7))
      for (let i = 0; i < 50 && !work; i++) {
        const p = pointInside(shape, rng, 300);
        const d = distanceMeters(this.home.lat, this.home.lon, p.lat, p.lon);
        if (d > 1500 && d < 12_000) work = p;
      }
    this.work = work;
    this.shiftH = rng.next() * 24;
    this.wander = this.home;
    this.last = this.home;
  }

  /** Whether the walker is on an excursion out of the county (for the summary). */
  get away(): boolean {
    return this.excursion !== null;
  }

  /** Where the walker is at `t` (true position, no noise), and how fast they move. */
  private truePosition(t: number): { p: Point; speedKmh: number } {
    if (this.excursion) {
      const legs = this.excursion.legs;
      const leg = legs.find((l) => t < l.arriveAt) ?? null;
      if (!leg) this.excursion = null;
      else if (t < leg.departAt) return { p: leg.from, speedKmh: 0 };
      else {
        const f = (t - leg.departAt) / (leg.arriveAt - leg.departAt);
        const p = {
          lat: leg.from.lat + (leg.to.lat - leg.from.lat) * f,
          lon: leg.from.lon + (leg.to.lon - leg.from.lon) * f,
        };
        const km = distanceMeters(leg.from.lat, leg.from.lon, leg.to.lat, leg.to.lon) / 1000;
        return { p, speedKmh: km / ((leg.arriveAt - leg.departAt) / HOUR) };
      }
    }
    const hour = ((((t + SHANGHAI_MS) / HOUR + this.shiftH) % 24) + 24) % 24;
    const work = this.work;
    const commute = (from: Point, to: Point, start: number) => {
      const f = Math.min(1, Math.max(0, hour - start));
      const p = { lat: from.lat + (to.lat - from.lat) * f, lon: from.lon + (to.lon - from.lon) * f };
      const km = distanceMeters(from.lat, from.lon, to.lat, to.lon) / 1000;
      return { p, speedKmh: km };
    };
    if (work && hour >= 7.5 && hour < 8.5) return commute(this.home, work, 7.5);
    if (work && hour >= 8.5 && hour < 17.5) return { p: work, speedKmh: 0 };
    if (work && hour >= 17.5 && hour < 18.5) return commute(work, this.home, 17.5);
    if (hour >= 18.5 && hour < 22) {
      // An evening wander: a random walk at 4 km/h, pulled back within 1.5 km of home.
      const dtH = Math.max(0, Math.min(t - this.lastT, 10 * 60_000)) / HOUR;
      const stepM = 4000 * dtH;
      const angle = this.rng.next() * 2 * Math.PI;
      let next = offsetLatLon(
        this.wander.lat,
        this.wander.lon,
        stepM * Math.cos(angle),
        stepM * Math.sin(angle),
      );
      if (
        distanceMeters(this.home.lat, this.home.lon, next.lat, next.lon) > 1500 ||
        this.shape.signedDistanceM(next.lat, next.lon) > -200
      )
        next = { lat: (this.wander.lat + this.home.lat) / 2, lon: (this.wander.lon + this.home.lon) / 2 };
      this.wander = next;
      return { p: next, speedKmh: dtH > 0 ? 4 : 0 };
    }
    this.wander = this.home;
    return { p: this.home, speedKmh: 0 };
  }

  /**
   * Starts an excursion at `t`: to the nearest point 1-5 km beyond the county's line, at 30-60 km/h, 10-30 minutes there, and back home. Answers false when none fits.
   */
  startExcursion(t: number): boolean {
    if (this.excursion) return false;
    const from = this.last;
    // The nearest such point: rings of candidates 1 km apart, 24 directions each.
    let best: Point | null = null;
    let bestD = Infinity;
    const turn = this.rng.next() * 2 * Math.PI;
    for (let dist = 1000; dist <= 25_000 && !best; dist += 1000)
      for (let k = 0; k < 24; k++) {
        const a = turn + (k / 24) * 2 * Math.PI;
        const p = offsetLatLon(from.lat, from.lon, dist * Math.cos(a), dist * Math.sin(a));
        const sd = this.shape.signedDistanceM(p.lat, p.lon);
        if (sd > 1000 && sd < 5000) {
          best = p;
          bestD = dist;
          break;
        }
      }
    if (!best) return false;
    const speed = (30 + this.rng.next() * 30) / 3.6; // m/s
    const travel = (bestD / speed) * 1000;
    const stay = (10 + this.rng.next() * 20) * 60_000;
    const back = (distanceMeters(best.lat, best.lon, this.home.lat, this.home.lon) / speed) * 1000;
    this.excursion = {
      target: best,
      legs: [
        { from, to: best, departAt: t, arriveAt: t + travel },
        { from: best, to: best, departAt: t + travel, arriveAt: t + travel + stay },
        { from: best, to: this.home, departAt: t + travel + stay, arriveAt: t + travel + stay + back },
      ],
    };
    return true;
  }

  /**
   * The fix a device reports at `t`: the true position with GPS noise (σ ≈ accuracy/2), heading
   * from the previous position. May start an excursion (at the configured rate).
   */
  at(t: number): Fix {
    const dtH = this.lastT ? Math.max(0, t - this.lastT) / HOUR : 0;
    if (!this.excursion && dtH > 0 && this.rng.chance(this.options.excursionRate * dtH))
      this.startExcursion(t);
    const { p, speedKmh } = this.truePosition(t);
    const accuracyM = 5 + Math.round(this.rng.next() * 25);
    const noise = () => (this.rng.next() + this.rng.next() + this.rng.next() - 1.5) * accuracyM;
    const fix = offsetLatLon(p.lat, p.lon, noise(), noise());
    const heading = headingOf(this.last, p);
    this.last = p;
    this.lastT = t;
    return { lat: fix.lat, lon: fix.lon, accuracyM, speedKmh: Math.round(speedKmh * 10) / 10, heading };
  }
}
