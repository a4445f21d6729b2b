import { describe, expect, it } from "vitest";
import { errorOf } from "../errors/test-helpers.ts";
import { drawnZoneSource, validateDailyWindow, validateDrawnShape } from "./zone-input.ts";

const square = [
  [113.14, 23.02],
  [113.16, 23.02],
  [113.16, 23.04],
  [113.14, 23.04],
  [113.14, 23.02],
];

describe("drawn zones (R-LV-5 court-ban places, curfews)", () => {
  it("R-LV-5: a circle of 20 m to 50 km around a valid centre", () => {
    expect(validateDrawnShape({ type: "circle", lat: 23.03, lon: 113.15, radiusM: 200 })).toEqual({
      type: "circle",
      lat: 23.03,
      lon: 113.15,
      radiusM: 200,
    });
    for (const radiusM of [19, 50_001, Number.NaN])
      expect(errorOf(() => validateDrawnShape({ type: "circle", lat: 23, lon: 113, radiusM })).code).toBe(
        "ZONE_SHAPE_INVALID",
      );
    expect(
      errorOf(() => validateDrawnShape({ type: "circle", lat: 91, lon: 113, radiusM: 100 })).details,
    ).toMatchObject({
      part: "center",
    });
  });

  it("R-LV-5: a polygon's rings have 4 points or more, are closed, valid and enclose an area", () => {
    expect(validateDrawnShape({ type: "polygon", rings: [square] })).toEqual({
      type: "polygon",
      rings: [square],
    });
    const cases = [
      { rings: [] },
      { rings: [square.slice(0, 3)] },
      { rings: [square.slice(0, 4)] }, // not closed
      { rings: [square.map(([x, y]) => [y, x])] }, // lat/lon swapped: 113 is no latitude
      {
        rings: [
          [
            [113, 23],
            [113.1, 23],
            [113.2, 23],
            [113, 23],
          ],
        ],
      }, // a line, no area
      {
        rings: [
          [
            [113, 23, 5],
            [113.1, 23],
            [113.1, 23.1],
            [113, 23],
          ],
        ],
      },
    ];
    for (const c of cases)
      expect(errorOf(() => validateDrawnShape({ type: "polygon", ...c })).code, JSON.stringify(c)).toBe(
        "ZONE_SHAPE_INVALID",
      );
  });

  it("R-LV-5: only circles and polygons are drawn (a county comes from the shipped boundaries)", () => {
    expect(errorOf(() => validateDrawnShape({ type: "division", code: "440605" })).code).toBe(
      "ZONE_SHAPE_INVALID",
    );
    expect(errorOf(() => validateDrawnShape(null)).code).toBe("ZONE_SHAPE_INVALID");
  });

  it("R-LV-5: daily windows are HH:MM pairs and may wrap midnight", () => {
    expect(validateDailyWindow(undefined, undefined)).toBeNull();
    expect(validateDailyWindow("22:00", "06:00")).toEqual({ from: "22:00", until: "06:00" });
    expect(errorOf(() => validateDailyWindow("22:00", undefined)).details).toMatchObject({
      field: "dailyUntil",
    });
    expect(errorOf(() => validateDailyWindow("24:00", "06:00")).details).toMatchObject({
      field: "dailyFrom",
    });
    expect(errorOf(() => validateDailyWindow("08:00", "08:00")).code).toBe("VALIDATION_FAILED");
  });

  it("R-LV-5: a court ban's place is an exclusion zone; an inclusion zone with a window is a curfew", () => {
    expect(drawnZoneSource("exclusion", { courtBan: true, daily: false })).toBe("court_ban");
    expect(
      errorOf(() => drawnZoneSource("inclusion", { courtBan: true, daily: false })).details,
    ).toMatchObject({
      field: "kind",
    });
    expect(drawnZoneSource("inclusion", { courtBan: false, daily: true })).toBe("curfew");
    expect(drawnZoneSource("exclusion", { courtBan: false, daily: true })).toBe("manual");
    expect(drawnZoneSource("inclusion", { courtBan: false, daily: false })).toBe("manual");
  });
});
