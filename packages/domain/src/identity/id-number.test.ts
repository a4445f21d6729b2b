import { describe, it, expect } from "vitest";
import {
  ageOn,
  idNumberCheckDigit,
  idNumberTails,
  isMinorOn,
  isValidIdNumber,
  maskIdNumber,
  parseIdNumber,
} from "./id-number.ts";
import { errorOf } from "../errors/test-helpers.ts";

/** An independent ISO 7064 MOD 11-2: check = (12 - Σ dᵢ·2^(17-i) mod 11) mod 11, 10 written X. */
function referenceCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? "X" : String(c);
}

/** A well-formed number for a division, birth date (YYYYMMDD) and 3-digit sequence. */
function idFor(division: string, birth: string, sequence: string): string {
  const first17 = division + birth + sequence;
  return first17 + referenceCheck(first17);
}

describe("idNumberCheckDigit (GB 11643 mod 11-2)", () => {
  it("matches the example of the standard", () => {
    expect(idNumberCheckDigit("11010519491231002")).toBe("X");
  });
  it("agrees with an independent implementation", () => {
    const samples = [
      "44060619900307123",
      "32010219851212001",
      "51010720080229004",
      "65010219771001888",
      "81000019990101010",
      "11010120100101000",
      "00000000000000000",
      "99999999999999999",
    ];
    for (const s of samples) expect(idNumberCheckDigit(s)).toBe(referenceCheck(s));
    // Every residue, so every check character, occurs.
    const seen = new Set<string>();
    for (let n = 0; n < 200; n++) {
      const s = `4406061990030${String(n).padStart(4, "0")}`;
      expect(idNumberCheckDigit(s)).toBe(referenceCheck(s));
      seen.add(idNumberCheckDigit(s));
    }
    expect(seen.size).toBe(11);
  });
  it("needs exactly 17 digits", () => {
    expect(() => idNumberCheckDigit("1101051949123100")).toThrow(RangeError);
    expect(() => idNumberCheckDigit("1101051949123100X")).toThrow(RangeError);
  });
});

describe("parseIdNumber", () => {
  it("parses the example of the standard", () => {
    expect(parseIdNumber("11010519491231002X")).toEqual({
      idNumber: "11010519491231002X",
      birthDate: "1949-12-31",
      sex: "female",
      divisionCode: "110105",
    });
  });
  it("normalises a lower-case x and surrounding spaces", () => {
    expect(parseIdNumber(" 11010519491231002x ").idNumber).toBe("11010519491231002X");
  });
  it("reads the sex from the parity of the 17th digit", () => {
    expect(parseIdNumber(idFor("440606", "19900307", "123")).sex).toBe("male");
    expect(parseIdNumber(idFor("440606", "19900307", "124")).sex).toBe("female");
    expect(parseIdNumber(idFor("440606", "19900307", "000")).sex).toBe("female");
  });
  it("accepts 29 February of a leap year", () => {
    expect(parseIdNumber(idFor("510107", "20080229", "004")).birthDate).toBe("2008-02-29");
  });
  it.each([
    ["too short", "11010519491231002"],
    ["too long", "11010519491231002X1"],
    ["15-digit legacy number", "110105491231002"],
    ["letter inside", "1101051949123A002X"],
    ["X not last", "X10105194912310021"],
    ["full-width digits", "１１０１０５１９４９１２３１００２X"],
    ["empty", ""],
  ])("refuses a wrong format (%s)", (_label, s) => {
    const e = errorOf(() => parseIdNumber(s));
    expect(e.code).toBe("ID_NUMBER_INVALID");
    expect(e.details).toMatchObject({ field: "idNumber", reason: "format" });
  });
  it.each([
    ["30 February", "19990230"],
    ["29 February of a common year", "20260229"],
    ["month 13", "19991301"],
    ["day 0", "19990100"],
    ["before 1900", "18991231"],
  ])("refuses an impossible birth date (%s)", (_label, birth) => {
    const e = errorOf(() => parseIdNumber(idFor("440606", birth, "123")));
    expect(e.code).toBe("ID_NUMBER_INVALID");
    expect(e.details).toMatchObject({ field: "idNumber", reason: "birth_date" });
  });
  it("refuses a birth date after today, when today is given", () => {
    const id = idFor("440606", "20260302", "123");
    expect(parseIdNumber(id, "2026-03-02").birthDate).toBe("2026-03-02");
    const e = errorOf(() => parseIdNumber(id, "2026-03-01"));
    expect(e.details).toMatchObject({ field: "idNumber", reason: "birth_date" });
    expect(parseIdNumber(id).birthDate).toBe("2026-03-02");
  });
  it("refuses a wrong check digit", () => {
    const e = errorOf(() => parseIdNumber("110105194912310021"));
    expect(e.code).toBe("ID_NUMBER_INVALID");
    expect(e.details).toMatchObject({ field: "idNumber", reason: "check_digit" });
    expect(e.message).toContain("校验位");
  });
  it("catches any single mistyped digit and any swap of neighbours that changes the number", () => {
    const id = idFor("440606", "19900307", "123");
    for (let i = 0; i < 17; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === id[i]) continue;
        const typo = id.slice(0, i) + String(d) + id.slice(i + 1);
        expect(isValidIdNumber(typo), typo).toBe(false);
      }
    }
    for (let i = 0; i < 16; i++) {
      if (id[i] === id[i + 1]) continue;
      const swapped = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
      expect(isValidIdNumber(swapped), swapped).toBe(false);
    }
  });
  it("refuses non-strings without crashing", () => {
    expect(errorOf(() => parseIdNumber(undefined as unknown as string)).code).toBe("ID_NUMBER_INVALID");
  });
});

describe("isValidIdNumber", () => {
  it("says yes or no", () => {
    expect(isValidIdNumber("11010519491231002X")).toBe(true);
    expect(isValidIdNumber("11010519491231002x")).toBe(true);
    expect(isValidIdNumber("110105194912310020")).toBe(false);
    expect(isValidIdNumber(idFor("440606", "20300101", "123"), "2026-01-01")).toBe(false);
  });
});

describe("maskIdNumber and idNumberTails", () => {
  it("keeps the first 6 and last 4 characters", () => {
    expect(maskIdNumber("44060219900307123X")).toBe("440602********123X");
    expect(maskIdNumber("44060219900307123x")).toBe("440602********123X");
    expect(maskIdNumber("11010519491231002X")).toBe("110105********002X");
  });
  it("never shows a short value", () => {
    expect(maskIdNumber("1234")).toBe("****");
    expect(maskIdNumber("")).toBe("");
  });
  it("gives the last 4 and 6 characters in upper case", () => {
    expect(idNumberTails("11010519491231002x")).toEqual({ tail4: "002X", tail6: "31002X" });
  });
});

describe("ageOn (周岁)", () => {
  it("counts full years, a year being complete from the day after the birthday", () => {
    expect(ageOn("2008-05-10", "2026-05-09")).toBe(17);
    expect(ageOn("2008-05-10", "2026-05-10")).toBe(17);
    expect(ageOn("2008-05-10", "2026-05-11")).toBe(18);
    expect(ageOn("1949-12-31", "2026-01-01")).toBe(76);
  });
  it("is 0 in the first year", () => {
    expect(ageOn("2026-01-10", "2026-01-10")).toBe(0);
    expect(ageOn("2025-12-31", "2026-01-01")).toBe(0);
    expect(ageOn("2025-01-10", "2026-01-10")).toBe(0);
    expect(ageOn("2025-01-10", "2026-01-11")).toBe(1);
  });
  it("gives someone born on 29 February the birthday on 28 February", () => {
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
    expect(ageOn("2008-02-29", "2028-02-29")).toBe(19);
    expect(ageOn("2008-02-29", "2028-03-01")).toBe(20);
  });
  it("refuses a date before birth", () => {
    expect(() => ageOn("2008-05-10", "2008-05-09")).toThrow(RangeError);
  });
  it("R-PR-2: a minor is under 18 full years", () => {
    expect(isMinorOn("2008-05-10", "2026-05-10")).toBe(true);
    expect(isMinorOn("2008-05-10", "2026-05-11")).toBe(false);
    expect(isMinorOn("1990-01-01", "2026-05-11")).toBe(false);
  });
});
