import { describe, it, expect } from "vitest";
import type { DomainError } from "../errors/codes.ts";
import { type ErrorCode } from "../errors/codes.ts";
import { buildIdNumber, buildSubjectInput } from "./test-factories.ts";
import {
  validateSubjectInput,
  validateSubjectPatch,
  type ExistingSubject,
  type SubjectInput,
  type SubjectPatch,
} from "./validate-subject.ts";
import { errorOf } from "../errors/test-helpers.ts";

const today = "2026-03-01";
const options = { today };

/** Validates a body with some fields replaced (undefined: removed), as JSON would arrive. */
function validateWith(changes: Record<string, unknown>) {
  const body: Record<string, unknown> = { ...buildSubjectInput() };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete body[k];
    else body[k] = v;
  }
  return validateSubjectInput(body as unknown as SubjectInput, options);
}

function expectError(changes: Record<string, unknown>, code: ErrorCode, field: string): DomainError {
  const e = errorOf(() => validateWith(changes));
  expect({ code: e.code, field: e.details.field }).toEqual({ code, field });
  expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  return e;
}

describe("validateSubjectInput: a valid file", () => {
  it("is returned normalised, with the birth date and defaults filled in", () => {
    const input = buildSubjectInput({
      name: "  张某 ",
      idNumber: buildIdNumber("19900307", "123").toLowerCase(),
    });
    const valid = validateSubjectInput(input, options);
    expect(valid).toEqual({
      ...buildSubjectInput(),
      name: "张某",
      idNumber: buildIdNumber("19900307", "123"),
      birthDate: "1990-03-07",
      minor: false,
      status: "in_correction",
      fourHistories: [],
      threeInvolvements: [],
    });
  });
  it("keeps a given status, code lists (sorted) and optional fields", () => {
    const valid = validateSubjectInput(
      buildSubjectInput({
        status: "awaiting_report",
        fourHistories: ["03", "01"],
        threeInvolvements: ["02"],
      }),
      options,
    );
    expect(valid).toMatchObject({
      status: "awaiting_report",
      fourHistories: ["01", "03"],
      threeInvolvements: ["02"],
    });
  });
  it("accepts an X check digit", () => {
    // 11010519491231002X: the example of GB 11643, a woman born 1949-12-31.
    const valid = validateSubjectInput(
      buildSubjectInput({ idNumber: "11010519491231002x", sex: "female" }),
      options,
    );
    expect(valid).toMatchObject({ idNumber: "11010519491231002X", birthDate: "1949-12-31" });
  });
  it("accepts a file with only the required fields", () => {
    const valid = validateWith({
      phone: undefined,
      householdAddress: undefined,
      householdDivisionCode: undefined,
      judgmentEffectiveOn: undefined,
      receivedOn: undefined,
    });
    for (const k of [
      "phone",
      "householdAddress",
      "householdDivisionCode",
      "judgmentEffectiveOn",
      "receivedOn",
    ]) {
      expect(valid).not.toHaveProperty(k);
    }
  });
  it("treats blank and null optional fields as not given", () => {
    const valid = validateWith({
      phone: " ",
      householdAddress: "",
      householdDivisionCode: null,
      receivedOn: "",
    });
    expect(valid).not.toHaveProperty("phone");
    expect(valid).not.toHaveProperty("householdAddress");
    expect(valid).not.toHaveProperty("householdDivisionCode");
    expect(valid).not.toHaveProperty("receivedOn");
  });
  it("accepts a landline", () => {
    expect(validateWith({ phone: "0757-22381234" }).phone).toBe("0757-22381234");
  });
  it("accepts each category with a fitting sentence", () => {
    const files: Partial<SubjectInput>[] = [
      {
        category: "01",
        sentence: { penalty: "surveillance", termMonths: 12, custodyDays: 10 },
        judgmentEffectiveOn: "2026-02-20",
        correctionStartOn: "2026-03-01",
        correctionEndOn: "2027-02-08",
      },
      {
        category: "03",
        sentence: { penalty: "life" },
        correctionStartOn: "2026-01-10",
        correctionEndOn: "2036-01-09",
      },
      {
        category: "04",
        sentence: { penalty: "fixed_term", termMonths: 36 },
        judgmentEffectiveOn: "2025-06-01",
        correctionStartOn: "2026-01-10",
        correctionEndOn: "2026-12-31",
      },
    ];
    for (const f of files) expect(() => validateSubjectInput(buildSubjectInput(f), options)).not.toThrow();
  });
});

describe("validateSubjectInput: the identity number (GB 11643)", () => {
  it("refuses a wrong check digit", () => {
    const id = buildIdNumber();
    const wrong = id.slice(0, 17) + (id[17] === "1" ? "2" : "1");
    expect(expectError({ idNumber: wrong }, "ID_NUMBER_INVALID", "idNumber").details).toMatchObject({
      reason: "check_digit",
    });
  });
  it("refuses an impossible birth date", () => {
    expectError({ idNumber: buildIdNumber("19990230") }, "ID_NUMBER_INVALID", "idNumber");
  });
  it("refuses a birth date after today", () => {
    expectError({ idNumber: buildIdNumber("20260302") }, "ID_NUMBER_INVALID", "idNumber");
  });
  it("refuses a missing number", () => {
    expectError({ idNumber: undefined }, "VALIDATION_FAILED", "idNumber");
  });
  it("refuses a sex that disagrees with the number", () => {
    const e = expectError({ sex: "female" }, "ID_NUMBER_SEX_MISMATCH", "sex");
    expect(e.details.expected).toBe("male");
    expect(e.message).toContain("男");
    expectError({ idNumber: buildIdNumber("19900307", "124") }, "ID_NUMBER_SEX_MISMATCH", "sex");
  });
  it("refuses a birth date that disagrees with the number, and accepts one that agrees", () => {
    const e = expectError({ birthDate: "1990-03-08" }, "ID_NUMBER_BIRTH_MISMATCH", "birthDate");
    expect(e.details.expected).toBe("1990-03-07");
    expect(validateWith({ birthDate: "1990-03-07" }).birthDate).toBe("1990-03-07");
  });
});

describe("validateSubjectInput: codes, phone and divisions", () => {
  it.each(["00", "57", "1", "汉族", null])("refuses the ethnicity %j", (ethnicity) => {
    expectError({ ethnicity }, "ETHNICITY_INVALID", "ethnicity");
  });
  it.each(["12345678901", "1381234567", "abc", "0757-0628"])("refuses the phone %j", (phone) => {
    expectError({ phone }, "PHONE_INVALID", "phone");
  });
  it.each(["160000", "44060", "000000", "440006"])("refuses the division code %j", (code) => {
    expectError({ householdDivisionCode: code }, "DIVISION_CODE_INVALID", "householdDivisionCode");
    expectError({ residenceDivisionCode: code }, "DIVISION_CODE_INVALID", "residenceDivisionCode");
  });
  it("requires the residence division code", () => {
    expectError({ residenceDivisionCode: undefined }, "DIVISION_CODE_INVALID", "residenceDivisionCode");
  });
  it.each([
    ["sex", "unknown"],
    ["category", "05"],
    ["level", "medium"],
    ["status", "released"],
    ["status", "transferring"],
    ["minor", "yes"],
  ])("refuses %s = %j", (field, value) => {
    expectError({ [field]: value }, "VALIDATION_FAILED", field);
  });
  it.each([
    ["fourHistories", ["05"]],
    ["fourHistories", ["01", "01"]],
    ["fourHistories", "01"],
    ["fourHistories", [1]],
    ["threeInvolvements", ["04"]],
    ["threeInvolvements", ["03", "03"]],
  ])("refuses %s = %j", (field, value) => {
    expectError({ [field]: value }, "VALIDATION_FAILED", field);
  });
  it.each(["name", "residenceAddress", "crime", "decidingAuthority", "judgmentNumber", "officeId"])(
    "requires %s",
    (field) => {
      expectError({ [field]: undefined }, "VALIDATION_FAILED", field);
      expectError({ [field]: "   " }, "VALIDATION_FAILED", field);
      expectError({ [field]: 42 }, "VALIDATION_FAILED", field);
    },
  );
  it("limits the length of texts", () => {
    expectError({ name: "张".repeat(65) }, "VALIDATION_FAILED", "name");
    expect(() => validateWith({ name: "张".repeat(64) })).not.toThrow();
  });
});

describe("validateSubjectInput: the sentence and the correction period (§1)", () => {
  it("requires a sentence with a known penalty", () => {
    expectError({ sentence: undefined }, "VALIDATION_FAILED", "sentence");
    expectError({ sentence: "有期徒刑一年" }, "VALIDATION_FAILED", "sentence");
    expectError({ sentence: { penalty: "prison" } }, "VALIDATION_FAILED", "sentence.penalty");
  });
  it("requires whole numbers of months and days", () => {
    const s = buildSubjectInput().sentence;
    expectError({ sentence: { ...s, termMonths: "12" } }, "VALIDATION_FAILED", "sentence.termMonths");
    expectError({ sentence: { ...s, probationMonths: 0 } }, "VALIDATION_FAILED", "sentence.probationMonths");
    expectError({ sentence: { ...s, custodyDays: -1 } }, "VALIDATION_FAILED", "sentence.custodyDays");
    expectError({ sentence: { ...s, custodyDays: 1.5 } }, "VALIDATION_FAILED", "sentence.custodyDays");
  });
  it("CL 73: 有期徒刑1年缓刑2年 from 2026-01-10 must end on 2028-01-09", () => {
    const e = expectError({ correctionEndOn: "2028-01-10" }, "CORRECTION_PERIOD_INVALID", "correctionEndOn");
    expect(e.details).toMatchObject({ rule: "CL 73", expected: "2028-01-09" });
  });
  it("CL 73: 拘役3个月缓刑1个月 is refused", () => {
    const e = expectError(
      {
        sentence: { penalty: "criminal_detention", termMonths: 3, probationMonths: 1 },
        correctionEndOn: "2026-02-09",
      },
      "CORRECTION_PERIOD_INVALID",
      "sentence.probationMonths",
    );
    expect(e.details).toMatchObject({ rule: "CL 73", min: 3, max: 12 });
  });
  it("CL 73: 缓刑 runs from the day the judgment is final", () => {
    const e = expectError(
      { judgmentEffectiveOn: "2026-01-05", correctionStartOn: "2026-01-10" },
      "CORRECTION_PERIOD_INVALID",
      "correctionStartOn",
    );
    expect(e.details).toMatchObject({ rule: "CL 73", expected: "2026-01-05" });
  });
  it("correction cannot start before the judgment takes effect", () => {
    expectError(
      {
        category: "04",
        sentence: { penalty: "fixed_term", termMonths: 24 },
        judgmentEffectiveOn: "2026-01-12",
        correctionStartOn: "2026-01-10",
        correctionEndOn: "2026-06-30",
      },
      "CORRECTION_PERIOD_INVALID",
      "correctionStartOn",
    );
  });
  it("refuses invalid period dates", () => {
    expectError({ correctionStartOn: "2026-02-30" }, "CORRECTION_PERIOD_INVALID", "correctionStartOn");
    expectError({ correctionEndOn: undefined }, "CORRECTION_PERIOD_INVALID", "correctionEndOn");
  });
  it("refuses dates of decisions and intake that are not valid or lie in the future", () => {
    expectError({ judgmentEffectiveOn: "2026-13-01" }, "VALIDATION_FAILED", "judgmentEffectiveOn");
    expectError({ receivedOn: "2026-03-02" }, "VALIDATION_FAILED", "receivedOn");
    expect(validateWith({ receivedOn: today }).receivedOn).toBe(today);
  });
  it("refuses a category that does not fit the penalty", () => {
    expectError({ category: "01" }, "CORRECTION_PERIOD_INVALID", "sentence.penalty");
  });
});

describe("validateSubjectInput: minors (R-PR-2)", () => {
  // A 缓刑 from 2026-01-10 of someone born on 2008-01-10 or later is a minor's.
  const minorId = buildIdNumber("20090601", "123");
  it("R-PR-2: a subject under 18 on the first day of correction is a minor", () => {
    expect(validateWith({ idNumber: minorId }).minor).toBe(true);
  });
  it("R-PR-2: on the 18th birthday a person is still under 18 (age counts from the next day)", () => {
    expect(validateWith({ idNumber: buildIdNumber("20080110") }).minor).toBe(true);
    expect(validateWith({ idNumber: buildIdNumber("20080109") }).minor).toBe(false);
  });
  it("R-PR-2: an explicit false cannot un-flag someone who is under 18", () => {
    expect(validateWith({ idNumber: minorId, minor: false }).minor).toBe(true);
  });
  it("R-PR-2: an explicit true protects an adult too", () => {
    expect(validateWith({ minor: true }).minor).toBe(true);
    expect(validateWith({ minor: false }).minor).toBe(false);
  });
  it("R-PR-2: age is taken on the start of correction, not today", () => {
    // Born 2008-01-01: 18 since 2026-01-02, but the period began on 2025-12-01.
    const valid = validateWith({
      idNumber: buildIdNumber("20080101"),
      judgmentEffectiveOn: "2025-12-01",
      correctionStartOn: "2025-12-01",
      correctionEndOn: "2027-11-30",
    });
    expect(valid.minor).toBe(true);
  });
});

describe("validateSubjectInput: the first error found", () => {
  it("reports the earliest field in API order", () => {
    expectError(
      { ethnicity: "99", phone: "x", residenceDivisionCode: "1" },
      "ETHNICITY_INVALID",
      "ethnicity",
    );
    expectError({ phone: "x", residenceDivisionCode: "1", correctionEndOn: "x" }, "PHONE_INVALID", "phone");
    expectError({ name: "", idNumber: "1" }, "VALIDATION_FAILED", "name");
  });
  it("always names the field in details", () => {
    const bad: Record<string, unknown>[] = [
      { name: null },
      { sex: "x" },
      { ethnicity: "x" },
      { idNumber: "x" },
      { sex: "female" },
      { phone: "x" },
      { householdDivisionCode: "x" },
      { residenceDivisionCode: "x" },
      { category: "x" },
      { sentence: null },
      { correctionEndOn: "2030-01-01" },
      { level: "x" },
      { fourHistories: ["x"] },
    ];
    for (const changes of bad) {
      const e = errorOf(() => validateWith(changes));
      expect(typeof e.details.field, JSON.stringify(changes)).toBe("string");
    }
  });
  it("needs a valid today", () => {
    expect(() => validateSubjectInput(buildSubjectInput(), { today: "today" })).toThrow(RangeError);
  });
});

describe("validateSubjectPatch", () => {
  const stored = (overrides: Partial<ExistingSubject> = {}): ExistingSubject => ({
    ...validateSubjectInput(buildSubjectInput(), options),
    ...overrides,
  });
  const patchError = (existing: ExistingSubject, patch: SubjectPatch) =>
    errorOf(() => validateSubjectPatch(existing, patch, options));

  it("applies the patch and checks the merged record", () => {
    const valid = validateSubjectPatch(stored(), { phone: "13912345678", level: "normal" }, options);
    expect(valid).toMatchObject({
      phone: "13912345678",
      level: "normal",
      name: "张某",
      correctionEndOn: "2028-01-09",
    });
  });
  it("ignores fields the patch leaves undefined", () => {
    expect(validateSubjectPatch(stored(), { name: undefined }, options).name).toBe("张某");
  });
  it("re-checks the term rules of the merged record", () => {
    const e = patchError(stored(), { correctionEndOn: "2028-06-30" });
    expect(e).toMatchObject({ code: "CORRECTION_PERIOD_INVALID", details: { field: "correctionEndOn" } });
    // Lengthening the probation and the end together is fine.
    const valid = validateSubjectPatch(
      stored(),
      {
        sentence: { penalty: "fixed_term", termMonths: 12, probationMonths: 36 },
        correctionEndOn: "2029-01-09",
      },
      options,
    );
    expect(valid.sentence).toEqual({ penalty: "fixed_term", termMonths: 12, probationMonths: 36 });
  });
  it("checks a new identity number against the stored sex", () => {
    expect(patchError(stored(), { idNumber: buildIdNumber("19900307", "124") })).toMatchObject({
      code: "ID_NUMBER_SEX_MISMATCH",
      details: { field: "sex" },
    });
    const valid = validateSubjectPatch(
      stored(),
      { idNumber: buildIdNumber("19920101", "124"), sex: "female" },
      options,
    );
    expect(valid).toMatchObject({ sex: "female", birthDate: "1992-01-01" });
  });
  it("derives the birth date again from a corrected number", () => {
    const valid = validateSubjectPatch(stored(), { idNumber: buildIdNumber("19850505") }, options);
    expect(valid.birthDate).toBe("1985-05-05");
  });
  it("clears an optional field set to null", () => {
    const valid = validateSubjectPatch(stored(), { phone: null } as unknown as SubjectPatch, options);
    expect(valid).not.toHaveProperty("phone");
  });
  it("accepts optional fields stored as null", () => {
    const existing = stored({ phone: null, householdAddress: null, receivedOn: null, fourHistories: null });
    expect(validateSubjectPatch(existing, { level: "lenient" }, options)).toMatchObject({
      fourHistories: [],
    });
  });
  it("refuses to clear a required field", () => {
    expect(patchError(stored(), { name: null } as unknown as SubjectPatch).details.field).toBe("name");
  });
  it("R-PR-2: a minor stays a minor when the patch does not say otherwise", () => {
    const existing = stored({ minor: true });
    expect(validateSubjectPatch(existing, { level: "normal" }, options).minor).toBe(true);
  });
  it("R-PR-2: a patch cannot un-flag someone who was under 18 at the start", () => {
    const existing = validateSubjectInput(
      buildSubjectInput({ idNumber: buildIdNumber("20090601") }),
      options,
    );
    expect(existing.minor).toBe(true);
    expect(validateSubjectPatch(existing, { minor: false }, options).minor).toBe(true);
  });
  it("R-PR-2: a corrected number and an explicit false un-flag an adult flagged by mistake", () => {
    const existing = validateSubjectInput(
      buildSubjectInput({ idNumber: buildIdNumber("20090601") }),
      options,
    );
    const fixed = validateSubjectPatch(
      existing,
      { idNumber: buildIdNumber("19900307"), minor: false },
      options,
    );
    expect(fixed.minor).toBe(false);
  });
  it("R-PR-2: a corrected number showing the subject was under 18 at the start flags the file", () => {
    const valid = validateSubjectPatch(stored(), { idNumber: buildIdNumber("20100101") }, options);
    expect(valid.minor).toBe(true);
  });
  it("keeps a lifecycle status the patch does not touch, and refuses to set one", () => {
    const released = stored({ status: "released" });
    expect(validateSubjectPatch(released, { level: "normal" }, options).status).toBe("released");
    expect(patchError(released, { status: "in_correction" })).toMatchObject({
      code: "VALIDATION_FAILED",
      details: { field: "status" },
    });
  });
  it("lets a patch move between the initial statuses", () => {
    const waiting = stored({ status: "awaiting_report" });
    expect(validateSubjectPatch(waiting, { status: "in_correction" }, options).status).toBe("in_correction");
  });
  it("does not modify its arguments", () => {
    const existing = stored();
    const copy = JSON.parse(JSON.stringify(existing)) as unknown;
    const patch: SubjectPatch = { phone: "13912345678" };
    validateSubjectPatch(existing, patch, options);
    expect(existing).toEqual(copy);
    expect(patch).toEqual({ phone: "13912345678" });
  });
});
