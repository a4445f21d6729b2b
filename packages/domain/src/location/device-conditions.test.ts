import { describe, expect, it } from "vitest";
import {
  defaultDeviceConditionConfig,
  emptySeparationState,
  lowBatteryStep,
  separationStep,
  type SeparationFix,
  type SeparationState,
} from "./device-conditions.ts";
import { offsetLatLon } from "./geometry.ts";
import type { DeviceKind } from "./positioning.ts";

const T0 = Date.UTC(2026, 10, 20, 2, 0);
const home = { lat: 23.03, lon: 113.15 };
/** A point `m` metres north of home. */
const north = (m: number) => offsetLatLon(home.lat, home.lon, 0, m);

describe("low battery", () => {
  it("R-EP-1: low battery raises at the device's threshold, once", () => {
    let low = false;
    const events: string[] = [];
    for (const battery of [25, 20, 15, 14]) {
      const r = lowBatteryStep(low, { battery, flagged: false }, 20, T0);
      low = r.low;
      if (r.event) events.push(`${r.event.kind}@${battery}`);
    }
    expect(events).toEqual(["raise@20"]);
    expect(lowBatteryStep(false, { battery: 15, flagged: false }, 20, T0).event).toEqual({
      kind: "raise",
      at: T0,
      details: { battery: 15 },
    });
  });

  it("R-EP-1: low battery clears only above the threshold plus the hysteresis", () => {
    expect(lowBatteryStep(true, { battery: 25, flagged: false }, 20, T0)).toEqual({ low: true, event: null });
    expect(lowBatteryStep(true, { battery: 26, flagged: false }, 20, T0)).toEqual({
      low: false,
      event: { kind: "clear", at: T0 },
    });
    const wide = { ...defaultDeviceConditionConfig, batteryHysteresis: 10 };
    expect(lowBatteryStep(true, { battery: 26, flagged: false }, 20, T0, wide).low).toBe(true);
  });

  it("R-EP-1: the device's own low-battery flag raises without a percentage and keeps it raised", () => {
    expect(lowBatteryStep(false, { flagged: true }, 20, T0).event).toEqual({
      kind: "raise",
      at: T0,
      details: { battery: null },
    });
    expect(lowBatteryStep(true, { battery: 90, flagged: true }, 20, T0)).toEqual({ low: true, event: null });
    // A fix with no percentage says nothing about recovery.
    expect(lowBatteryStep(true, { flagged: false }, 20, T0)).toEqual({ low: true, event: null });
  });
});

describe("separation (人机分离)", () => {
  function feed(steps: [DeviceKind, SeparationFix][], state: SeparationState = emptySeparationState()) {
    const events: string[] = [];
    for (const [kind, fix] of steps) {
      const r = separationStep(state, kind, fix);
      state = r.state;
      if (r.event) events.push(r.event.kind);
    }
    return { state, events };
  }

  it("R-EP-1: phone and bracelet 3 km apart at the same minute raise separation, with the distance", () => {
    const far = north(3000);
    const first = separationStep(emptySeparationState(), "phone", { t: T0, ...home });
    expect(first.event).toBeNull();
    const r = separationStep(first.state, "bracelet", { t: T0 + 1000, ...far });
    expect(r.event).toMatchObject({ kind: "raise", at: T0 + 1000 });
    expect(Math.abs(r.event!.details!.distanceM - 3000)).toBeLessThan(10);
    expect(r.state.separated).toBe(true);
    // Still apart: nothing more.
    expect(separationStep(r.state, "phone", { t: T0 + 60_000, ...home }).event).toBeNull();
  });

  it("R-EP-1: a subject on the move is not apart from the device that reported earlier", () => {
    // The bracelet reports 50 s after the phone, 1.2 km further on: within 500 m + 50 s × 33 m/s.
    const { events } = feed([
      ["phone", { t: T0 - 50_000, ...home }],
      ["bracelet", { t: T0, ...north(1200) }],
    ]);
    expect(events).toEqual([]);
  });

  it("R-EP-1: fixes more than a minute apart in time are not compared", () => {
    const { events, state } = feed([
      ["phone", { t: T0, ...home }],
      ["bracelet", { t: T0 + 61_000, ...north(5000) }],
    ]);
    expect(events).toEqual([]);
    expect(state.separated).toBe(false);
  });

  it("R-EP-1: separation clears once the two are within half the distance again, and may rise again", () => {
    const { events } = feed([
      ["phone", { t: T0, ...home }],
      ["bracelet", { t: T0, ...north(800) }],
      // 400 m: no longer beyond 500 m, but not yet within 250 m.
      ["bracelet", { t: T0 + 30_000, ...north(400) }],
      ["phone", { t: T0 + 30_000, ...north(300) }],
      ["phone", { t: T0 + 60_000, ...north(200) }],
      ["bracelet", { t: T0 + 60_000, ...north(2000) }],
    ]);
    expect(events).toEqual(["raise", "clear", "raise"]);
  });

  it("R-EP-1: one device alone never raises separation", () => {
    const { events } = feed([
      ["phone", { t: T0, ...home }],
      ["phone", { t: T0 + 10_000, ...north(5000) }],
    ]);
    expect(events).toEqual([]);
  });
});
