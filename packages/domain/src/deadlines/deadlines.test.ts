import { describe, expect, it } from "vitest";
import { WorkingCalendar, type CalendarDay } from "../calendar/working-calendar.ts";
import { caseRulesWith, defaultCaseRules, type CaseRules } from "./case-rules.ts";
import {
  deadlineKindLabels,
  deadlineKinds,
  deadlineRules,
  deadlineState,
  handoverCheck,
  investigationDue,
  releasePreparationDue,
  reportDue,
  transferStepDue,
} from "./deadlines.ts";

/** The autumn of the 2026 State Council schedule (chinese-days dist/years/2026.json). */
const autumn2026: CalendarDay[] = [
  { date: "2026-09-20", working: true, name: "国庆节调休上班" },
  ...["2026-09-25", "2026-09-26", "2026-09-27"].map((date) => ({ date, working: false, name: "中秋" })),
  ...[1, 2, 3, 4, 5, 6, 7].map((d) => ({ date: `2026-10-0${d}`, working: false, name: "国庆节" })),
  { date: "2026-10-10", working: true, name: "国庆节调休上班" },
];
const calendar = new WorkingCalendar({ years: [2026], days: autumn2026 });
const rules = defaultCaseRules;

describe("R-IV-1 investigation opinion", () => {
  it("R-IV-1: 10 working days from receipt (received 2026-09-28 → 2026-10-16)", () => {
    expect(investigationDue(calendar, rules, "2026-09-28", false)).toEqual({
      dueOn: "2026-10-16",
      provisional: false,
    });
  });

  it("R-IV-1: 5 working days in a fast-track case (→ 2026-10-10, a working Saturday)", () => {
    expect(investigationDue(calendar, rules, "2026-09-28", true)).toEqual({
      dueOn: "2026-10-10",
      provisional: false,
    });
  });

  it("R-IV-1: the figures are the province's (cfg)", () => {
    const province = caseRulesWith({ investigationWorkingDays: 15, investigationFastTrackWorkingDays: 3 });
    // 2026-11-02 is a Monday.
    expect(investigationDue(calendar, province, "2026-11-02", false).dueOn).toBe("2026-11-23");
    expect(investigationDue(calendar, province, "2026-11-02", true).dueOn).toBe("2026-11-05");
  });

  it("R-IV-1 with R-DL-3: a commission received late in the year is due on a provisional date", () => {
    expect(investigationDue(calendar, rules, "2026-12-24", false).provisional).toBe(true);
  });
});

describe("R-HO-2 reporting", () => {
  it("R-HO-2: judgment effective 2026-09-25 → report due 2026-10-08 (R-DL-1)", () => {
    expect(reportDue(calendar, rules, "2026-09-25")).toEqual({ dueOn: "2026-10-08", provisional: false });
  });

  it("R-HO-2: 10 calendar days, not working days", () => {
    // 2026-11-02 (Monday) + 10 days = Thursday 2026-11-12.
    expect(reportDue(calendar, rules, "2026-11-02").dueOn).toBe("2026-11-12");
    expect(reportDue(calendar, caseRulesWith({ reportDays: 7 }), "2026-11-02").dueOn).toBe("2026-11-09");
  });
});

describe("R-HO-1 handover", () => {
  it("R-HO-1: the notice is due within 5 days, the documents within 10 (R-DL-1)", () => {
    const check = handoverCheck(calendar, rules, "2026-09-25", null, null);
    expect(check).toEqual({
      noticeDueOn: "2026-09-30",
      documentsDueOn: "2026-10-08",
      noticeLate: null,
      documentsLate: null,
    });
  });

  it("R-HO-1: on the due day is in time, a day later is late", () => {
    const inTime = handoverCheck(calendar, rules, "2026-09-25", "2026-09-30", "2026-10-08");
    expect(inTime).toMatchObject({ noticeLate: false, documentsLate: false });
    const late = handoverCheck(calendar, rules, "2026-09-25", "2026-10-01", "2026-10-09");
    expect(late).toMatchObject({ noticeLate: true, documentsLate: true });
    const early = handoverCheck(calendar, rules, "2026-09-25", "2026-09-25", null);
    expect(early).toMatchObject({ noticeLate: false, documentsLate: null });
  });
});

describe("R-TR-1 transfer steps", () => {
  it("R-TR-1: the subject reports at the new place within 7 days", () => {
    // 2026-11-02 (Monday) + 7 days = Monday 2026-11-09.
    expect(transferStepDue(calendar, rules, "transfer_report", "2026-11-02")).toEqual({
      dueOn: "2026-11-09",
      provisional: false,
    });
  });

  it("R-TR-1: consult, reply and files each within 5 days, moved past holidays (R-DL-1)", () => {
    for (const step of ["transfer_consult", "transfer_reply", "transfer_files"] as const) {
      // 2026-11-02 + 5 = Saturday 2026-11-07 → Monday 2026-11-09.
      expect(transferStepDue(calendar, rules, step, "2026-11-02").dueOn).toBe("2026-11-09");
      // 2026-09-28 + 5 = 2026-10-03, National Day → 2026-10-08.
      expect(transferStepDue(calendar, rules, step, "2026-09-28").dueOn).toBe("2026-10-08");
    }
  });

  it("R-TR-1: each step takes its own configured figure", () => {
    const own: CaseRules = caseRulesWith({
      transferConsultDays: 1,
      transferReplyDays: 2,
      transferFilesDays: 3,
      transferReportDays: 4,
    });
    expect(transferStepDue(calendar, own, "transfer_consult", "2026-11-02").dueOn).toBe("2026-11-03");
    expect(transferStepDue(calendar, own, "transfer_reply", "2026-11-02").dueOn).toBe("2026-11-04");
    expect(transferStepDue(calendar, own, "transfer_files", "2026-11-02").dueOn).toBe("2026-11-05");
    expect(transferStepDue(calendar, own, "transfer_report", "2026-11-02").dueOn).toBe("2026-11-06");
  });
});

describe("R-RL-1 release preparation", () => {
  it("R-RL-1: the summary and appraisal are due 30 days before the end", () => {
    expect(releasePreparationDue(rules, "2027-03-31")).toBe("2027-03-01");
    expect(releasePreparationDue(rules, "2027-01-15")).toBe("2026-12-16");
  });

  it("R-RL-1: the figure is the province's (cfg)", () => {
    expect(releasePreparationDue(caseRulesWith({ releasePreparationDays: 45 }), "2027-03-31")).toBe(
      "2027-02-14",
    );
  });
});

describe("deadlineState", () => {
  const due = "2026-11-20";
  it("overdue from the day after the due day", () => {
    expect(deadlineState(due, "2026-11-21", rules)).toBe("overdue");
  });
  it("due soon from dueSoonDays before, through the due day", () => {
    expect(deadlineState(due, "2026-11-20", rules)).toBe("due_soon");
    expect(deadlineState(due, "2026-11-17", rules)).toBe("due_soon");
    expect(deadlineState(due, "2026-11-16", rules)).toBe("open");
    expect(deadlineState(due, "2026-11-16", { dueSoonDays: 4 })).toBe("due_soon");
    expect(deadlineState(due, "2026-11-19", { dueSoonDays: 0 })).toBe("open");
  });
  it("a closed deadline says how it closed, whatever the date", () => {
    expect(deadlineState(due, "2026-12-01", rules, "met")).toBe("met");
    expect(deadlineState(due, "2026-11-01", rules, "cancelled")).toBe("cancelled");
    expect(deadlineState(due, "2026-12-01", rules, null)).toBe("overdue");
  });
});

describe("caseRulesWith (cfg)", () => {
  it("no overrides: the DOMAIN.md defaults", () => {
    expect(caseRulesWith(null)).toEqual(defaultCaseRules);
    expect(caseRulesWith(undefined)).toEqual(defaultCaseRules);
    expect(defaultCaseRules).toMatchObject({
      investigationWorkingDays: 10,
      investigationFastTrackWorkingDays: 5,
      handoverNoticeDays: 5,
      handoverDocumentsDays: 10,
      reportDays: 10,
      transferReportDays: 7,
      releasePreparationDays: 30,
    });
  });

  it("takes a province's figures", () => {
    const r = caseRulesWith({ transferReportDays: 10, dueSoonDays: 0 });
    expect(r.transferReportDays).toBe(10);
    expect(r.dueSoonDays).toBe(0);
    expect(r.reportDays).toBe(10);
  });

  it("ignores unknown keys and bad values, and leaves the defaults untouched", () => {
    const r = caseRulesWith({
      reportDays: "7",
      transferReportDays: -1,
      releasePreparationDays: 30.5,
      dueSoonDays: 400,
      handoverNoticeDays: null,
      investigationWorkingDays: Number.NaN,
      somethingElse: 3,
    });
    expect(r).toEqual(defaultCaseRules);
    expect(r).not.toBe(defaultCaseRules);
    expect(r).not.toHaveProperty("somethingElse");
    caseRulesWith({ reportDays: 3 });
    expect(defaultCaseRules.reportDays).toBe(10);
  });
});

describe("deadline kinds", () => {
  it("every kind has a label and names its rule", () => {
    for (const kind of deadlineKinds) {
      expect(deadlineKindLabels[kind]).toMatch(/[\u4e00-\u9fff]/);
      expect(deadlineRules[kind]).toMatch(/^R-[A-Z]{2}-\d$/);
    }
  });
});
