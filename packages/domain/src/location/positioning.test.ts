import { describe, expect, it } from "vitest";
import { errorOf } from "../errors/test-helpers.ts";
import {
  authorizationForBinding,
  checkPositioningDecision,
  checkPositioningProposal,
  checkDeviceIdentifier,
  coveringAuthorization,
  deviceNeedsAuthorization,
  isPositioningExpired,
  positioningConditionLabels,
  positioningConditions,
  positioningLatestUntil,
  positioningPeriodAllowed,
  type PositioningRecord,
} from "./positioning.ts";

const today = "2026-11-20";

function proposal(overrides: Record<string, unknown> = {}) {
  return {
    condition: "ban_violation",
    facts: "2026年11月10日违反禁止令进入酒吧",
    fromOn: "2026-11-21",
    untilOn: "2027-02-20",
    ...overrides,
  };
}

const approved: PositioningRecord = {
  id: "a1",
  status: "approved",
  fromOn: "2026-11-01",
  untilOn: "2027-01-31",
  extendsId: null,
};

describe("R-EP-1: the legal conditions", () => {
  it("R-EP-1: exactly the five conditions of LAW 29, each with a Chinese label", () => {
    expect([...positioningConditions]).toEqual([
      "ban_violation",
      "left_without_approval",
      "refused_report_warned",
      "police_penalty",
      "revocation_pending",
    ]);
    for (const c of positioningConditions) expect(positioningConditionLabels[c]).toMatch(/\p{Script=Han}/u);
  });

  it("R-EP-1: any other ground is refused, and the facts are required", () => {
    const bad = errorOf(() =>
      checkPositioningProposal(proposal({ condition: "suspicious" }), { today, existing: [] }),
    );
    expect(bad.code).toBe("VALIDATION_FAILED");
    expect(bad.details).toMatchObject({ field: "condition" });
    expect(
      errorOf(() => checkPositioningProposal(proposal({ facts: "  " }), { today, existing: [] })).details,
    ).toMatchObject({ field: "facts" });
  });
});

describe("R-EP-1: at most 3 months", () => {
  it("R-EP-1: 3 months count the first day: 2026-11-01 runs to 2027-01-31 at the latest", () => {
    expect(positioningLatestUntil("2026-11-01")).toBe("2027-01-31");
    expect(positioningPeriodAllowed("2026-11-01", "2027-01-31")).toBe(true);
    expect(positioningPeriodAllowed("2026-11-01", "2027-02-01")).toBe(false);
    expect(positioningPeriodAllowed("2026-11-21", "2027-02-20")).toBe(true);
    expect(positioningPeriodAllowed("2026-11-21", "2027-02-21")).toBe(false);
  });

  it("R-EP-1: a month end is clamped before the day is taken off, never giving more than 3 months", () => {
    expect(positioningLatestUntil("2026-12-01")).toBe("2027-02-28");
    expect(positioningLatestUntil("2026-11-30")).toBe("2027-02-27");
    expect(positioningLatestUntil("2027-11-30")).toBe("2028-02-28"); // 2028 is a leap year: 02-29 − 1 day
    expect(positioningLatestUntil("2026-01-31")).toBe("2026-04-29");
  });

  it("R-EP-1: an end before the start is not a period; no holiday moves the end", () => {
    expect(positioningPeriodAllowed("2026-11-21", "2026-11-20")).toBe(false);
    expect(positioningPeriodAllowed("2026-11-21", "2026-11-21")).toBe(true);
    // 2026-10-01 + 3 months − 1 day = 2026-12-31: no working-day shift.
    expect(positioningLatestUntil("2026-10-01")).toBe("2026-12-31");
  });

  it("R-EP-1: a longer proposal is refused with the latest end it could have", () => {
    const e = errorOf(() =>
      checkPositioningProposal(proposal({ untilOn: "2027-02-21" }), { today, existing: [] }),
    );
    expect(e.code).toBe("POSITIONING_TOO_LONG");
    expect(e.details).toMatchObject({ latestUntilOn: "2027-02-20" });
    expect(e.status).toBe(400);
  });

  it("R-EP-1: a period already over is refused; one that began earlier but runs on is accepted", () => {
    expect(
      errorOf(() =>
        checkPositioningProposal(proposal({ fromOn: "2026-10-01", untilOn: "2026-11-19" }), {
          today,
          existing: [],
        }),
      ).details,
    ).toMatchObject({ field: "untilOn" });
    expect(
      checkPositioningProposal(proposal({ fromOn: "2026-11-01", untilOn: "2027-01-31" }), {
        today,
        existing: [],
      }).extends,
    ).toBeNull();
  });
});

describe("R-EP-1: extensions after reassessment", () => {
  const ext = (o: Record<string, unknown> = {}) =>
    proposal({
      fromOn: "2027-02-01",
      untilOn: "2027-04-30",
      extendsId: "a1",
      reassessment: "经重新评估，仍有再次违反禁止令的风险",
      ...o,
    });

  it("R-EP-1: an extension follows the approved authorization, at most 3 months again", () => {
    const r = checkPositioningProposal(ext(), { today, existing: [approved] });
    expect(r.extends).toBe(approved);
    expect(r.reassessment).toBe("经重新评估，仍有再次违反禁止令的风险");
    expect(
      errorOf(() => checkPositioningProposal(ext({ untilOn: "2027-05-01" }), { today, existing: [approved] }))
        .code,
    ).toBe("POSITIONING_TOO_LONG");
  });

  it("R-EP-1: an extension may start earlier than the day after the end, not later, and must end later", () => {
    expect(
      checkPositioningProposal(ext({ fromOn: "2027-01-20", untilOn: "2027-04-19" }), {
        today,
        existing: [approved],
      }).extends?.id,
    ).toBe("a1");
    for (const o of [
      { fromOn: "2027-02-02", untilOn: "2027-04-30" }, // a gap
      { fromOn: "2026-11-01", untilOn: "2027-01-31" }, // not after the start
      { fromOn: "2026-12-01", untilOn: "2027-01-31" }, // ends no later
    ])
      expect(errorOf(() => checkPositioningProposal(ext(o), { today, existing: [approved] })).code).toBe(
        "POSITIONING_EXTENSION_INVALID",
      );
  });

  it("R-EP-1: an extension needs the reassessment", () => {
    const e = errorOf(() =>
      checkPositioningProposal(ext({ reassessment: " " }), { today, existing: [approved] }),
    );
    expect(e.code).toBe("POSITIONING_REASSESSMENT_REQUIRED");
    expect(e.status).toBe(400);
  });

  it("R-EP-1: only an approved (or expired) authorization of the file can be extended, once", () => {
    expect(
      errorOf(() => checkPositioningProposal(ext({ extendsId: "zz" }), { today, existing: [approved] })).code,
    ).toBe("POSITIONING_EXTENSION_INVALID");
    const rejected = { ...approved, status: "rejected" as const };
    expect(errorOf(() => checkPositioningProposal(ext(), { today, existing: [rejected] })).code).toBe(
      "POSITIONING_EXTENSION_INVALID",
    );
    const expired = { ...approved, status: "ended" as const };
    expect(checkPositioningProposal(ext(), { today: "2027-02-01", existing: [expired] }).extends).toBe(
      expired,
    );
    const extension: PositioningRecord = {
      id: "a2",
      status: "approved",
      fromOn: "2027-02-01",
      untilOn: "2027-04-30",
      extendsId: "a1",
    };
    expect(
      errorOf(() => checkPositioningProposal(ext(), { today, existing: [approved, extension] })).code,
    ).toBe("POSITIONING_EXTENDED");
  });

  it("R-EP-1: continuing without the reassessment is refused: a new authorization may not overlap or adjoin an approved one", () => {
    const adjoining = proposal({ fromOn: "2027-02-01", untilOn: "2027-04-30" });
    const e = errorOf(() => checkPositioningProposal(adjoining, { today, existing: [approved] }));
    expect(e.code).toBe("POSITIONING_EXTENSION_REQUIRED");
    expect(e.details).toMatchObject({ extendableId: "a1" });
    // After a gap, a new authorization on new facts is a first one again.
    expect(
      checkPositioningProposal(proposal({ fromOn: "2027-02-02", untilOn: "2027-04-30" }), {
        today,
        existing: [approved],
      }).extends,
    ).toBeNull();
    expect(
      errorOf(() => checkPositioningProposal(proposal({ reassessment: "x" }), { today, existing: [] }))
        .details,
    ).toMatchObject({ field: "reassessment" });
  });

  it("R-EP-1: one proposal pending at a time", () => {
    const pending: PositioningRecord = { ...approved, id: "p", status: "proposed" };
    expect(errorOf(() => checkPositioningProposal(proposal(), { today, existing: [pending] })).code).toBe(
      "POSITIONING_PENDING",
    );
  });
});

describe("R-EP-1: decisions, devices and expiry", () => {
  it("R-EP-1: a proposal is decided once, and not approved once its period is over", () => {
    const p = { id: "p", status: "proposed" as const, untilOn: "2027-01-31" };
    expect(() => checkPositioningDecision(p, true, today)).not.toThrow();
    expect(errorOf(() => checkPositioningDecision({ ...p, status: "approved" }, false, today)).code).toBe(
      "POSITIONING_DECIDED",
    );
    expect(errorOf(() => checkPositioningDecision(p, true, "2027-02-01")).code).toBe("POSITIONING_EXPIRED");
    expect(() => checkPositioningDecision(p, false, "2027-02-01")).not.toThrow();
  });

  it("R-EP-1: a mobile phone is not an electronic positioning device: binding it needs no authorization", () => {
    expect(deviceNeedsAuthorization("phone")).toBe(false);
    expect(deviceNeedsAuthorization("bracelet")).toBe(true);
    expect(authorizationForBinding("phone", [], today)).toBeNull();
  });

  it("R-EP-1: a bracelet needs an approved authorization in force today", () => {
    expect(authorizationForBinding("bracelet", [approved], today)).toBe(approved);
    expect(errorOf(() => authorizationForBinding("bracelet", [], today)).code).toBe(
      "POSITIONING_NOT_AUTHORIZED",
    );
    for (const r of [
      { ...approved, status: "proposed" as const },
      { ...approved, status: "rejected" as const },
      { ...approved, fromOn: "2026-11-21" },
      { ...approved, untilOn: "2026-11-19" },
    ])
      expect(errorOf(() => authorizationForBinding("bracelet", [r], today)).status).toBe(409);
  });

  it("R-EP-1: of two authorizations in force, the one running longest carries the binding", () => {
    const extension = { ...approved, id: "a2", fromOn: "2027-01-20", untilOn: "2027-04-19" };
    expect(coveringAuthorization([approved, extension], "2027-01-25")?.id).toBe("a2");
    expect(coveringAuthorization([approved, extension], "2027-01-10")?.id).toBe("a1");
  });

  it("R-EP-1: an approved authorization runs out the day after its last day", () => {
    expect(isPositioningExpired(approved, "2027-01-31")).toBe(false);
    expect(isPositioningExpired(approved, "2027-02-01")).toBe(true);
    expect(isPositioningExpired({ ...approved, status: "ended" }, "2027-02-01")).toBe(false);
    expect(isPositioningExpired({ ...approved, status: "proposed" }, "2027-02-01")).toBe(false);
  });
});

describe("device identifiers", () => {
  it("R-EP-1: a bracelet is named by its JT/T 808 terminal phone number, a phone by its IMEI or app id", () => {
    expect(checkDeviceIdentifier("bracelet", " 013800138000 ")).toBe("013800138000");
    expect(checkDeviceIdentifier("bracelet", "00000000013800138000")).toBe("00000000013800138000");
    expect(checkDeviceIdentifier("phone", "860000000000001")).toBe("860000000000001");
    expect(errorOf(() => checkDeviceIdentifier("bracelet", "JT-1")).details).toMatchObject({
      field: "identifier",
    });
    expect(errorOf(() => checkDeviceIdentifier("phone", "a b")).code).toBe("VALIDATION_FAILED");
  });
});
