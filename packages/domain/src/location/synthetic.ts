/**
 * A labelled synthetic set of tracks around a county boundary, and the evaluation of the alert
 * tracker on it (issue 5, "Trust: measure it"). Deterministic: a seeded PRNG, no Math.random.
 *
 * Two kinds of tracks, one fix every 60 s:
 * - "inside": the subject stays inside the county but walks or cycles along its boundary,
 *   10-200 m from it, for two hours. Any out_of_zone alert on such a track is false.
 * - "excursion": the same, then the subject leaves by road (15-50 km/h) to 500-3,000 m outside,
 *   stays out 5-30 minutes, and comes back. The excursion (the "true excursion of 500 m
 *   or more") begins at the first fix whose true position is 500 m or more outside the zone, and
 *   must be alerted within 3 minutes of that fix's time; an alert is legitimate from the first
 *   fix beyond the tolerance band (300 m for a residence county) until the subject is back
 *   within it. The delay from the first fix beyond the band is reported too: it is the stricter
 *   figure, and cannot always be within 3 minutes with a dwell of 3 fixes a minute apart (a fix
 *   a few metres beyond the band is, with 50 m of noise, as likely to read inside as outside).
 *
 * What a device reports (the same on both kinds of tracks):
 * - 50 m Gaussian noise on each axis; a reported accuracy that understates it as phones do
 *   (median 12 m, one fix in ten median 45 m); a fifth of the tracks report no accuracy at all
 *   (JT/T 808 bracelets), so the tracker's default applies;
 * - multipath outliers: bursts of 1-2 consecutive fix intervals, 300-1,500 m off in one
 *   direction with a small reported accuracy (0.8% of fixes start one). Longer bursts of
 *   confidently wrong fixes would defeat a dwell of 3 fixes or 2 minutes; this set assumes
 *   they do not happen;
 * - coarse network fixes (phones only, 0.5%): 200-1,500 m off, with an accuracy that covers it;
 * - glitches (0.2%): 5-50 km off, an impossible speed;
 * - delivery: 1-10 s after the fix; 3% of fixes held back and delivered after 1-5 later ones (a
 *   batch upload after a gap: they arrive stale); 1% delivered twice; 2% never sent, outside
 *   excursions (a device silent during an excursion is the `offline` alert's business).
 */
import { METRES_PER_DEGREE, offsetLatLon, type LonLat, type PreparedShape } from "./geometry.ts";
import {
  defaultTrackerConfig,
  emptyTrackerState,
  trackFix,
  type FixRejection,
  type TrackedFix,
  type TrackerConfig,
  type TrackerState,
} from "./tracker.ts";
import type { ZoneRule } from "./zones.ts";

/** A deterministic PRNG (mulberry32) returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal deviate (Box-Muller) from a uniform generator. */
export function gaussian(rand: () => number): number {
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const uniform = (rand: () => number, a: number, b: number) => a + (b - a) * rand();

export interface SyntheticCountyOptions {
  seed?: number;
  vertices?: number;
  lat?: number;
  lon?: number;
  /** Mean radius, metres. */
  radiusM?: number;
}

/**
 * An irregular county-like outer ring (closed, counter-clockwise, [lon, lat]): a star-shaped lobed
 * outline with wiggles down to ~500 m wavelength and a few metres of jitter per vertex. Default:
 * 4,000 vertices, 15 km mean radius, centred on 南海区.
 */
export function syntheticCounty(options: SyntheticCountyOptions = {}): LonLat[] {
  const { seed = 7, vertices = 4000, lat = 23.03, lon = 113.14, radiusM = 15_000 } = options;
  const rand = seededRandom(seed);
  const waves = Array.from({ length: 24 }, (_, k) => {
    const freq = k < 4 ? 2 + k : Math.round(uniform(rand, 6, 190));
    return { freq, phase: uniform(rand, 0, 2 * Math.PI), amp: (k < 4 ? 0.09 : 0.012) / (1 + k / 12) };
  });
  const ring: LonLat[] = [];
  for (let i = 0; i < vertices; i++) {
    const th = (2 * Math.PI * i) / vertices;
    let f = 1;
    for (const w of waves) f += w.amp * Math.sin(w.freq * th + w.phase);
    const r = radiusM * f + 3 * gaussian(rand);
    const p = offsetLatLon(lat, lon, r * Math.cos(th), r * Math.sin(th));
    ring.push([p.lon, p.lat]);
  }
  ring.push([ring[0]![0], ring[0]![1]]);
  return ring;
}

/** A ring walked by arc length, in local metres (east, north) around its first vertex. */
class RingWalk {
  private readonly xs: number[] = [];
  private readonly ys: number[] = [];
  private readonly cum: number[] = [0];
  readonly length: number;
  /** +1 when the interior is on the left of the walking direction (counter-clockwise ring), else −1. */
  readonly inwardSign: number;
  private readonly kx: number;
  constructor(
    ring: readonly LonLat[],
    private readonly lat0: number = ring[0]![1],
    private readonly lon0: number = ring[0]![0],
  ) {
    this.kx = METRES_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
    let n = ring.length;
    if (n > 1 && ring[0]![0] === ring[n - 1]![0] && ring[0]![1] === ring[n - 1]![1]) n--;
    let area = 0;
    for (let i = 0; i < n; i++) {
      this.xs.push((ring[i]![0] - lon0) * this.kx);
      this.ys.push((ring[i]![1] - lat0) * METRES_PER_DEGREE);
    }
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      this.cum.push(this.cum[i]! + Math.hypot(this.xs[j]! - this.xs[i]!, this.ys[j]! - this.ys[i]!));
      area += this.xs[i]! * this.ys[j]! - this.xs[j]! * this.ys[i]!;
    }
    this.length = this.cum[n]!;
    this.inwardSign = area >= 0 ? 1 : -1;
  }
  point(s: number): { x: number; y: number } {
    const L = this.length;
    s = ((s % L) + L) % L;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid]! <= s) lo = mid;
      else hi = mid;
    }
    const n = this.xs.length;
    const seg = this.cum[lo + 1]! - this.cum[lo]!;
    const t = seg > 0 ? (s - this.cum[lo]!) / seg : 0;
    const j = (lo + 1) % n;
    return {
      x: this.xs[lo]! + t * (this.xs[j]! - this.xs[lo]!),
      y: this.ys[lo]! + t * (this.ys[j]! - this.ys[lo]!),
    };
  }
  /** The unit normal pointing into the polygon at arc s, from the direction over ±150 m. */
  inward(s: number): { x: number; y: number } {
    const a = this.point(s - 150);
    const b = this.point(s + 150);
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    return { x: (-(b.y - a.y) / len) * this.inwardSign, y: ((b.x - a.x) / len) * this.inwardSign };
  }
  latLon(x: number, y: number): { lat: number; lon: number } {
    return offsetLatLon(this.lat0, this.lon0, x, y);
  }
}

/** One delivery of a fix to the server. */
export interface SyntheticDelivery {
  fix: TrackedFix;
  receivedAt: number;
  /** The true position's signed distance to the zone's edge, metres (negative inside). */
  trueDistanceM: number;
}

export interface SyntheticTrack {
  id: string;
  kind: "inside" | "excursion";
  /** Whether the device reports an accuracy (phones) or not (JT/T 808 bracelets). */
  reportsAccuracy: boolean;
  /** In the order the server receives them. */
  deliveries: SyntheticDelivery[];
  /**
   * The labels: `beganAt` the first fix time 500 m or more outside; `bandAt` and `endedAt` the
   * first and last fix times beyond the tolerance band (when an alert is legitimate); the deepest
   * true distance outside; minutes from the first to the last fix 500 m or more out.
   */
  excursion?: {
    beganAt: number;
    bandAt: number;
    endedAt: number;
    maxOutsideM: number;
    minutesBeyond500M: number;
  };
}

export interface SyntheticSet {
  seed: number;
  faults: boolean;
  toleranceM: number;
  intervalSeconds: number;
  tracks: SyntheticTrack[];
}

export interface SyntheticSetOptions {
  seed?: number;
  insideTracks?: number;
  excursionTracks?: number;
  /** The zone's tolerance band the labels refer to (default 300 m, the residence county's). */
  toleranceM?: number;
  /** Epoch ms of the first track's first fix (default 2026-11-20 00:00 Asia/Shanghai). */
  start?: number;
  /**
   * Device and network faults on top of the noise (default on): multipath bursts, coarse
   * network fixes, glitches, late, repeated and missing deliveries. Off: the set as
   * stated, 50 m noise and realistic accuracies (some missing), delivered 1-10 s after the fix.
   */
  faults?: boolean;
}

interface TruePoint {
  t: number;
  x: number;
  y: number;
  inExcursion: boolean;
}

/** The labelled set around the outer ring `ring` of `shape` (see the file comment). */
export function syntheticSet(
  ring: readonly LonLat[],
  shape: PreparedShape,
  options: SyntheticSetOptions = {},
): SyntheticSet {
  const {
    seed = 1,
    insideTracks = 200,
    excursionTracks = 200,
    toleranceM = 300,
    start = Date.UTC(2026, 10, 19, 16, 0, 0),
    faults = true,
  } = options;
  const interval = 60_000;
  const rand = seededRandom(seed);
  const walk = new RingWalk(ring);
  const tracks: SyntheticTrack[] = [];
  const trueDistance = (p: { x: number; y: number }) => {
    const ll = walk.latLon(p.x, p.y);
    return shape.signedDistanceM(ll.lat, ll.lon);
  };

  /** Walking along the boundary, `depth` metres inside (pushed deeper where the outline folds). */
  const alongInside = (s: number, depth: number) => {
    const b = walk.point(s);
    const n = walk.inward(s);
    for (let d = depth; d < depth * 16; d *= 2) {
      const p = { x: b.x + n.x * d, y: b.y + n.y * d };
      if (trueDistance(p) < -5) return p;
    }
    return null;
  };

  const insidePhase = (
    points: TruePoint[],
    t0: number,
    s0: number,
    count: number,
  ): { t: number; s: number } => {
    const speed = uniform(rand, 40, 250) * (rand() < 0.5 ? -1 : 1); // m/min along the boundary
    const phase = uniform(rand, 0, 2 * Math.PI);
    const omega = uniform(rand, 0.05, 0.3);
    let s = s0;
    let t = t0;
    for (let i = 0; i < count; i++) {
      const depth = 10 + 190 * (0.5 + 0.5 * Math.sin(phase + i * omega));
      const p = alongInside(s, depth) ?? points[points.length - 1];
      if (p) points.push({ t, x: p.x, y: p.y, inExcursion: false });
      s += speed;
      t += interval;
    }
    return { t, s };
  };

  let trackStart = start;
  for (let k = 0; k < insideTracks + excursionTracks; k++) {
    const kind = k < insideTracks ? "inside" : "excursion";
    const reportsAccuracy = rand() >= 0.2;
    let points: TruePoint[] = [];
    let excursion: SyntheticTrack["excursion"];
    for (let attempt = 0; ; attempt++) {
      if (attempt > 50) throw new Error("syntheticSet: could not lay out an excursion on this outline");
      points = [];
      const s0 = uniform(rand, 0, walk.length);
      if (kind === "inside") {
        insidePhase(points, trackStart, s0, 120);
        break;
      }
      // Excursion: 10-30 fixes inside, out by road, 5-30 min out, back, 20 fixes inside.
      const lead = insidePhase(points, trackStart, s0, Math.floor(uniform(rand, 10, 31)));
      const s = lead.s;
      let t = lead.t;
      const last = points[points.length - 1];
      if (!last) continue;
      const n = walk.inward(s);
      const b = walk.point(s);
      const speed = uniform(rand, 250, 830); // m/min
      const farM = uniform(rand, 500, 3000);
      // Signed offset along the outward normal (−n): negative is inside.
      const depth0 = -((last.x - b.x) * n.x + (last.y - b.y) * n.y);
      const at = (off: number, jx = 0, jy = 0) => ({ x: b.x - n.x * off + jx, y: b.y - n.y * off + jy });
      let off = depth0;
      while (off < farM) {
        off = Math.min(farM, off + speed);
        const p = at(off);
        points.push({ t, ...p, inExcursion: true });
        t += interval;
      }
      const stay = Math.floor(uniform(rand, 5, 31));
      let jx = 0;
      let jy = 0;
      for (let i = 0; i < stay; i++) {
        jx += 20 * gaussian(rand);
        jy += 20 * gaussian(rand);
        points.push({ t, ...at(farM + 100, jx, jy), inExcursion: true });
        t += interval;
      }
      while (off > -100) {
        off = Math.max(-100, off - speed);
        points.push({
          t,
          ...at(off, jx * Math.max(0, off / farM), jy * Math.max(0, off / farM)),
          inExcursion: true,
        });
        t += interval;
      }
      insidePhase(points, t, s, 20);
      // Label from the true distances, and keep only layouts that are what they claim.
      const d = points.map(trueDistance);
      const beyond = d.map((x, i) => (x > toleranceM ? i : -1)).filter((i) => i >= 0);
      const far = d.map((x, i) => (x >= 500 ? i : -1)).filter((i) => i >= 0);
      if (!beyond.length || far.length < 2) continue;
      const first = beyond[0]!;
      const lastBeyond = beyond[beyond.length - 1]!;
      const contiguous = lastBeyond - first + 1 === beyond.length;
      const farMinutes = (points[far[far.length - 1]!]!.t - points[far[0]!]!.t) / 60_000;
      const outsideAlongBoundary = points.some((p, i) => !p.inExcursion && d[i]! >= 0);
      if (!contiguous || farMinutes < 5 || outsideAlongBoundary) continue;
      // The excursion window must not start or end at the track's edge.
      if (first === 0 || lastBeyond === points.length - 1) continue;
      excursion = {
        beganAt: points[far[0]!]!.t,
        bandAt: points[first]!.t,
        endedAt: points[lastBeyond]!.t,
        maxOutsideM: Math.max(...d),
        minutesBeyond500M: farMinutes,
      };
      break;
    }
    tracks.push({
      id: `${kind}-${k}`,
      kind,
      reportsAccuracy,
      deliveries: observe(points, walk, trueDistance, reportsAccuracy, rand, excursion, faults),
      ...(excursion ? { excursion } : {}),
    });
    trackStart = points[points.length - 1]!.t + 3_600_000;
  }
  return { seed, faults, toleranceM, intervalSeconds: interval / 1000, tracks };
}

/**
 * What the device reports for a track's true points, and when the server receives it. Every
 * point draws the same random numbers whether `faults` is on or not, so that the set with
 * faults is the set without them plus the faults.
 */
function observe(
  points: readonly TruePoint[],
  walk: RingWalk,
  trueDistance: (p: { x: number; y: number }) => number,
  reportsAccuracy: boolean,
  rand: () => number,
  excursion: SyntheticTrack["excursion"],
  faults: boolean,
): SyntheticDelivery[] {
  const out: SyntheticDelivery[] = [];
  let burst = 0;
  let burstDir = 0;
  let burstM = 0;
  const inWindow = (t: number) =>
    excursion !== undefined && t >= excursion.bandAt - 120_000 && t <= excursion.endedAt + 120_000;
  const polar = (m: number, dir: number) => [m * Math.cos(dir), m * Math.sin(dir)] as const;
  for (const p of points) {
    const silent = rand() < 0.02;
    const typical = Math.exp(Math.log(rand() < 0.1 ? 45 : 12) + 0.45 * gaussian(rand));
    let [ex, ny] = [50 * gaussian(rand), 50 * gaussian(rand)];
    let acc = Math.max(3, Math.round(typical));
    const u = rand();
    const burstLength = rand() < 0.7 ? 1 : 2;
    const dir = uniform(rand, 0, 2 * Math.PI);
    const size = rand();
    const spread = rand();
    const burstAcc = Math.max(5, Math.round(Math.exp(Math.log(20) + 0.4 * gaussian(rand))));
    let receivedAt = p.t + Math.round(uniform(rand, 1000, 10_000));
    const v = rand();
    const held = Math.floor(uniform(rand, 1, 6)) * 60_000;
    const again = Math.round(uniform(rand, 1000, 30_000));
    let inBurst = false;
    if (faults) {
      // A multipath burst lasts 1-2 fix intervals, whether or not the device sends in them.
      if (burst === 0 && u < 0.008) {
        burst = burstLength;
        burstDir = dir;
        burstM = 300 + 1200 * size;
      }
      inBurst = burst > 0;
      if (burst > 0) burst--;
    }
    if (faults && silent && !inWindow(p.t)) continue; // never sent
    if (faults) {
      if (inBurst) {
        // multipath: off in one direction, confidently
        [ex, ny] = polar(burstM * (0.8 + 0.4 * spread), burstDir);
        acc = burstAcc;
      } else if (reportsAccuracy && u >= 0.008 && u < 0.013) {
        const m = 200 + 1300 * size; // a coarse network fix, with an accuracy that covers it
        [ex, ny] = polar(m, dir);
        acc = Math.round(m * (1.05 + spread));
      } else if (u >= 0.013 && u < 0.015) {
        [ex, ny] = polar(5000 + 45_000 * size, dir); // a glitch
      }
      if (v < 0.03) receivedAt += held;
    }
    const ll = walk.latLon(p.x + ex, p.y + ny);
    const fix: TrackedFix = reportsAccuracy
      ? { t: p.t, lat: ll.lat, lon: ll.lon, accuracyM: acc }
      : { t: p.t, lat: ll.lat, lon: ll.lon };
    const trueDistanceM = trueDistance(p);
    out.push({ fix, receivedAt, trueDistanceM });
    if (faults && v >= 0.03 && v < 0.04) out.push({ fix, receivedAt: receivedAt + again, trueDistanceM });
  }
  return out.sort((a, b) => a.receivedAt - b.receivedAt);
}

export interface TrackerEvaluation {
  tracks: { inside: number; excursion: number };
  /** Deliveries fed to the tracker. */
  fixes: number;
  rejected: Record<FixRejection, number>;
  /** out_of_zone alerts raised where no excursion was under way (inside tracks, or outside an excursion's window). */
  falseAlerts: number;
  /** Excursions with no alert. */
  missed: number;
  /** Excursions alerted more than 3 minutes after they began (first fix 500 m or more out). */
  late: number;
  /** The longest time from an excursion's beginning to the receipt of the fix that raised its alert. */
  maxDelaySeconds: number;
  meanDelaySeconds: number;
  /** The same, from the first fix beyond the tolerance band (stricter). */
  lateFromBand: number;
  maxDelayFromBandSeconds: number;
  /** Alerts raised again during one excursion after its condition had cleared. */
  repeatedAlerts: number;
  /** Excursion alerts still not cleared at the end of the track (20 fixes back inside). */
  uncleared: number;
}

/** Runs every track through `trackFix` with `rules` and counts false, missed and late alerts. */
export function evaluateTracker(
  set: SyntheticSet,
  rules: readonly ZoneRule[],
  config: TrackerConfig = defaultTrackerConfig,
  lateAfterSeconds = 180,
): TrackerEvaluation {
  const r: TrackerEvaluation = {
    tracks: { inside: 0, excursion: 0 },
    fixes: 0,
    rejected: { stale: 0, duplicate: 0, jump: 0, future: 0 },
    falseAlerts: 0,
    missed: 0,
    late: 0,
    maxDelaySeconds: 0,
    meanDelaySeconds: 0,
    lateFromBand: 0,
    maxDelayFromBandSeconds: 0,
    repeatedAlerts: 0,
    uncleared: 0,
  };
  let delaySum = 0;
  let alerted = 0;
  for (const track of set.tracks) {
    r.tracks[track.kind]++;
    let state: TrackerState = emptyTrackerState();
    let firstRaise: number | null = null;
    let raisesInWindow = 0;
    let alerting = false;
    for (const d of track.deliveries) {
      r.fixes++;
      const res = trackFix(state, rules, d.fix, d.receivedAt, config);
      state = res.state;
      if (res.reason) r.rejected[res.reason]++;
      for (const e of res.events) {
        if (e.type !== "out_of_zone") continue;
        if (e.kind === "clear") {
          alerting = false;
          continue;
        }
        alerting = true;
        const ex = track.excursion;
        if (!ex || e.at < ex.bandAt || e.at > ex.endedAt) {
          r.falseAlerts++;
          continue;
        }
        raisesInWindow++;
        if (firstRaise === null) firstRaise = d.receivedAt;
      }
    }
    const ex = track.excursion;
    if (!ex) continue;
    if (alerting) r.uncleared++;
    if (raisesInWindow > 1) r.repeatedAlerts += raisesInWindow - 1;
    if (firstRaise === null) {
      r.missed++;
      continue;
    }
    const delay = (firstRaise - ex.beganAt) / 1000;
    const fromBand = (firstRaise - ex.bandAt) / 1000;
    r.maxDelayFromBandSeconds = Math.max(r.maxDelayFromBandSeconds, fromBand);
    if (fromBand > lateAfterSeconds) r.lateFromBand++;
    alerted++;
    delaySum += delay;
    r.maxDelaySeconds = Math.max(r.maxDelaySeconds, delay);
    if (delay > lateAfterSeconds) r.late++;
  }
  r.meanDelaySeconds = alerted ? Math.round((delaySum / alerted) * 10) / 10 : 0;
  return r;
}
