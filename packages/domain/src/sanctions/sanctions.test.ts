import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/codes.ts";
import { defaultSanctionRules as rules, sanctionRulesWith } from "./sanction-rules.ts";
import {
  absenceDays,
  checkCommendationTime,
  lastDisciplineOn,
  checkSanctionCategory,
  courtRulingDue,
  sanctionAddressees,
  sanctionKinds,
  suggestSanctions,
  uncorrected,
  type SanctionFact,
  type SanctionKind,
} from "./sanctions.ts";

function refusal(fn: () => void): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

let serial = 0;
const approved = (kind: SanctionKind, decidedOn: string): SanctionFact => ({
  id: `s${++serial}`,
  kind,
  status: "approved",
  decidedOn,
  facts: `${kind} facts ${serial}`,
});

describe("category rules", () => {
  const table: [SanctionKind, string, boolean][] = [
    ["police_penalty", "01", true],
    ["police_penalty", "02", true],
    ["police_penalty", "03", false],
    ["police_penalty", "04", true],
    ["revoke_probation", "02", true],
    ["revoke_probation", "03", false],
    ["revoke_probation", "04", false],
    ["revoke_parole", "03", true],
    ["revoke_parole", "02", false],
    ["committal", "04", true],
    ["committal", "02", false],
    ["committal", "01", false],
    ["warning", "03", true],
    ["reprimand", "01", true],
  ];
  it.each(table)("R-SN-3/4/5: %s for category %s allowed: %s", (kind, category, ok) => {
    if (ok) expect(() => checkSanctionCategory(kind, category)).not.toThrow();
    else expect(refusal(() => checkSanctionCategory(kind, category)).code).toBe("SANCTION_CATEGORY");
  });
  it("R-SN-3: police penalty refused for 假释 names the rule", () => {
    const e = refusal(() => checkSanctionCategory("police_penalty", "03"));
    expect(e.status).toBe(400);
    expect(e.details.rule).toBe("R-SN-3");
    expect(e.message).toContain("假释");
  });
  it("R-SN-4: revocation only for 缓刑 and 假释", () => {
    expect(refusal(() => checkSanctionCategory("revoke_probation", "01")).details.rule).toBe("R-SN-4");
  });
  it("R-SN-5: committal only for 暂予监外执行", () => {
    expect(refusal(() => checkSanctionCategory("committal", "03")).details.rule).toBe("R-SN-5");
  });
});

describe("R-SN-7: commendation", () => {
  it("after 6 months under correction (cfg)", () => {
    expect(() => checkCommendationTime(rules, "2026-05-20", "2026-11-20")).not.toThrow();
    const e = refusal(() => checkCommendationTime(rules, "2026-05-21", "2026-11-20"));
    expect(e.code).toBe("COMMENDATION_TOO_EARLY");
    expect(e.details.earliestOn).toBe("2026-11-21");
  });
  it("the minimum is configurable", () => {
    const three = sanctionRulesWith({ commendationMinMonths: 3, bogus: 1 });
    expect(() => checkCommendationTime(three, "2026-08-20", "2026-11-20")).not.toThrow();
    expect(sanctionRulesWith({ commendationMinMonths: -1 }).commendationMinMonths).toBe(6);
  });
});

describe("R-SN-6: where proposals go and the court's deadline", () => {
  it("revocation, committal and arrest go to a court, reduction to the intermediate court", () => {
    expect(sanctionAddressees.revoke_probation).toBe("court");
    expect(sanctionAddressees.committal).toBe("court");
    expect(sanctionAddressees.arrest).toBe("court");
    expect(sanctionAddressees.reduction).toBe("intermediate_court");
    expect(sanctionAddressees.police_penalty).toBe("police");
    expect(sanctionAddressees.warning).toBe("county");
  });
  it("the court rules within 30 days; an arrest within 48 hours (2 days)", () => {
    expect(courtRulingDue(rules, "revoke_parole", "2026-11-20")).toBe("2026-12-20");
    expect(courtRulingDue(rules, "reduction", "2026-11-20")).toBe("2026-12-20");
    expect(courtRulingDue(rules, "arrest", "2026-11-20")).toBe("2026-11-22");
    expect(courtRulingDue(rules, "warning", "2026-11-20")).toBeNull();
    expect(courtRulingDue(rules, "police_penalty", "2026-11-20")).toBeNull();
  });
  it("every kind has an addressee", () => {
    for (const k of sanctionKinds) expect(sanctionAddressees[k]).toBeTruthy();
  });
});

describe("suggestions", () => {
  it("R-SN-1: absence up to 10 days supports a reprimand", () => {
    const s = suggestSanctions(rules, { category: "02", sanctions: [], absenceDays: 4 });
    expect(s).toEqual([
      expect.objectContaining({ kind: "reprimand", rule: "R-SN-1", facts: [{ type: "absence", days: 4 }] }),
    ]);
  });
  it("R-SN-2: two reprimands without correction support a warning, naming them", () => {
    const r1 = approved("reprimand", "2026-09-01");
    const r2 = approved("reprimand", "2026-10-01");
    const s = suggestSanctions(rules, { category: "02", sanctions: [r1, r2], absenceDays: 0 });
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ kind: "warning", rule: "R-SN-2", label: "警告" });
    expect(s[0]!.facts.map((f) => (f.type === "sanction" ? f.id : null))).toEqual([r1.id, r2.id]);
  });
  it("R-SN-2: reprimands answered by a warning no longer count", () => {
    const sanctions = [
      approved("reprimand", "2026-08-01"),
      approved("reprimand", "2026-09-01"),
      approved("warning", "2026-09-15"),
      approved("reprimand", "2026-10-01"),
    ];
    expect(uncorrected(sanctions, "reprimand")).toHaveLength(1);
    expect(suggestSanctions(rules, { category: "02", sanctions, absenceDays: 0 })).toEqual([]);
  });
  it("R-SN-2: a warning already proposed is not suggested again; rejected ones do not count", () => {
    const sanctions: SanctionFact[] = [
      approved("reprimand", "2026-09-01"),
      approved("reprimand", "2026-10-01"),
      { id: "p", kind: "warning", status: "proposed", decidedOn: null, facts: "" },
    ];
    expect(suggestSanctions(rules, { category: "02", sanctions, absenceDays: 0 })).toEqual([]);
    const rejected: SanctionFact[] = [
      approved("reprimand", "2026-09-01"),
      { id: "r", kind: "reprimand", status: "rejected", decidedOn: "2026-10-01", facts: "" },
    ];
    expect(suggestSanctions(rules, { category: "02", sanctions: rejected, absenceDays: 0 })).toEqual([]);
  });
  it("R-SN-2: absence over 10 days supports a warning", () => {
    const s = suggestSanctions(rules, { category: "01", sanctions: [], absenceDays: 11 });
    expect(s.map((x) => [x.kind, x.rule])).toEqual([["warning", "R-SN-2"]]);
  });
  it("R-SN-4: two warnings support revoking 缓刑 or 假释 by category", () => {
    const warnings = [approved("warning", "2026-09-01"), approved("warning", "2026-10-01")];
    const probation = suggestSanctions(rules, { category: "02", sanctions: warnings, absenceDays: 0 });
    expect(probation.map((x) => [x.kind, x.rule])).toEqual([["revoke_probation", "R-SN-4"]]);
    const parole = suggestSanctions(rules, { category: "03", sanctions: warnings, absenceDays: 0 });
    expect(parole.map((x) => [x.kind, x.rule])).toEqual([["revoke_parole", "R-SN-4"]]);
    expect(suggestSanctions(rules, { category: "01", sanctions: warnings, absenceDays: 0 })).toEqual([]);
  });
  it("R-SN-5: two warnings support committal for 暂予监外执行", () => {
    const warnings = [approved("warning", "2026-09-01"), approved("warning", "2026-10-01")];
    const s = suggestSanctions(rules, { category: "04", sanctions: warnings, absenceDays: 0 });
    expect(s.map((x) => [x.kind, x.rule])).toEqual([["committal", "R-SN-5"]]);
  });
  it("R-SN-4/5: absence over a month supports revocation or committal, not a warning", () => {
    const s = suggestSanctions(rules, { category: "02", sanctions: [], absenceDays: 31 });
    expect(s.map((x) => [x.kind, x.rule])).toEqual([["revoke_probation", "R-SN-4"]]);
    expect(s[0]!.facts).toEqual([{ type: "absence", days: 31 }]);
    const c = suggestSanctions(rules, { category: "04", sanctions: [], absenceDays: 40 });
    expect(c.map((x) => x.kind)).toEqual(["committal"]);
    // 管制 cannot be revoked: a warning is what the record supports.
    expect(
      suggestSanctions(rules, { category: "01", sanctions: [], absenceDays: 40 }).map((x) => x.kind),
    ).toEqual(["warning"]);
  });
  it("nothing on a clean record", () => {
    expect(suggestSanctions(rules, { category: "02", sanctions: [], absenceDays: 0 })).toEqual([]);
  });
});

describe("absence (R-LV-3 → R-SN-1/2/4)", () => {
  const leaves = [
    { endOn: "2026-08-05", returnedOn: "2026-08-10", daysLate: 5 },
    { endOn: "2026-10-05", returnedOn: "2026-10-17", daysLate: 12 },
    { endOn: "2026-11-10", returnedOn: null, daysLate: null },
  ];
  it("R-SN-2: days late plus days past the end of a leave not reported back", () => {
    expect(absenceDays(leaves, null, "2026-11-20")).toBe(27);
  });
  it("R-SN-1: absence before the last approved measure is answered by it", () => {
    const since = lastDisciplineOn([
      approved("commendation", "2026-10-20"),
      approved("reprimand", "2026-09-01"),
    ]);
    expect(since).toBe("2026-09-01");
    expect(absenceDays(leaves, since, "2026-11-20")).toBe(22);
  });
  it("R-MS-1: days out of contact count too, until found or, while searching, until today", () => {
    const losses = [
      { lostOn: "2026-08-20", foundOn: "2026-08-25" },
      { lostOn: "2026-11-01", foundOn: "2026-11-16" },
      { lostOn: "2026-11-18", foundOn: null },
    ];
    expect(absenceDays([], null, "2026-11-20", losses)).toBe(22);
    expect(absenceDays(leaves, "2026-09-01", "2026-11-20", losses)).toBe(22 + 17);
  });
});
