import { describe, expect, it } from "vitest";
import {
  addDays,
  compareDates,
  isValidDivisionCode,
  isValidTownCode,
  parseIdNumber,
  validateSubjectInput,
} from "@zhijiao/domain";
import { demoTree, guangdongCounties, provinceTree } from "./orgs.ts";
import { Random, stableUuid } from "./random.ts";
import { chineseDuration } from "./subject-tables.ts";
import { generateSubjects } from "./subjects.ts";

const today = "2026-07-15";
const core = demoTree(new Date("2026-07-15T02:00:00Z"));
const sample = [...generateSubjects({ seed: 7, today, offices: core.offices, count: 2000 })];

describe("demo subjects", () => {
  it("every generated file passes validateSubjectInput (2,000 samples)", () => {
    for (const s of sample) {
      expect(() => validateSubjectInput(s.input, { today }), JSON.stringify(s.input)).not.toThrow();
    }
  });

  it("identity numbers are unique, GB 11643-valid, and agree with the sex; sequence numbers stay below 900", () => {
    const ids = new Set(sample.map((s) => s.input.idNumber));
    expect(ids.size).toBe(sample.length);
    for (const s of sample) {
      const parsed = parseIdNumber(s.input.idNumber, today);
      expect(parsed.sex).toBe(s.input.sex);
      expect(Number(s.input.idNumber.slice(14, 17))).toBeLessThan(900);
    }
    const men = sample.filter((s) => s.input.sex === "male").length / sample.length;
    expect(men).toBeGreaterThan(0.8);
    expect(men).toBeLessThan(0.9);
  });

  it("keeps the category mix at 90/4/4/2 and has a few minors", () => {
    const share = (c: string) => sample.filter((s) => s.input.category === c).length / sample.length;
    expect(share("02")).toBeCloseTo(0.9, 2);
    expect(share("01")).toBeCloseTo(0.04, 2);
    expect(share("03")).toBeCloseTo(0.04, 2);
    expect(share("04")).toBeCloseTo(0.02, 2);
    const minors = sample.filter((s) => validateSubjectInput(s.input, { today }).minor).length;
    expect(minors).toBeGreaterThanOrEqual(5);
    expect(minors).toBeLessThanOrEqual(20);
  });

  it("dates fit the status: released files ended before today, open ones end after it, new ones are strict", () => {
    for (const s of sample) {
      const { correctionStartOn: start, correctionEndOn: end } = s.input;
      expect(compareDates(start, today)).toBeLessThanOrEqual(0);
      switch (s.status) {
        case "released":
          expect(compareDates(end, today)).toBeLessThan(0);
          expect(compareDates(s.releasedOn!, end)).toBeGreaterThanOrEqual(0);
          expect(compareDates(s.releasedOn!, addDays(end, 3))).toBeLessThanOrEqual(0);
          break;
        case "in_correction":
          expect(compareDates(end, today)).toBeGreaterThanOrEqual(0);
          expect(compareDates(s.input.receivedOn!, start)).toBeGreaterThanOrEqual(0);
          if (compareDates(start, "2026-05-15") > 0) expect(s.input.level).toBe("strict");
          break;
        case "awaiting_report":
          expect(compareDates(start, addDays(today, -10))).toBeGreaterThanOrEqual(0);
          expect(s.input.receivedOn).toBeUndefined();
          break;
      }
    }
    const statuses = new Set(sample.map((s) => s.status));
    expect([...statuses].sort()).toEqual(["awaiting_report", "in_correction", "released"]);
    expect(sample.filter((s) => s.status === "in_correction").length / sample.length).toBeGreaterThan(0.6);
  });

  it("writes sentences as judgments do", () => {
    expect(chineseDuration(18)).toBe("一年六个月");
    expect(chineseDuration(24)).toBe("二年");
    expect(chineseDuration(2)).toBe("二个月");
    expect(chineseDuration(180)).toBe("十五年");
    const dui = sample.find((s) => s.input.crime === "危险驾驶罪")!;
    expect(dui.input.sentence.penalty).toBe("criminal_detention");
    expect(dui.input.sentence.text).toMatch(/^拘役.+个月，缓刑.+，并处罚金人民币\d+元$/);
    expect(
      sample.every((s) =>
        /^（\d{4}）粤\d{2,4}刑(初|终|更)\d+号$|^粤狱暂字〔\d{4}〕\d+号$/.test(s.input.judgmentNumber),
      ),
    ).toBe(true);
  });

  it("is deterministic for a seed and today, and differs for another seed", () => {
    const again = [...generateSubjects({ seed: 7, today, offices: core.offices, count: 2000 })];
    expect(again).toEqual(sample);
    const other = [...generateSubjects({ seed: 8, today, offices: core.offices, count: 50 })];
    expect(other.map((s) => s.input.idNumber)).not.toEqual(sample.slice(0, 50).map((s) => s.input.idNumber));
  });
});

describe("demo organisations", () => {
  it("has fixed ids and valid division codes; offices carry town codes of their county", () => {
    expect(demoTree(new Date()).rows.map((r) => r.id)).toEqual(core.rows.map((r) => r.id));
    for (const r of core.rows) {
      if (r.kind === "office") {
        expect(isValidTownCode(r.division_code)).toBe(true);
        const county = core.rows.find((c) => c.id === r.county_id)!;
        expect(r.division_code.startsWith(county.division_code)).toBe(true);
      } else expect(isValidDivisionCode(r.division_code)).toBe(true);
    }
  });

  it("spans Guangdong's counties for large demos, each with 6-12 offices", () => {
    const province = provinceTree(core, new Date());
    const all = [...core.rows, ...province.rows];
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    const counties = all.filter((r) => r.kind === "county");
    expect(counties.length).toBe(guangdongCounties.length);
    expect(counties.length).toBeGreaterThan(100);
    for (const county of counties) {
      const offices = all.filter((r) => r.kind === "office" && r.county_id === county.id);
      if (county.division_code !== "440605") expect(offices.length).toBeGreaterThanOrEqual(6);
      expect(offices.length).toBeLessThanOrEqual(12);
      for (const o of offices)
        expect(isValidTownCode(o.division_code) && o.division_code.startsWith(county.division_code)).toBe(
          true,
        );
    }
    expect(province.offices.length).toBe(all.filter((r) => r.kind === "office").length);
  });
});

describe("random", () => {
  it("gives the same stream for the same seed and version-4 UUIDs", () => {
    const a = new Random(1);
    const b = new Random(1);
    expect(Array.from({ length: 5 }, () => a.uint32())).toEqual(Array.from({ length: 5 }, () => b.uint32()));
    expect(a.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid("x")).toBe(stableUuid("x"));
    expect(stableUuid("x")).not.toBe(stableUuid("y"));
    const rng = new Random("ints");
    for (let i = 0; i < 1000; i++) {
      const n = rng.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
  });
});
