import { describe, it, expect } from "vitest";
import { ethnicities, ethnicityName, isValidEthnicity } from "./ethnicities.ts";

describe("GB 3304 ethnic groups", () => {
  it("has the 56 codes 01..56 in order, with unique names", () => {
    expect(ethnicities).toHaveLength(56);
    expect(ethnicities.map((e) => e.code)).toEqual(
      Array.from({ length: 56 }, (_, i) => String(i + 1).padStart(2, "0")),
    );
    expect(new Set(ethnicities.map((e) => e.name)).size).toBe(56);
    for (const e of ethnicities) expect(e.name).toMatch(/族$/);
  });
  it.each([
    ["01", "汉族"],
    ["02", "蒙古族"],
    ["05", "维吾尔族"],
    ["08", "壮族"],
    ["22", "畲族"],
    ["29", "柯尔克孜族"],
    ["37", "仡佬族"],
    ["43", "乌孜别克族"],
    ["56", "基诺族"],
  ])("%s is %s", (code, name) => {
    expect(ethnicityName(code)).toBe(name);
    expect(isValidEthnicity(code)).toBe(true);
  });
  it.each(["00", "57", "97", "1", "001", "", "汉族"])("%j is not a code", (code) => {
    expect(ethnicityName(code)).toBeUndefined();
    expect(isValidEthnicity(code)).toBe(false);
  });
  it("refuses non-strings", () => {
    expect(isValidEthnicity(1)).toBe(false);
    expect(isValidEthnicity(null)).toBe(false);
  });
});
