/**
 * The per-device alert tracker: turns a stream of fixes into out_of_zone and forbidden_zone
 * alerts a supervisor can trust. Pure and JSON-serialisable (the server keeps the state in
 * device_states.tracker and calls `trackFix` once per fix, in the order fixes arrive).
 *
 * Trust comes from four filters:
 * - order: a fix not newer than the last accepted one (a late batch, a repeat) is stored by the
 *   server but decides nothing ("stale", "duplicate"); one too far ahead of the clock is refused
 *   ("future") so that it cannot make every later fix look stale;
 * - plausibility: a fix implying a speed above `maxSpeedKmh` from the last accepted fix (after
 *   allowing for both accuracy circles) is a "jump" and ignored; two consecutive jumps that agree
 *   with each other are taken as the device really being elsewhere (so that one bad accepted fix
 *   cannot lock the device out);
 * - accuracy: a fix whose accuracy circle straddles a zone's line decides nothing (zones.ts);
 * - dwell and hysteresis: an alert is raised only after `dwellFixes` consecutive decided
 *   violating fixes, or `dwellSeconds` since the first of at least two; it clears only after
 *   `clearFixes` consecutive decided good fixes. Undecided fixes neither advance nor reset.
 */
import { distanceMeters } from "./geometry.ts";
import {
  bindingInclusionZones,
  classify,
  classifyUnion,
  defaultAccuracyM,
  zoneActive,
  type ZoneDecision,
  type ZoneRule,
} from "./zones.ts";

export interface TrackerConfig {
  /** Consecutive decided violating fixes that raise an alert. */
  dwellFixes: number;
  /** Or: seconds from the first violating fix (at least two violating fixes). */
  dwellSeconds: number;
  /** Consecutive decided good fixes that clear a raised alert's condition. */
  clearFixes: number;
  /** Implied speeds above this are jumps (GNSS glitches). */
  maxSpeedKmh: number;
  /** Fixes dated more than this ahead of the server's clock are refused. */
  futureToleranceSeconds: number;
  /** Accuracy assumed for fixes that report none. */
  defaultAccuracyM: number;
}

export const defaultTrackerConfig: TrackerConfig = {
  dwellFixes: 3,
  dwellSeconds: 120,
  clearFixes: 2,
  maxSpeedKmh: 200,
  futureToleranceSeconds: 300,
  defaultAccuracyM,
};

/** Dwell and hysteresis counters of one condition. */
export interface ZoneTrack {
  /** Time (epoch ms) of the first violating fix of the current run. */
  violatingSince?: number;
  /** Decided violating fixes in the current run. */
  count: number;
  /** Whether an alert has been raised and not cleared. */
  alerting: boolean;
  /** Consecutive decided good fixes while alerting. */
  okCount: number;
}

export interface TrackedFix {
  t: number;
  lat: number;
  lon: number;
  accuracyM?: number | null;
}

export interface TrackerState {
  /** The last accepted fix. */
  lastFix?: TrackedFix;
  /** The last fix refused as a jump, when the one before it was accepted or a jump too (see the file comment). */
  pendingJump?: TrackedFix;
  /** The out_of_zone condition (outside every binding inclusion zone). */
  inclusion: ZoneTrack;
  /** The forbidden_zone condition, per exclusion zone id; tracks at rest are left out. */
  exclusions: Record<string, ZoneTrack>;
}

export type TrackedAlertType = "out_of_zone" | "forbidden_zone";
export type FixRejection = "stale" | "duplicate" | "jump" | "future";

export interface TrackerEvent {
  kind: "raise" | "clear";
  type: TrackedAlertType;
  /** The exclusion zone (forbidden_zone only). */
  zoneId?: string;
  /** The fix's time (epoch ms) and position. */
  at: number;
  lat: number;
  lon: number;
  /** Why a condition cleared: good fixes ("ok"), or the zone no longer applies ("zone_ended"). */
  reason?: "ok" | "zone_ended";
}

export interface TrackResult {
  state: TrackerState;
  accepted: boolean;
  reason?: FixRejection;
  events: TrackerEvent[];
  /** The accepted fix's decisions (for logs and the live view): inclusion union and each active exclusion zone. */
  decisions?: { inclusion: ZoneDecision | null; exclusions: Record<string, ZoneDecision> };
}

const restingTrack = (): ZoneTrack => ({ count: 0, alerting: false, okCount: 0 });

export function emptyTrackerState(): TrackerState {
  return { inclusion: restingTrack(), exclusions: {} };
}

/** A state read back from storage (`{}` for a new device) in its full form. */
export function normalizeTrackerState(raw: Partial<TrackerState> | null | undefined): TrackerState {
  const s: TrackerState = {
    inclusion: { ...restingTrack(), ...(raw?.inclusion ?? {}) },
    exclusions: { ...(raw?.exclusions ?? {}) },
  };
  if (raw?.lastFix) s.lastFix = raw.lastFix;
  if (raw?.pendingJump) s.pendingJump = raw.pendingJump;
  return s;
}

function accuracy(f: TrackedFix, cfg: TrackerConfig): number {
  const a = f.accuracyM;
  return typeof a === "number" && Number.isFinite(a) && a >= 0 ? a : cfg.defaultAccuracyM;
}

/** Whether going from `a` to `b` needs a speed above the limit, allowing for both accuracy circles. */
function isJump(a: TrackedFix, b: TrackedFix, cfg: TrackerConfig): boolean {
  const dt = (b.t - a.t) / 1000;
  const d = distanceMeters(a.lat, a.lon, b.lat, b.lon) - accuracy(a, cfg) - accuracy(b, cfg);
  if (d <= 0) return false;
  if (dt <= 0) return true;
  return (d / dt) * 3.6 > cfg.maxSpeedKmh;
}

const compactFix = (f: TrackedFix): TrackedFix =>
  typeof f.accuracyM === "number"
    ? { t: f.t, lat: f.lat, lon: f.lon, accuracyM: f.accuracyM }
    : { t: f.t, lat: f.lat, lon: f.lon };

/**
 * One decided fix applied to a track: returns the new track and whether it raised or cleared.
 * Undecided fixes are not passed here.
 */
function advance(
  track: ZoneTrack,
  violating: boolean,
  t: number,
  cfg: TrackerConfig,
): { track: ZoneTrack; raised: boolean; cleared: boolean } {
  if (violating) {
    if (track.alerting)
      return { track: { ...track, count: track.count + 1, okCount: 0 }, raised: false, cleared: false };
    const since = track.violatingSince ?? t;
    const count = track.count + 1;
    const dwelt = count >= cfg.dwellFixes || (count >= 2 && t - since >= cfg.dwellSeconds * 1000);
    return {
      track: { violatingSince: since, count, alerting: dwelt, okCount: 0 },
      raised: dwelt,
      cleared: false,
    };
  }
  if (!track.alerting) return { track: restingTrack(), raised: false, cleared: false };
  const okCount = track.okCount + 1;
  if (okCount >= cfg.clearFixes) return { track: restingTrack(), raised: false, cleared: true };
  return { track: { ...track, okCount }, raised: false, cleared: false };
}

const atRest = (t: ZoneTrack) => !t.alerting && t.count === 0 && t.okCount === 0;

/**
 * Feeds one fix (epoch ms `t`, WGS-84) to a device's tracker. `rules` are the subject's zones
 * (active or not: activity is judged at the fix's time); `now` is the server's clock (epoch ms).
 *
 * A zone that stops applying (a leave's last day is over, a curfew window closes, staff end the
 * zone) drops its counters: a half-built dwell must not carry over to the zone's next window.
 * If its alert was raised and is still uncleared, a "clear" with reason "zone_ended" is emitted:
 * the supervisor keeps the alert to handle (clearing ends the condition, it does not resolve the
 * alert), but it no longer shows as ongoing when the rule that made it has ended. When no
 * inclusion zone applies at all, there is no out_of_zone condition, with the same effect. A
 * change of the binding inclusion zones (a leave starting or ending, a curfew starting) keeps
 * the out_of_zone counters: it is the same condition, "not where they may be", judged anew.
 */
export function trackFix(
  stateIn: Partial<TrackerState> | null | undefined,
  rules: readonly ZoneRule[],
  fix: TrackedFix,
  now: number,
  config: TrackerConfig = defaultTrackerConfig,
): TrackResult {
  const state = normalizeTrackerState(stateIn);
  if (fix.t > now + config.futureToleranceSeconds * 1000)
    return { state, accepted: false, reason: "future", events: [] };
  const last = state.lastFix;
  if (last && fix.t === last.t) return { state, accepted: false, reason: "duplicate", events: [] };
  if (last && fix.t < last.t) return { state, accepted: false, reason: "stale", events: [] };
  if (last && isJump(last, fix, config)) {
    const pending = state.pendingJump;
    const confirmed = pending !== undefined && pending.t < fix.t && !isJump(pending, fix, config);
    if (!confirmed)
      return {
        state: { ...state, pendingJump: compactFix(fix) },
        accepted: false,
        reason: "jump",
        events: [],
      };
  }

  const events: TrackerEvent[] = [];
  const at = { at: fix.t, lat: fix.lat, lon: fix.lon };
  const zoneFix = { lat: fix.lat, lon: fix.lon, accuracyM: fix.accuracyM ?? null };

  // out_of_zone: outside every binding inclusion zone.
  let inclusion = state.inclusion;
  const binding = bindingInclusionZones(rules, fix.t);
  let inclusionDecision: ZoneDecision | null = null;
  if (binding.length === 0) {
    if (inclusion.alerting) events.push({ kind: "clear", type: "out_of_zone", ...at, reason: "zone_ended" });
    inclusion = restingTrack();
  } else {
    inclusionDecision = classifyUnion(binding, zoneFix, config.defaultAccuracyM);
    if (inclusionDecision !== "undecided") {
      const r = advance(inclusion, inclusionDecision === "outside", fix.t, config);
      inclusion = r.track;
      if (r.raised) events.push({ kind: "raise", type: "out_of_zone", ...at });
      if (r.cleared) events.push({ kind: "clear", type: "out_of_zone", ...at, reason: "ok" });
    }
  }

  // forbidden_zone: inside an active exclusion zone, each on its own.
  const exclusions: Record<string, ZoneTrack> = {};
  const decisions: Record<string, ZoneDecision> = {};
  const activeIds = new Set<string>();
  for (const rule of rules) {
    if (rule.kind !== "exclusion" || !zoneActive(rule, fix.t)) continue;
    activeIds.add(rule.id);
    let track = state.exclusions[rule.id] ?? restingTrack();
    const d = classify(rule, zoneFix, config.defaultAccuracyM);
    decisions[rule.id] = d;
    if (d !== "undecided") {
      const r = advance(track, d === "inside", fix.t, config);
      track = r.track;
      if (r.raised) events.push({ kind: "raise", type: "forbidden_zone", zoneId: rule.id, ...at });
      if (r.cleared)
        events.push({ kind: "clear", type: "forbidden_zone", zoneId: rule.id, ...at, reason: "ok" });
    }
    if (!atRest(track)) exclusions[rule.id] = track;
  }
  for (const [id, track] of Object.entries(state.exclusions))
    if (!activeIds.has(id) && track.alerting)
      events.push({ kind: "clear", type: "forbidden_zone", zoneId: id, ...at, reason: "zone_ended" });

  return {
    state: { lastFix: compactFix(fix), inclusion, exclusions },
    accepted: true,
    events,
    decisions: { inclusion: inclusionDecision, exclusions: decisions },
  };
}
