import { describe, it, expect } from "vitest";
import {
  divisionLevel,
  isValidDivisionCode,
  isValidTownCode,
  provinceNames,
  provinceOfDivision,
} from "./division-codes.ts";

describe("GB/T 2260 division codes", () => {
  it("knows the 34 province-level divisions", () => {
    const codes = Object.keys(provinceNames).sort();
    expect(codes).toEqual([
      ...["11", "12", "13", "14", "15"],
      ...["21", "22", "23"],
      ...["31", "32", "33", "34", "35", "36", "37"],
      ...["41", "42", "43", "44", "45", "46"],
      ...["50", "51", "52", "53", "54"],
      ...["61", "62", "63", "64", "65"],
      ...["71", "81", "82"],
    ]);
    expect(provinceNames["44"]).toBe("广东省");
    expect(provinceNames["65"]).toBe("新疆维吾尔自治区");
    expect(provinceNames["82"]).toBe("澳门特别行政区");
  });
  it.each([
    "110000",
    "110105",
    "440000",
    "440600",
    "440606",
    "429004",
    "469001",
    "650102",
    "710000",
    "810000",
    "820000",
  ])("accepts %s", (code) => {
    expect(isValidDivisionCode(code)).toBe(true);
  });
  it.each([
    ["all zeros", "000000"],
    ["no such province", "160000"],
    ["no such province (Taiwan residence permits use 83)", "830000"],
    ["no such province", "990101"],
    ["county below no city", "440006"],
    ["5 digits", "44060"],
    ["7 digits", "4406060"],
    ["letters", "44O606"],
    ["padded", " 440606"],
    ["empty", ""],
  ])("refuses %s: %j", (_label, code) => {
    expect(isValidDivisionCode(code)).toBe(false);
  });
  it("refuses non-strings", () => {
    expect(isValidDivisionCode(440606)).toBe(false);
    expect(isValidDivisionCode(null)).toBe(false);
  });
  it("names the level of a code", () => {
    expect(divisionLevel("440000")).toBe("province");
    expect(divisionLevel("440600")).toBe("city");
    expect(divisionLevel("440606")).toBe("county");
    expect(divisionLevel("000000")).toBe(null);
  });
  it("finds the province of a division or town", () => {
    expect(provinceOfDivision("440606")).toEqual({ code: "44", name: "广东省" });
    expect(provinceOfDivision("440606101")).toEqual({ code: "44", name: "广东省" });
    expect(provinceOfDivision("110000")).toEqual({ code: "11", name: "北京市" });
    expect(provinceOfDivision("160000")).toBe(null);
    expect(provinceOfDivision("4406")).toBe(null);
  });
});

describe("town and street codes", () => {
  it.each(["440606101", "110105001", "440606999"])("accepts %s", (code) => {
    expect(isValidTownCode(code)).toBe(true);
  });
  it.each(["440606000", "000000101", "160000101", "44060610", "4406061011", "440606", "44060610X"])(
    "refuses %s",
    (code) => {
      expect(isValidTownCode(code)).toBe(false);
    },
  );
});
