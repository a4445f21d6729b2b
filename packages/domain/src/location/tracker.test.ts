import { describe, expect, it } from "vitest";
import { offsetLatLon, prepareShape } from "./geometry.ts";
import { LAT, east, square, testCounty, eastEdge } from "./test-shapes.ts";
import { evaluateTracker, syntheticCounty, syntheticSet } from "./synthetic.ts";
import {
  defaultTrackerConfig,
  emptyTrackerState,
  trackFix,
  type TrackResult,
  type TrackedFix,
  type TrackerConfig,
  type TrackerEvent,
  type TrackerState,
} from "./tracker.ts";
import type { ZoneRule } from "./zones.ts";

const countyShape = testCounty;
const residence: ZoneRule = { id: "county", kind: "inclusion", shape: countyShape, toleranceM: 300 };

// A court-ban place (an internet café street) 2 km inside the county's east edge: a 200 m radius circle.
const cafe = east(-2000);
const cafeShape = prepareShape({ type: "circle", lat: cafe.lat, lon: cafe.lon, radiusM: 200 });
const ban: ZoneRule = { id: "cafe", kind: "exclusion", shape: cafeShape, toleranceM: 20 };

/** 2026-11-20 at hh:mm in Asia/Shanghai, epoch ms. */
const shanghai = (hh: number, mm = 0, day = 20) => Date.UTC(2026, 10, day, hh - 8, mm);
const T0 = shanghai(10);
const MIN = 60_000;

// Spots a minute apart at plausible speeds (the jump filter is on).
type Spot = { lat: number; lon: number };
const inside: Spot = east(-1000);
const out: Spot = east(1000);

/** Fixes one minute apart from `t0`, accuracy 10 m unless given. */
function minutes(spots: (Spot & { accuracyM?: number })[], t0 = T0): TrackedFix[] {
  return spots.map((s, i) => ({ t: t0 + i * MIN, lat: s.lat, lon: s.lon, accuracyM: s.accuracyM ?? 10 }));
}

/** Feeds fixes in order, `now` a few seconds after each fix; returns each result and the final state. */
function feed(
  rules: ZoneRule[],
  fixes: TrackedFix[],
  state: Partial<TrackerState> = emptyTrackerState(),
  config: TrackerConfig = defaultTrackerConfig,
): { results: TrackResult[]; state: TrackerState; events: TrackerEvent[] } {
  const results: TrackResult[] = [];
  let s = state;
  for (const f of fixes) {
    const r = trackFix(s, rules, f, f.t + 5000, config);
    results.push(r);
    s = r.state;
  }
  return { results, state: s as TrackerState, events: results.flatMap((r) => r.events) };
}

/** The index of the fix each event came from, as "raise@2". */
const timeline = (results: TrackResult[]) =>
  results.flatMap((r, i) => r.events.map((e) => `${e.kind}${e.zoneId ? `:${e.zoneId}` : ""}@${i}`));

describe("dwell: an alert needs the condition to hold", () => {
  it("raises out_of_zone on the third consecutive decided fix outside the band, once", () => {
    const { results, events } = feed([residence], minutes([inside, out, out, out, out, out]));
    expect(timeline(results)).toEqual(["raise@3"]);
    expect(events[0]).toMatchObject({ kind: "raise", type: "out_of_zone", at: T0 + 3 * MIN, lat: out.lat });
    expect(events[0]!.zoneId).toBeUndefined();
  });

  it("raises after dwellSeconds with only two violating fixes when fixes are sparse", () => {
    const fixes = [inside, out, out].map((s, i) => ({ t: T0 + i * 150_000, ...s, accuracyM: 10 }));
    expect(timeline(feed([residence], fixes).results)).toEqual(["raise@2"]);
    // One violating fix, however long ago, is not enough.
    const once = [inside, out].map((s, i) => ({ t: T0 + i * 600_000, ...s, accuracyM: 10 }));
    expect(timeline(feed([residence], once).results)).toEqual([]);
  });

  it("resets the dwell on a decided fix back inside", () => {
    const { results } = feed([residence], minutes([out, out, inside, out, out, out]));
    expect(timeline(results)).toEqual(["raise@5"]);
  });

  it("applies per-device thresholds", () => {
    const config = { ...defaultTrackerConfig, dwellFixes: 5, dwellSeconds: 600 };
    expect(
      timeline(feed([residence], minutes([out, out, out, out, out]), undefined, config).results),
    ).toEqual(["raise@4"]);
  });
});

describe("accuracy: a fix whose accuracy circle straddles the line decides nothing", () => {
  const straddling = { ...east(500), accuracyM: 400 }; // circle from 100 to 900 m out, band 300 m

  it("neither advances nor resets the dwell", () => {
    const r1 = feed([residence], minutes([out, out, straddling, straddling, straddling, out]));
    expect(timeline(r1.results)).toEqual(["raise@5"]);
    expect(r1.results[3]!.decisions?.inclusion).toBe("undecided");
    // Undecided fixes alone never raise, however many.
    const r2 = feed([residence], minutes(Array.from({ length: 10 }, () => straddling)));
    expect(r2.events).toEqual([]);
    expect(r2.state.inclusion.count).toBe(0);
  });

  it("does not clear a raised alert either", () => {
    const { results } = feed([residence], minutes([out, out, out, straddling, straddling, inside, inside]));
    expect(timeline(results)).toEqual(["raise@2", "clear@6"]);
  });

  it("uses the default accuracy for fixes without one (JT/T 808)", () => {
    const fixes = minutes([east(320), east(320), east(320)]).map(({ accuracyM: _a, ...f }) => f);
    expect(feed([residence], fixes).events).toEqual([]); // 320 m: within 300 + 30 m
    const beyond = minutes([east(340), east(340), east(340)]).map(({ accuracyM: _a, ...f }) => f);
    expect(timeline(feed([residence], beyond).results)).toEqual(["raise@2"]);
  });
});

describe("hysteresis: a raised condition clears after consecutive good fixes", () => {
  it("clears only after clearFixes consecutive decided fixes back inside", () => {
    const { results, events, state } = feed(
      [residence],
      minutes([out, out, out, inside, out, inside, inside, inside]),
    );
    expect(timeline(results)).toEqual(["raise@2", "clear@6"]);
    expect(events[1]).toMatchObject({ kind: "clear", type: "out_of_zone", reason: "ok", at: T0 + 6 * MIN });
    expect(state.inclusion).toEqual({ count: 0, alerting: false, okCount: 0 });
  });

  it("raises again on a new excursion after clearing", () => {
    const { results } = feed([residence], minutes([out, out, out, inside, inside, out, out, out]));
    expect(timeline(results)).toEqual(["raise@2", "clear@4", "raise@7"]);
  });
});

describe("fix order and plausibility", () => {
  it("ignores a jump at an impossible speed and keeps the last fix", () => {
    const glitch = offsetLatLon(inside.lat, inside.lon, 20_000, 0); // 20 km in a minute
    const { results, state } = feed([residence], minutes([inside, glitch, inside]));
    expect(results.map((r) => r.reason ?? "ok")).toEqual(["ok", "jump", "ok"]);
    expect(results[1]!.state.lastFix?.t).toBe(T0);
    expect(results[1]!.events).toEqual([]);
    expect(state.lastFix?.t).toBe(T0 + 2 * MIN);
    // Glitches outside do not count toward a dwell.
    const far = east(20_000);
    expect(feed([residence], minutes([inside, far, inside, far, inside, far])).events).toEqual([]);
  });

  it("re-anchors when two consecutive jumps agree (the last accepted fix was the wrong one)", () => {
    const wrong = { ...offsetLatLon(inside.lat, inside.lon, 0, 1800), accuracyM: 10 };
    const moved = offsetLatLon(inside.lat, inside.lon, 0, -4000);
    // A first fix 1.8 km off, then the device keeps reporting where it is, 5.8 km from it a minute later.
    const fixes: TrackedFix[] = [
      { t: T0 - MIN, ...wrong },
      { t: T0, ...moved, accuracyM: 10 },
      { t: T0 + 20_000, ...moved, accuracyM: 10 },
      { t: T0 + 40_000, ...moved, accuracyM: 10 },
    ];
    const { results } = feed([residence], fixes);
    expect(results.map((r) => r.reason ?? "ok")).toEqual(["ok", "jump", "ok", "ok"]);
  });

  it("takes a late fix (older than the last) as stale and a repeated one as duplicate, changing nothing", () => {
    const { state } = feed([residence], minutes([inside, out, out]));
    expect(state.inclusion.count).toBe(2);
    const late = trackFix(state, [residence], { t: T0 + 90_000, ...out, accuracyM: 10 }, T0 + 10 * MIN);
    expect(late).toMatchObject({ accepted: false, reason: "stale", events: [] });
    expect(late.state).toEqual(state);
    const again = trackFix(state, [residence], { t: T0 + 2 * MIN, ...out, accuracyM: 10 }, T0 + 10 * MIN);
    expect(again).toMatchObject({ accepted: false, reason: "duplicate", events: [] });
    expect(again.state).toEqual(state);
  });

  it("never raises on late fixes, however many", () => {
    let { state } = feed([residence], minutes([inside, out, out]));
    for (let i = 1; i <= 10; i++) {
      const r = trackFix(state, [residence], { t: T0 + 2 * MIN - i * 1000, ...out }, T0 + 3 * MIN);
      expect(r.events).toEqual([]);
      state = r.state;
    }
    expect(state.inclusion.alerting).toBe(false);
  });

  it("refuses a fix dated more than futureToleranceSeconds ahead, and keeps serving later fixes", () => {
    const now = T0;
    const ahead = trackFix(emptyTrackerState(), [residence], { t: now + 301_000, ...inside }, now);
    expect(ahead).toMatchObject({ accepted: false, reason: "future" });
    expect(ahead.state.lastFix).toBeUndefined();
    const ok = trackFix(ahead.state, [residence], { t: now + 299_000, ...inside }, now);
    expect(ok.accepted).toBe(true);
    expect(trackFix(ok.state, [residence], { t: now + 299_500, ...inside }, now + 1000).accepted).toBe(true);
  });
});

describe("R-LV-5: court bans (forbidden zones)", () => {
  it("R-LV-5: raises forbidden_zone for the ban's zone after the dwell, and clears when the subject has left", () => {
    const inCafe = { ...cafe, accuracyM: 15 };
    const { results, events } = feed(
      [residence, ban],
      minutes([inside, inCafe, inCafe, inCafe, inside, inside]),
    );
    expect(timeline(results)).toEqual(["raise:cafe@3", "clear:cafe@5"]);
    expect(events[0]).toMatchObject({ type: "forbidden_zone", zoneId: "cafe" });
    expect(events[1]).toMatchObject({ type: "forbidden_zone", zoneId: "cafe", reason: "ok" });
  });

  it("R-LV-5: tracks each forbidden zone on its own, beside out_of_zone", () => {
    const second = offsetLatLon(cafe.lat, cafe.lon, 300, 0); // 300 m east: 100 m outside the café circle
    const otherShape = prepareShape({ type: "circle", lat: second.lat, lon: second.lon, radiusM: 150 });
    const other: ZoneRule = { id: "club", kind: "exclusion", shape: otherShape, toleranceM: 0 };
    const spots = [cafe, cafe, second, second, second, cafe].map((s) => ({ ...s, accuracyM: 10 }));
    const { results, state } = feed([residence, ban, other], minutes(spots));
    expect(timeline(results)).toEqual(["raise:club@4"]);
    expect(Object.keys(state.exclusions).sort()).toEqual(["cafe", "club"]);
    expect(state.exclusions.cafe).toMatchObject({ count: 1, alerting: false });
  });

  it("R-LV-5: a fix at the ban zone's edge with a wide accuracy circle raises nothing", () => {
    const edge = { ...offsetLatLon(cafe.lat, cafe.lon, 190, 0), accuracyM: 50 };
    expect(feed([residence, ban], minutes([edge, edge, edge, edge])).events).toEqual([]);
  });

  it("R-LV-5: a zone that ends while alerting clears with reason zone_ended; a half-built dwell is dropped", () => {
    const inCafe = { ...cafe, accuracyM: 10 };
    const until = T0 + 3 * MIN + 30_000;
    const bounded: ZoneRule = { ...ban, activeUntil: until };
    const { results, state } = feed([residence, bounded], minutes([inCafe, inCafe, inCafe, inCafe, inCafe]));
    expect(timeline(results)).toEqual(["raise:cafe@2", "clear:cafe@4"]);
    expect(results[4]!.events[0]).toMatchObject({ reason: "zone_ended", at: T0 + 4 * MIN });
    expect(state.exclusions).toEqual({});
    // Removed from the rules altogether: the same.
    const removed = feed([residence], minutes([inCafe], T0 + 4 * MIN), results[3]!.state);
    expect(removed.events).toMatchObject([{ kind: "clear", zoneId: "cafe", reason: "zone_ended" }]);
    // Not alerting yet: dropped silently.
    const half = feed([residence, bounded], minutes([inCafe, inCafe, inCafe], until - 90_000));
    expect(timeline(half.results)).toEqual([]);
    expect(half.state.exclusions).toEqual({});
  });
});

describe("time windows (curfews), across midnight", () => {
  const nightBan: ZoneRule = { ...ban, daily: { from: "22:00", until: "06:00" } };
  const inCafe = { ...cafe, accuracyM: 10 };

  it("raises a nightly forbidden zone only within its window, across midnight, and ends it at 06:00", () => {
    expect(
      feed([residence, nightBan], minutes([inCafe, inCafe, inCafe, inCafe], shanghai(15))).events,
    ).toEqual([]);
    const night = feed([residence, nightBan], minutes([inCafe, inCafe, inCafe, inCafe], shanghai(23, 58)));
    expect(timeline(night.results)).toEqual(["raise:cafe@2"]);
    expect(night.events[0]!.at).toBe(shanghai(0, 0, 21));
    const morning = feed(
      [residence, nightBan],
      minutes([inCafe, inCafe, inCafe], shanghai(5, 59, 21)),
      night.state,
    );
    expect(timeline(morning.results)).toEqual(["clear:cafe@1"]);
    expect(morning.events[0]).toMatchObject({ reason: "zone_ended", at: shanghai(6, 0, 21) });
  });

  it("does not carry a dwell from one night to the next", () => {
    const evening = feed([residence, nightBan], minutes([inCafe, inCafe], shanghai(5, 58, 21)));
    expect(evening.state.exclusions.cafe?.count).toBe(2);
    const next = feed(
      [residence, nightBan],
      minutes([inCafe, inCafe, inCafe], shanghai(5, 59, 21)),
      evening.state,
    );
    expect(next.state.exclusions).toEqual({});
    expect(feed([residence, nightBan], minutes([inCafe], shanghai(22, 0, 21)), next.state).events).toEqual(
      [],
    );
  });

  it("holds the subject to the curfew's inclusion zone (home) during its window, across midnight", () => {
    const homeShape = prepareShape({ type: "circle", lat: inside.lat, lon: inside.lon, radiusM: 100 });
    const home: ZoneRule = {
      id: "home",
      kind: "inclusion",
      shape: homeShape,
      toleranceM: 50,
      daily: { from: "22:00", until: "06:00" },
    };
    const town = { ...offsetLatLon(inside.lat, inside.lon, 0, 2000), accuracyM: 10 }; // in the county, 2 km from home
    const atHome = { ...inside, accuracyM: 10 };
    expect(feed([residence, home], minutes([town, town, town, town], shanghai(20))).events).toEqual([]);
    const late = feed([residence, home], minutes([atHome, town, town, town], shanghai(23, 58)));
    expect(timeline(late.results)).toEqual(["raise@3"]);
    expect(late.events[0]).toMatchObject({ type: "out_of_zone", at: shanghai(0, 1, 21) });
    // 06:00: the curfew is over and the subject, in the county, is where they may be.
    const morning = feed([residence, home], minutes([town, town], shanghai(6, 0, 21)), late.state);
    expect(timeline(morning.results)).toEqual(["clear@1"]);
  });
});

describe("leave: an approved leave's destination joins the zones for its days", () => {
  // A county 3 km east of the residence county (6 km wide).
  const destinationCentre = offsetLatLon(LAT, eastEdge, 6000, 0);
  const destination = prepareShape({
    type: "polygon",
    rings: [square(destinationCentre.lat, destinationCentre.lon, 3000)],
  });
  const leave: ZoneRule = {
    id: "leave",
    kind: "inclusion",
    shape: destination,
    toleranceM: 300,
    activeFrom: shanghai(0, 0, 21),
    activeUntil: shanghai(0, 0, 24),
  };
  const there = { ...destinationCentre, accuracyM: 10 };

  it("raises nothing in the destination during the leave (a union with the county)", () => {
    const spots = [inside, east(1000), east(2500), east(4500), there, there, there, there];
    expect(feed([residence, leave], minutes(spots, shanghai(9, 0, 22))).events).toEqual([]);
  });

  it("raises out_of_zone when the subject is still there after the leave ends, or went before it began", () => {
    const after = feed([residence, leave], minutes([there, there, there, there], shanghai(23, 59, 23)));
    expect(timeline(after.results)).toEqual(["raise@3"]);
    expect(after.events[0]!.at).toBe(shanghai(0, 2, 24));
    const before = feed([residence, leave], minutes([there, there, there], shanghai(20, 0, 20)));
    expect(timeline(before.results)).toEqual(["raise@2"]);
  });

  it("clears an out_of_zone alert when the leave starts and the subject is at the destination", () => {
    const early = feed(
      [residence, leave],
      minutes([there, there, there, there, there], shanghai(23, 57, 20)),
    );
    expect(timeline(early.results)).toEqual(["raise@2", "clear@4"]);
  });
});

describe("the tracker state", () => {
  it("survives a JSON round trip (device_states.tracker) and starts from {}", () => {
    const spots = [inside, out, out, { ...cafe }, out, out, out, inside];
    const fixes = minutes(spots);
    const straight = feed([residence, ban], fixes);
    let state: Partial<TrackerState> = {};
    const events: TrackerEvent[] = [];
    for (const f of fixes) {
      const r = trackFix(state, [residence, ban], f, f.t + 5000);
      events.push(...r.events);
      state = JSON.parse(JSON.stringify(r.state)) as TrackerState;
    }
    expect(events).toEqual(straight.events);
    expect(state).toEqual(straight.state);
  });

  it("does not change the state it was given", () => {
    const s0 = emptyTrackerState();
    const frozen = JSON.stringify(s0);
    feed([residence, ban], minutes([out, out, out, cafe, cafe, cafe]), s0);
    expect(JSON.stringify(s0)).toBe(frozen);
  });

  it("raises no out_of_zone when no inclusion zone applies", () => {
    expect(feed([ban], minutes([out, out, out, out])).events).toEqual([]);
    const raised = feed([residence], minutes([out, out, out]));
    const none = feed([], minutes([out], T0 + 3 * MIN), raised.state);
    expect(none.events).toMatchObject([{ kind: "clear", type: "out_of_zone", reason: "zone_ended" }]);
  });
});

describe("measured on a labelled synthetic set (issue 5: zero false, zero missed, within 3 minutes)", () => {
  const ring = syntheticCounty({ vertices: 3000 });
  const shape = prepareShape({ type: "polygon", rings: [ring] });
  const rules: ZoneRule[] = [{ id: "county", kind: "inclusion", shape, toleranceM: 300 }];

  it("alerts every excursion of 500 m within 3 minutes and never a subject along the boundary inside", () => {
    const set = syntheticSet(ring, shape, { seed: 1, faults: false });
    const r = evaluateTracker(set, rules);
    expect(r.tracks.inside).toBeGreaterThanOrEqual(200);
    expect(r.tracks.excursion).toBeGreaterThanOrEqual(200);
    expect(r.fixes).toBeGreaterThan(30_000);
    expect({ falseAlerts: r.falseAlerts, missed: r.missed, late: r.late }).toEqual({
      falseAlerts: 0,
      missed: 0,
      late: 0,
    });
    expect(r.maxDelaySeconds).toBeLessThanOrEqual(180);
    expect(r.uncleared).toBe(0);
  });

  it("raises no false alert and misses nothing with device faults (outliers, glitches, late and repeated fixes)", () => {
    const set = syntheticSet(ring, shape, { seed: 1, faults: true });
    const r = evaluateTracker(set, rules);
    expect(r.rejected.stale + r.rejected.duplicate).toBeGreaterThan(500);
    expect(r.rejected.jump).toBeGreaterThan(20);
    expect(r.falseAlerts).toBe(0);
    expect(r.missed).toBe(0);
    // A fix lost to a late delivery or an outlier inside the first minutes can push the alert
    // one fix later: few, and reported by the bench.
    expect(r.late).toBeLessThanOrEqual(0.1 * r.tracks.excursion);
    expect(r.maxDelaySeconds).toBeLessThanOrEqual(300);
  });
});
