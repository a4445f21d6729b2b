import { describe, expect, it } from "vitest";
import { defaultCaseRules } from "../deadlines/case-rules.ts";
import { errorOf } from "../errors/test-helpers.ts";
import {
  checkRelease,
  checkReleasePreparation,
  checkTermination,
  isOverdue,
  isReleaseDue,
  isReleasePreparationOpen,
} from "./closure-rules.ts";

const period = { correctionStartOn: "2024-11-20", correctionEndOn: "2026-11-19" };

describe("R-RL-1 release", () => {
  it("R-RL-1: expiry on or after the end date is type 01", () => {
    expect(checkRelease({ ...period, ground: "expiry", releasedOn: "2026-11-19", today: "2026-11-20" })).toBe(
      "01",
    );
  });

  it("R-RL-1: expiry before the end date is refused (RELEASE_NOT_DUE), today or as dated", () => {
    const early = { ...period, ground: "expiry" as const };
    expect(
      errorOf(() => checkRelease({ ...early, releasedOn: "2026-11-18", today: "2026-11-20" })).code,
    ).toBe("RELEASE_NOT_DUE");
    expect(
      errorOf(() =>
        checkRelease({
          ...period,
          correctionEndOn: "2026-12-01",
          ground: "expiry",
          releasedOn: "2026-11-20",
          today: "2026-11-20",
        }),
      ).code,
    ).toBe("RELEASE_NOT_DUE");
  });

  it("R-RL-1: a pardon may come before the end (type 99), never dated in the future", () => {
    expect(
      checkRelease({
        ...period,
        correctionEndOn: "2027-06-01",
        ground: "pardon",
        releasedOn: "2026-11-20",
        today: "2026-11-20",
      }),
    ).toBe("99");
    const e = errorOf(() =>
      checkRelease({ ...period, ground: "pardon", releasedOn: "2026-11-21", today: "2026-11-20" }),
    );
    expect(e.code).toBe("VALIDATION_FAILED");
    expect(e.details.field).toBe("releasedOn");
  });

  it("R-RL-1: the preparation is dated between the start and today", () => {
    expect(() =>
      checkReleasePreparation({
        preparedOn: "2026-11-01",
        today: "2026-11-20",
        correctionStartOn: "2024-11-20",
      }),
    ).not.toThrow();
    expect(
      errorOf(() =>
        checkReleasePreparation({
          preparedOn: "2026-11-21",
          today: "2026-11-20",
          correctionStartOn: "2024-11-20",
        }),
      ).details.field,
    ).toBe("preparedOn");
  });

  it("R-RL-1: the sweep's tests: release due from the end date, preparation 30 days before", () => {
    expect(isReleaseDue("2026-11-20", "2026-11-19")).toBe(false);
    expect(isReleaseDue("2026-11-20", "2026-11-20")).toBe(true);
    expect(isReleasePreparationOpen(defaultCaseRules, "2026-12-20", "2026-11-19")).toBe(false);
    expect(isReleasePreparationOpen(defaultCaseRules, "2026-12-20", "2026-11-20")).toBe(true);
    expect(isOverdue("2026-11-20", "2026-11-20")).toBe(false);
    expect(isOverdue("2026-11-20", "2026-11-21")).toBe(true);
  });
});

describe("R-TM-1 termination", () => {
  const base = { decidedOn: "2026-11-20", today: "2026-11-20" };

  it("R-TM-1: type codes: revocation and committal 02, death 03, other 99", () => {
    expect(
      checkTermination({
        ...base,
        ground: "probation_revoked",
        category: "02",
        rulingNumber: "（2026）粤0605刑更1号",
      }),
    ).toBe("02");
    expect(checkTermination({ ...base, ground: "parole_revoked", category: "03", rulingNumber: "x" })).toBe(
      "02",
    );
    expect(checkTermination({ ...base, ground: "committal", category: "04", rulingNumber: "x" })).toBe("02");
    expect(checkTermination({ ...base, ground: "death", category: "01" })).toBe("03");
    expect(checkTermination({ ...base, ground: "other", category: "02", rulingNumber: "x" })).toBe("99");
  });

  it("R-TM-1: the ground must fit the category", () => {
    const e = errorOf(() =>
      checkTermination({ ...base, ground: "parole_revoked", category: "02", rulingNumber: "x" }),
    );
    expect(e.code).toBe("VALIDATION_FAILED");
    expect(e.details.field).toBe("ground");
  });

  it("R-TM-1: a ruling number is needed except on death", () => {
    const e = errorOf(() => checkTermination({ ...base, ground: "probation_revoked", category: "02" }));
    expect(e.code).toBe("FACTS_MISSING");
    expect(e.details.missing).toEqual(["rulingNumber"]);
    expect(() =>
      checkTermination({ ...base, ground: "death", category: "02", rulingNumber: null }),
    ).not.toThrow();
  });
});
