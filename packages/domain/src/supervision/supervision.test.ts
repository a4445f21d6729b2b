import { describe, expect, it } from "vitest";
import { dutiesDue, currentAndOverdue, type SupervisionFact } from "./duties.ts";
import { suggestLevel, type LevelFacts } from "./levels.ts";
import { defaultSupervisionRules, supervisionRulesWith } from "./supervision-rules.ts";

describe("R-SV-2 duties by level", () => {
  it("R-SV-2: 严管 has weekly in-person, thought report and talk, 12 h + 12 h a month", () => {
    const duties = dutiesDue("strict", "2026-11-02", [], "2026-11-02");
    expect(duties.map((d) => [d.kind, d.dueOn, d.required, d.state])).toEqual([
      ["in_person_report", "2026-11-08", 1, "pending"],
      ["talk", "2026-11-08", 1, "pending"],
      ["thought_report", "2026-11-08", 1, "pending"],
      ["education_hours", "2026-12-01", 12, "pending"],
      ["service_hours", "2026-12-01", 12, "pending"],
    ]);
  });

  it("R-SV-2: 普管 reports in person every 2 weeks, writes monthly, 8 h + 8 h", () => {
    const duties = dutiesDue("normal", "2026-11-02", [], "2026-11-02");
    expect(duties.map((d) => [d.kind, d.dueOn, d.required])).toEqual([
      ["in_person_report", "2026-11-15", 1],
      ["education_hours", "2026-12-01", 8],
      ["service_hours", "2026-12-01", 8],
      ["thought_report", "2026-12-01", 1],
    ]);
  });

  it("R-SV-2: 宽管 reports in person monthly; no talk is scheduled", () => {
    const duties = dutiesDue("lenient", "2026-01-31", [], "2026-02-01");
    expect(duties.find((d) => d.kind === "in_person_report")?.dueOn).toBe("2026-02-27");
    expect(duties.some((d) => d.kind === "talk")).toBe(false);
  });

  it("R-SV-2: a duty not done by its due date is overdue; the next period is pending", () => {
    const duties = dutiesDue("strict", "2026-11-02", [], "2026-11-09");
    const inPerson = duties.filter((d) => d.kind === "in_person_report");
    expect(inPerson.map((d) => [d.periodStart, d.dueOn, d.state])).toEqual([
      ["2026-11-02", "2026-11-08", "overdue"],
      ["2026-11-09", "2026-11-15", "pending"],
    ]);
    expect(dutiesDue("strict", "2026-11-02", [], "2026-11-08")[0]!.state).toBe("pending");
  });

  it("R-SV-2: a record in the period makes the duty done; hours add up to the quota", () => {
    const records: SupervisionFact[] = [
      { id: "a", kind: "in_person_report", occurredOn: "2026-11-05" },
      { id: "b", kind: "education_hours", occurredOn: "2026-11-10", hours: 8 },
      { id: "c", kind: "education_hours", occurredOn: "2026-11-20", hours: 4 },
      { id: "d", kind: "service_hours", occurredOn: "2026-11-20", hours: 11.5 },
    ];
    const duties = dutiesDue("strict", "2026-11-02", records, "2026-12-05");
    const first = (kind: string) => duties.find((d) => d.kind === kind)!;
    expect(first("in_person_report")).toMatchObject({ state: "done", recordIds: ["a"], achieved: 1 });
    expect(first("education_hours")).toMatchObject({ state: "done", achieved: 12, unit: "hours" });
    expect(first("service_hours")).toMatchObject({ state: "overdue", achieved: 11.5 });
    expect(first("talk").state).toBe("overdue");
  });

  it("R-SV-2: nothing falls due before the level's start; current and overdue are listed", () => {
    expect(dutiesDue("strict", "2026-12-01", [], "2026-11-20")).toEqual([]);
    const all = dutiesDue("strict", "2026-11-02", [{ kind: "talk", occurredOn: "2026-11-03" }], "2026-11-20");
    const shown = currentAndOverdue(all, "2026-11-20");
    expect(shown.every((d) => d.state === "overdue" || d.periodEnd >= "2026-11-20")).toBe(true);
    expect(shown.some((d) => d.kind === "talk" && d.periodStart === "2026-11-02")).toBe(false);
  });

  it("R-SV-2: the figures are configurable; bad overrides are ignored", () => {
    const rules = supervisionRulesWith({
      duties: { normal: [{ kind: "in_person_report", every: "week", count: 1 }], lenient: [{ kind: "x" }] },
      newSubjectStrictMonths: 3,
      strictReprimands: -1,
    });
    expect(rules.duties.normal).toHaveLength(1);
    expect(rules.duties.lenient).toEqual(defaultSupervisionRules.duties.lenient);
    expect(rules.newSubjectStrictMonths).toBe(3);
    expect(rules.strictReprimands).toBe(2);
    expect(dutiesDue("normal", "2026-11-02", [], "2026-11-02", rules)[0]!.dueOn).toBe("2026-11-08");
    expect(defaultSupervisionRules.permittedMethods).toEqual(["phone_report", "home_visit", "info_check"]);
  });
});

describe("R-SV-1 management levels", () => {
  const base: LevelFacts = {
    receivedOn: "2026-01-10",
    today: "2026-11-20",
    reprimands: 0,
    warnings: 0,
    policePenalty: false,
    failedAssessment: false,
    monthsNormal: 3,
    quarterAverage: null,
  };

  it("R-SV-1: a new subject is 严管 for the first 2 months", () => {
    expect(suggestLevel({ ...base, receivedOn: "2026-09-21" })).toMatchObject({
      level: "strict",
      grounds: [expect.objectContaining({ rule: "R-SV-1", level: "strict" })],
    });
    expect(suggestLevel({ ...base, receivedOn: "2026-09-20" }).level).toBe("normal");
  });

  it.each([
    [{ riskLevel: "high" as const }, "高风险"],
    [{ reprimands: 2 }, "训诫 2 次"],
    [{ warnings: 1 }, "警告 1 次"],
    [{ policePenalty: true }, "治安管理处罚"],
    [{ failedAssessment: true }, "考核不合格"],
  ])("R-SV-1: 严管 for %o", (facts, reason) => {
    const s = suggestLevel({ ...base, ...facts });
    expect(s.level).toBe("strict");
    expect(s.grounds[0]!.reason).toContain(reason);
  });

  it("R-SV-1: one reprimand alone does not make 严管", () => {
    expect(suggestLevel({ ...base, reprimands: 1 }).level).toBe("normal");
  });

  it("R-SV-1: 宽管 after 6 months of 普管 with a quarterly average ≥ 80, or low risk", () => {
    expect(suggestLevel({ ...base, monthsNormal: 6, quarterAverage: 80 }).level).toBe("lenient");
    expect(suggestLevel({ ...base, monthsNormal: 6, quarterAverage: 79 }).level).toBe("normal");
    expect(suggestLevel({ ...base, monthsNormal: 5, quarterAverage: 95 }).level).toBe("normal");
    expect(suggestLevel({ ...base, riskLevel: "low" }).level).toBe("lenient");
    expect(suggestLevel({ ...base, riskLevel: "low", warnings: 1 }).level).toBe("strict");
  });
});
