/**
 * Zone rules and the decision one fix makes about them. A GPS fix is a circle (its reported
 * accuracy), not a point: a fix decides "inside" or "outside" only when its whole accuracy circle
 * is on one side of the zone's line (widened by the zone's tolerance band), and a fix whose
 * circle straddles the line decides nothing ("undecided"). The alert tracker (tracker.ts) builds
 * on these decisions.
 */
import type { PreparedShape } from "./geometry.ts";

export type ZoneKind = "inclusion" | "exclusion";
export type ZoneDecision = "inside" | "outside" | "undecided";

/**
 * A zone in force for a subject. Inclusion zones (the county of residence, an approved leave's
 * destination for its days) are where the subject may be; exclusion zones (court-ban places) are
 * where they may not. `activeFrom`/`activeUntil` (epoch ms, the end excluded) bound the zone in
 * time; `daily` limits it to a window of each day on the Asia/Shanghai clock (UTC+8, no DST),
 * which may cross midnight ("22:00" to "06:00").
 */
export interface ZoneRule {
  id: string;
  kind: ZoneKind;
  shape: PreparedShape;
  /** Metres of leniency against GPS noise: an inclusion zone is widened by it, an exclusion zone narrowed. */
  toleranceM: number;
  activeFrom?: number | null;
  activeUntil?: number | null;
  daily?: { from: string; until: string } | null;
}

/** A position to decide on; `accuracyM` is the radius (metres) the device reports, if any. */
export interface ZoneFix {
  lat: number;
  lon: number;
  accuracyM?: number | null;
}

/** The accuracy assumed for a fix that reports none (JT/T 808 terminals do not): a typical GNSS fix. */
export const defaultAccuracyM = 30;

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Milliseconds since midnight of "HH:MM" or "HH:MM:SS" (as PostgreSQL's `time` prints it). */
export function parseClockTime(s: string): number {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(s.trim());
  if (!m) throw new RangeError(`not a clock time: ${s}`);
  const h = Number(m[1]);
  const min = Number(m[2]);
  const sec = Number(m[3] ?? 0);
  if (h > 24 || min > 59 || sec > 59 || (h === 24 && (min > 0 || sec > 0)))
    throw new RangeError(`not a clock time: ${s}`);
  return ((h * 60 + min) * 60 + sec) * 1000;
}

/** Whether the clock time of instant `t` (epoch ms), in Asia/Shanghai, is within the daily window [from, until). */
export function withinDailyWindow(daily: { from: string; until: string }, t: number): boolean {
  const from = parseClockTime(daily.from);
  const until = parseClockTime(daily.until) % DAY_MS;
  const clock = (((t + SHANGHAI_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS;
  if (from === until) return true; // the whole day
  return from < until ? clock >= from && clock < until : clock >= from || clock < until;
}

/** Whether the rule applies at instant `t` (epoch ms). */
export function zoneActive(rule: Pick<ZoneRule, "activeFrom" | "activeUntil" | "daily">, t: number): boolean {
  if (typeof rule.activeFrom === "number" && t < rule.activeFrom) return false;
  if (typeof rule.activeUntil === "number" && t >= rule.activeUntil) return false;
  if (rule.daily && !withinDailyWindow(rule.daily, t)) return false;
  return true;
}

function accuracyOf(fix: ZoneFix, fallbackM: number): number {
  const a = fix.accuracyM;
  return typeof a === "number" && Number.isFinite(a) && a >= 0 ? a : fallbackM;
}

/**
 * Where a fix is relative to one zone, given its accuracy circle of radius a and the zone's
 * tolerance band b, with d the signed distance to the zone's edge (negative inside):
 * - inclusion: "outside" only when the whole circle is beyond the band (d > b + a); "inside"
 *   when the whole circle could be within the zone and band (d ≤ b − a); else "undecided";
 * - exclusion: "inside" only when the whole circle is inside the zone by more than the band
 *   (d ≤ −(a + b)); "outside" when the whole circle is out of the zone (d > a); else "undecided".
 * The distance is computed only as far as the thresholds need (b + a metres).
 */
export function classify(
  rule: Pick<ZoneRule, "kind" | "shape" | "toleranceM">,
  fix: ZoneFix,
  fallbackAccuracyM = defaultAccuracyM,
): ZoneDecision {
  const a = accuracyOf(fix, fallbackAccuracyM);
  const b = Math.max(0, rule.toleranceM || 0);
  const d = rule.shape.signedDistanceWithin(fix.lat, fix.lon, a + b);
  if (rule.kind === "inclusion") return d > b + a ? "outside" : d <= b - a ? "inside" : "undecided";
  return d <= -(a + b) ? "inside" : d > a ? "outside" : "undecided";
}

/**
 * The decision about a set of inclusion zones, which are a union: "inside" when the fix is
 * inside any of them, "outside" only when it is decided outside every one, else "undecided".
 * An empty set decides "inside" (no constraint).
 */
export function classifyUnion(
  rules: readonly Pick<ZoneRule, "kind" | "shape" | "toleranceM">[],
  fix: ZoneFix,
  fallbackAccuracyM = defaultAccuracyM,
): ZoneDecision {
  if (rules.length === 0) return "inside";
  let undecided = false;
  for (const r of rules) {
    const c = classify(r, fix, fallbackAccuracyM);
    if (c === "inside") return "inside";
    if (c === "undecided") undecided = true;
  }
  return undecided ? "undecided" : "outside";
}

/**
 * The inclusion zones that bind the subject at instant `t`: normally every active inclusion zone
 * without a daily window (residence county, leave destinations), a union. While an inclusion
 * zone with a daily window is active (a curfew: "at home from 22:00 to 06:00"), the subject must
 * be inside the active windowed zones instead: a curfew narrows where they may be (a union with
 * the county would make the curfew meaningless). Empty when no inclusion zone is active.
 */
export function bindingInclusionZones<
  R extends Pick<ZoneRule, "kind" | "activeFrom" | "activeUntil" | "daily">,
>(rules: readonly R[], t: number): R[] {
  const active = rules.filter((r) => r.kind === "inclusion" && zoneActive(r, t));
  const windowed = active.filter((r) => r.daily);
  return windowed.length ? windowed : active;
}
