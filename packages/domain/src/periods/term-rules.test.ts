import { describe, it, expect } from "vitest";
import { DomainError } from "../errors/codes.ts";
import type { Category, Sentence } from "../subjects/codes.ts";
import { computeCorrectionEnd, correctionPeriodBounds, validateCorrectionPeriod } from "./term-rules.ts";

// DOMAIN.md §1 gives the term rules no R- ids; tests name the articles they come from.

function periodError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) {
      expect(e.code).toBe("CORRECTION_PERIOD_INVALID");
      expect(e.status).toBe(400);
      expect(e.message).toMatch(/[\u4e00-\u9fff]/);
      return e;
    }
    throw e;
  }
  throw new Error("expected CORRECTION_PERIOD_INVALID");
}

function check(category: Category, sentence: Sentence, correctionStartOn: string, correctionEndOn: string) {
  return validateCorrectionPeriod({ category, sentence, correctionStartOn, correctionEndOn });
}

describe("§1 all categories: the dates themselves", () => {
  const probation: Sentence = { penalty: "fixed_term", termMonths: 12, probationMonths: 24 };
  it("refuses an invalid start or end date", () => {
    expect(periodError(() => check("02", probation, "2026-02-30", "2028-01-09")).details).toMatchObject({
      field: "correctionStartOn",
    });
    expect(periodError(() => check("02", probation, "2026-01-10", "2028-1-9")).details).toMatchObject({
      field: "correctionEndOn",
    });
  });
  it("refuses an end before the start", () => {
    const e = periodError(() => check("04", { penalty: "fixed_term" }, "2026-01-10", "2026-01-09"));
    expect(e.details).toMatchObject({ field: "correctionEndOn", min: "2026-01-10" });
    expect(e.message).toContain("不能早于");
  });
});

describe("§1 category 01 管制 (CL 38, CL 41)", () => {
  it("CL 38: the period is the term, ending the day before the same date after it", () => {
    const s: Sentence = { penalty: "surveillance", termMonths: 6 };
    expect(computeCorrectionEnd("01", s, "2026-01-10")).toBe("2026-07-09");
    expect(check("01", s, "2026-01-10", "2026-07-09").expected).toBe("2026-07-09");
    const e = periodError(() => check("01", s, "2026-01-10", "2026-07-10"));
    expect(e.details).toMatchObject({
      rule: "CL 38 / CL 41",
      field: "correctionEndOn",
      expected: "2026-07-09",
    });
  });
  it("CL 41: 管制1年 with 10 days in custody from 2026-03-01 ends on 2027-02-08", () => {
    const s: Sentence = { penalty: "surveillance", termMonths: 12, custodyDays: 10 };
    expect(computeCorrectionEnd("01", s, "2026-03-01")).toBe("2027-02-08");
    expect(() => check("01", s, "2026-03-01", "2027-02-08")).not.toThrow();
    expect(periodError(() => check("01", s, "2026-03-01", "2027-02-28")).details).toMatchObject({
      expected: "2027-02-08",
    });
  });
  it("CL 41: custody that offsets the whole term leaves nothing to supervise", () => {
    // 3 months from 2026-01-01 end 2026-03-31 (90 days); 45 days of custody offset 90.
    const s: Sentence = { penalty: "surveillance", termMonths: 3, custodyDays: 45 };
    expect(computeCorrectionEnd("01", s, "2026-01-01")).toBe(null);
    const e = periodError(() => check("01", s, "2026-01-01", "2026-01-01"));
    expect(e.details).toMatchObject({ rule: "CL 41", field: "sentence.custodyDays" });
    // One day fewer of custody leaves a single day (start = end).
    const s2: Sentence = { penalty: "surveillance", termMonths: 3, custodyDays: 44 };
    expect(computeCorrectionEnd("01", s2, "2026-01-01")).toBe("2026-01-02");
    const s3: Sentence = { penalty: "surveillance", termMonths: 3, custodyDays: 44.5 };
    expect(computeCorrectionEnd("01", s3, "2026-01-01")).toBe(null);
    expect(periodError(() => correctionPeriodBounds("01", s3, "2026-01-01")).details).toMatchObject({
      field: "sentence.custodyDays",
    });
  });
  it("CL 38: the term is 3 months to 2 years", () => {
    for (const termMonths of [2, 25, 0, -3, 6.5]) {
      const e = periodError(() =>
        correctionPeriodBounds("01", { penalty: "surveillance", termMonths }, "2026-01-01"),
      );
      expect(e.details).toMatchObject({ rule: "CL 38", field: "sentence.termMonths", min: 3, max: 24 });
    }
    expect(computeCorrectionEnd("01", { penalty: "surveillance", termMonths: 3 }, "2026-01-01")).toBe(
      "2026-03-31",
    );
    expect(computeCorrectionEnd("01", { penalty: "surveillance", termMonths: 24 }, "2026-01-01")).toBe(
      "2027-12-31",
    );
  });
  it("CL 38: without a term, the end is after the start and within 2 years", () => {
    const s: Sentence = { penalty: "surveillance" };
    expect(computeCorrectionEnd("01", s, "2026-01-01")).toBe(null);
    expect(correctionPeriodBounds("01", s, "2026-01-01")).toMatchObject({
      min: "2026-01-02",
      max: "2027-12-31",
    });
    expect(() => check("01", s, "2026-01-01", "2027-12-31")).not.toThrow();
    expect(periodError(() => check("01", s, "2026-01-01", "2028-01-01")).details).toMatchObject({
      field: "correctionEndOn",
      max: "2027-12-31",
    });
    expect(periodError(() => check("01", s, "2026-01-01", "2026-01-01")).details).toMatchObject({
      min: "2026-01-02",
    });
  });
  it("CL 38: the penalty must be 管制", () => {
    const e = periodError(() =>
      check("01", { penalty: "fixed_term", termMonths: 12 }, "2026-01-01", "2026-12-31"),
    );
    expect(e.details).toMatchObject({ field: "sentence.penalty" });
  });
});

describe("§1 category 02 缓刑 (CL 72, CL 73)", () => {
  const oneYearSuspendedTwo: Sentence = { penalty: "fixed_term", termMonths: 12, probationMonths: 24 };
  it("CL 73: 有期徒刑1年缓刑2年 from 2026-01-10 ends on 2028-01-09", () => {
    expect(computeCorrectionEnd("02", oneYearSuspendedTwo, "2026-01-10")).toBe("2028-01-09");
    expect(check("02", oneYearSuspendedTwo, "2026-01-10", "2028-01-09")).toMatchObject({
      expected: "2028-01-09",
    });
  });
  it("CL 73: ending on 2028-01-10 instead is one day too long", () => {
    const e = periodError(() => check("02", oneYearSuspendedTwo, "2026-01-10", "2028-01-10"));
    expect(e.details).toEqual({ rule: "CL 73", field: "correctionEndOn", expected: "2028-01-09" });
  });
  it("CL 73: 拘役3个月缓刑1个月 is refused (probation under 2 months and under the term)", () => {
    const e = periodError(() =>
      check(
        "02",
        { penalty: "criminal_detention", termMonths: 3, probationMonths: 1 },
        "2026-01-10",
        "2026-02-09",
      ),
    );
    expect(e.details).toEqual({ rule: "CL 73", field: "sentence.probationMonths", min: 3, max: 12 });
    expect(e.message).toContain("拘役");
  });
  it("CL 73: suspended 拘役: probation ≥ the term, ≥ 2 months, ≤ 1 year", () => {
    const end = (termMonths: number, probationMonths: number) =>
      computeCorrectionEnd(
        "02",
        { penalty: "criminal_detention", termMonths, probationMonths },
        "2026-01-10",
      );
    expect(end(1, 2)).toBe("2026-03-09");
    expect(end(1, 1)).toBe(null);
    expect(end(4, 3)).toBe(null);
    expect(end(6, 6)).toBe("2026-07-09");
    expect(end(6, 12)).toBe("2027-01-09");
    expect(end(6, 13)).toBe(null);
    expect(
      periodError(() =>
        correctionPeriodBounds(
          "02",
          { penalty: "criminal_detention", termMonths: 1, probationMonths: 1 },
          "2026-01-10",
        ),
      ).details,
    ).toMatchObject({ min: 2 });
  });
  it("CL 42: 拘役 is 1 to 6 months", () => {
    const e = periodError(() =>
      correctionPeriodBounds(
        "02",
        { penalty: "criminal_detention", termMonths: 7, probationMonths: 12 },
        "2026-01-10",
      ),
    );
    expect(e.details).toMatchObject({ rule: "CL 42", field: "sentence.termMonths", min: 1, max: 6 });
  });
  it("CL 73: suspended 有期徒刑: probation ≥ the term, ≥ 1 year, ≤ 5 years", () => {
    const end = (termMonths: number, probationMonths: number) =>
      computeCorrectionEnd("02", { penalty: "fixed_term", termMonths, probationMonths }, "2026-01-10");
    expect(end(6, 12)).toBe("2027-01-09");
    expect(end(6, 11)).toBe(null);
    expect(end(36, 36)).toBe("2029-01-09");
    expect(end(24, 18)).toBe(null);
    expect(end(36, 60)).toBe("2031-01-09");
    expect(end(12, 61)).toBe(null);
    const e = periodError(() =>
      correctionPeriodBounds(
        "02",
        { penalty: "fixed_term", termMonths: 24, probationMonths: 18 },
        "2026-01-10",
      ),
    );
    expect(e.details).toEqual({ rule: "CL 73", field: "sentence.probationMonths", min: 24, max: 60 });
    expect(e.message).toBe("缓刑考验期不得少于原判刑期，且有期徒刑缓刑的考验期为一年以上五年以下");
  });
  it("CL 72: only 拘役 or 有期徒刑 of at most 3 years can be suspended", () => {
    expect(
      periodError(() =>
        correctionPeriodBounds(
          "02",
          { penalty: "fixed_term", termMonths: 37, probationMonths: 60 },
          "2026-01-10",
        ),
      ).details,
    ).toMatchObject({
      rule: "CL 72",
      field: "sentence.termMonths",
      max: 36,
    });
    expect(
      periodError(() =>
        correctionPeriodBounds(
          "02",
          { penalty: "fixed_term", termMonths: 5, probationMonths: 12 },
          "2026-01-10",
        ),
      ).details,
    ).toMatchObject({
      field: "sentence.termMonths",
      min: 6,
    });
    for (const penalty of ["surveillance", "life", "death_suspended"] as const) {
      expect(
        periodError(() => correctionPeriodBounds("02", { penalty, probationMonths: 12 }, "2026-01-10"))
          .details,
      ).toMatchObject({
        field: "sentence.penalty",
      });
    }
  });
  it("CL 73: the term and the probation period are required", () => {
    expect(
      periodError(() =>
        correctionPeriodBounds("02", { penalty: "fixed_term", probationMonths: 24 }, "2026-01-10"),
      ).details,
    ).toMatchObject({
      field: "sentence.termMonths",
    });
    expect(
      periodError(() => correctionPeriodBounds("02", { penalty: "fixed_term", termMonths: 12 }, "2026-01-10"))
        .details,
    ).toMatchObject({
      field: "sentence.probationMonths",
    });
  });
  it("CL 73: a probation starting on the 31st ends on the day before the clamped date", () => {
    // 2026-01-31 + 13 months = 2027-02-28, so the last day is 2027-02-27.
    expect(
      computeCorrectionEnd("02", { penalty: "fixed_term", termMonths: 6, probationMonths: 13 }, "2026-01-31"),
    ).toBe("2027-02-27");
  });
  it("treats null numbers from JSON as absent", () => {
    const s = {
      penalty: "fixed_term",
      termMonths: 12,
      probationMonths: 24,
      custodyDays: null,
    } as unknown as Sentence;
    expect(computeCorrectionEnd("02", s, "2026-01-10")).toBe("2028-01-09");
  });
});

describe("§1 category 03 假释 (CL 81, CL 83)", () => {
  it("CL 83: after a life sentence the period is exactly 10 years", () => {
    const s: Sentence = { penalty: "life" };
    expect(computeCorrectionEnd("03", s, "2026-01-10")).toBe("2036-01-09");
    expect(() => check("03", s, "2026-01-10", "2036-01-09")).not.toThrow();
    expect(periodError(() => check("03", s, "2026-01-10", "2035-01-09")).details).toEqual({
      rule: "CL 83",
      field: "correctionEndOn",
      expected: "2036-01-09",
    });
  });
  it("CL 83: after a fixed term, the unserved term: after the start and no longer than the term", () => {
    const s: Sentence = { penalty: "fixed_term", termMonths: 60 };
    expect(computeCorrectionEnd("03", s, "2026-01-10")).toBe(null);
    expect(correctionPeriodBounds("03", s, "2026-01-10")).toMatchObject({
      min: "2026-01-11",
      max: "2031-01-09",
    });
    expect(() => check("03", s, "2026-01-10", "2027-06-30")).not.toThrow();
    expect(() => check("03", s, "2026-01-10", "2031-01-09")).not.toThrow();
    expect(periodError(() => check("03", s, "2026-01-10", "2031-01-10")).details).toMatchObject({
      rule: "CL 83",
      field: "correctionEndOn",
      min: "2026-01-11",
      max: "2031-01-09",
    });
    expect(periodError(() => check("03", s, "2026-01-10", "2026-01-10")).details).toMatchObject({
      field: "correctionEndOn",
    });
  });
  it("CL 83: after a commuted death sentence, at most 25 years unless the term is given", () => {
    expect(correctionPeriodBounds("03", { penalty: "death_suspended" }, "2026-01-10").max).toBe("2051-01-09");
    expect(
      correctionPeriodBounds("03", { penalty: "death_suspended", termMonths: 120 }, "2026-01-10").max,
    ).toBe("2036-01-09");
  });
  it("CL 81: parole follows 有期徒刑, 无期徒刑 or a commuted death sentence", () => {
    for (const penalty of ["surveillance", "criminal_detention"] as const) {
      expect(
        periodError(() => check("03", { penalty, termMonths: 6 }, "2026-01-10", "2026-03-01")).details,
      ).toMatchObject({
        rule: "CL 81",
        field: "sentence.penalty",
      });
    }
  });
});

describe("§1 category 04 暂予监外执行 (CPL 265)", () => {
  it("runs until the condition ends or the term expires", () => {
    const s: Sentence = { penalty: "fixed_term", termMonths: 24 };
    expect(computeCorrectionEnd("04", s, "2026-01-10")).toBe(null);
    expect(() => check("04", s, "2026-01-10", "2026-06-30")).not.toThrow();
    expect(() => check("04", s, "2026-01-10", "2028-01-09")).not.toThrow();
    expect(periodError(() => check("04", s, "2026-01-10", "2028-01-10")).details).toMatchObject({
      max: "2028-01-09",
    });
    expect(periodError(() => check("04", s, "2026-01-10", "2026-01-10")).details).toMatchObject({
      min: "2026-01-11",
    });
  });
  it("has no upper bound when the term is not given", () => {
    expect(correctionPeriodBounds("04", { penalty: "life" }, "2026-01-10")).toMatchObject({
      max: null,
      expected: null,
    });
    expect(() => check("04", { penalty: "life" }, "2026-01-10", "2046-01-10")).not.toThrow();
  });
  it("never applies to 管制, which is not served in custody", () => {
    expect(
      periodError(() => check("04", { penalty: "surveillance", termMonths: 6 }, "2026-01-10", "2026-03-01"))
        .details,
    ).toMatchObject({
      field: "sentence.penalty",
    });
  });
});
