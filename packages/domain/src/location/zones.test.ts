import { describe, expect, it } from "vitest";
import { prepareShape } from "./geometry.ts";
import { LAT, east, testCounty, eastEdge } from "./test-shapes.ts";
import {
  bindingInclusionZones,
  classify,
  classifyUnion,
  parseClockTime,
  withinDailyWindow,
  zoneActive,
  type ZoneRule,
} from "./zones.ts";

const county = testCounty;

const inclusion = (toleranceM = 300): ZoneRule => ({
  id: "county",
  kind: "inclusion",
  shape: county,
  toleranceM,
});
const exclusion = (toleranceM = 20): ZoneRule => ({
  id: "bar",
  kind: "exclusion",
  shape: county,
  toleranceM,
});

/** 2026-11-20 at hh:mm in Asia/Shanghai, epoch ms. */
const shanghai = (hh: number, mm = 0, day = 20) => Date.UTC(2026, 10, day, hh - 8, mm);

describe("classify: one fix against one zone", () => {
  it("decides outside an inclusion zone only when the whole accuracy circle is beyond the band", () => {
    expect(classify(inclusion(), { ...east(360), accuracyM: 50 })).toBe("outside");
    expect(classify(inclusion(), { ...east(340), accuracyM: 50 })).toBe("undecided");
    expect(classify(inclusion(), { ...east(245), accuracyM: 50 })).toBe("inside");
    expect(classify(inclusion(), { ...east(-5000), accuracyM: 50 })).toBe("inside");
    expect(classify(inclusion(), { ...east(50_000), accuracyM: 50 })).toBe("outside");
  });

  it("decides nothing for a fix whose accuracy circle straddles the line", () => {
    expect(classify(inclusion(), { ...east(900), accuracyM: 700 })).toBe("undecided");
    expect(classify(inclusion(), { ...east(-100), accuracyM: 500 })).toBe("undecided");
    expect(classify(inclusion(0), { ...east(5), accuracyM: 10 })).toBe("undecided");
    expect(classify(exclusion(), { ...east(-25), accuracyM: 10 })).toBe("undecided");
    expect(classify(exclusion(), { ...east(5), accuracyM: 10 })).toBe("undecided");
  });

  it("assumes the default accuracy (30 m) when a fix reports none", () => {
    expect(classify(inclusion(), east(325))).toBe("undecided");
    expect(classify(inclusion(), east(335))).toBe("outside");
    expect(classify(inclusion(), { ...east(335), accuracyM: null })).toBe("outside");
    expect(classify(inclusion(), east(265))).toBe("inside");
    expect(classify(inclusion(), east(335), 50)).toBe("undecided");
  });

  it("decides inside an exclusion zone only when the whole circle is inside by more than the band", () => {
    expect(classify(exclusion(), { ...east(-35), accuracyM: 10 })).toBe("inside");
    expect(classify(exclusion(), { ...east(15), accuracyM: 10 })).toBe("outside");
    expect(classify(exclusion(0), { ...east(-12), accuracyM: 10 })).toBe("inside");
  });

  it("treats inclusion zones as a union", () => {
    const far = prepareShape({ type: "circle", lat: LAT, lon: eastEdge + 0.05, radiusM: 1000 });
    const leave: ZoneRule = { id: "leave", kind: "inclusion", shape: far, toleranceM: 0 };
    const inLeave = { lat: LAT, lon: eastEdge + 0.05, accuracyM: 10 };
    expect(classifyUnion([inclusion(), leave], inLeave)).toBe("inside");
    expect(classifyUnion([inclusion()], inLeave)).toBe("outside");
    expect(classifyUnion([inclusion(), leave], { ...east(2000), accuracyM: 10 })).toBe("outside");
    expect(classifyUnion([inclusion(), leave], { ...east(320), accuracyM: 40 })).toBe("undecided");
    expect(classifyUnion([], { ...east(2000), accuracyM: 10 })).toBe("inside");
  });
});

describe("zone activity", () => {
  it("applies from activeFrom (included) until activeUntil (excluded)", () => {
    const rule = { activeFrom: shanghai(8), activeUntil: shanghai(18) };
    expect(zoneActive(rule, shanghai(7, 59))).toBe(false);
    expect(zoneActive(rule, shanghai(8))).toBe(true);
    expect(zoneActive(rule, shanghai(17, 59))).toBe(true);
    expect(zoneActive(rule, shanghai(18))).toBe(false);
    expect(zoneActive({}, shanghai(3))).toBe(true);
    expect(zoneActive({ activeFrom: null, activeUntil: null, daily: null }, shanghai(3))).toBe(true);
  });

  it("reads daily windows on the Asia/Shanghai clock, also across midnight", () => {
    const curfew = { from: "22:00", until: "06:00" };
    expect(withinDailyWindow(curfew, shanghai(21, 59))).toBe(false);
    expect(withinDailyWindow(curfew, shanghai(22))).toBe(true);
    expect(withinDailyWindow(curfew, shanghai(23, 59))).toBe(true);
    expect(withinDailyWindow(curfew, shanghai(0, 0, 21))).toBe(true);
    expect(withinDailyWindow(curfew, shanghai(5, 59, 21))).toBe(true);
    expect(withinDailyWindow(curfew, shanghai(6, 0, 21))).toBe(false);
    expect(withinDailyWindow(curfew, shanghai(12))).toBe(false);
    const day = { from: "08:30:00", until: "17:00:00" }; // as PostgreSQL prints `time`
    expect(withinDailyWindow(day, shanghai(8, 29))).toBe(false);
    expect(withinDailyWindow(day, shanghai(8, 30))).toBe(true);
    expect(withinDailyWindow(day, shanghai(17))).toBe(false);
    expect(withinDailyWindow({ from: "00:00", until: "24:00" }, shanghai(23, 59))).toBe(true);
    expect(withinDailyWindow({ from: "09:00", until: "09:00" }, shanghai(3))).toBe(true);
    expect(zoneActive({ daily: curfew, activeUntil: shanghai(0, 0, 21) }, shanghai(23))).toBe(true);
    expect(zoneActive({ daily: curfew, activeUntil: shanghai(0, 0, 21) }, shanghai(1, 0, 21))).toBe(false);
  });

  it("refuses malformed clock times", () => {
    expect(parseClockTime("7:05")).toBe((7 * 60 + 5) * 60_000);
    expect(() => parseClockTime("25:00")).toThrow(RangeError);
    expect(() => parseClockTime("12:60")).toThrow(RangeError);
    expect(() => parseClockTime("noon")).toThrow(RangeError);
  });

  it("narrows the binding inclusion zones to the curfew's while it applies", () => {
    const home = { id: "home", kind: "inclusion" as const, daily: { from: "22:00", until: "06:00" } };
    const residence = { id: "county", kind: "inclusion" as const };
    const leave = { id: "leave", kind: "inclusion" as const, activeFrom: shanghai(0, 0, 22) };
    const ban = { id: "bar", kind: "exclusion" as const };
    const rules = [residence, home, leave, ban];
    expect(bindingInclusionZones(rules, shanghai(12)).map((r) => r.id)).toEqual(["county"]);
    expect(bindingInclusionZones(rules, shanghai(23)).map((r) => r.id)).toEqual(["home"]);
    expect(bindingInclusionZones(rules, shanghai(12, 0, 22)).map((r) => r.id)).toEqual(["county", "leave"]);
    expect(bindingInclusionZones([ban], shanghai(12))).toEqual([]);
  });
});
