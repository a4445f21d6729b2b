/**
 * The configurable figures of the case lifecycle (DOMAIN.md §3-4, marked cfg), with the
 * defaults given there. A province may change them without a release (settings `case_rules`).
 */
export interface CaseRules {
  /** R-IV-1: opinion due in working days from receipt. */
  investigationWorkingDays: number;
  /** R-IV-1: fast-track (速裁) cases. */
  investigationFastTrackWorkingDays: number;
  /** R-IV-1 (cfg): the most working days an agreed extension may add. */
  investigationMaxExtensionWorkingDays: number;
  /** R-HO-1: notice of the effective judgment, in days. */
  handoverNoticeDays: number;
  /** R-HO-1: delivery of the documents, in days. */
  handoverDocumentsDays: number;
  /** R-HO-2: report within days of the judgment taking effect. */
  reportDays: number;
  /** R-TR-1 (cfg): the application comes at least this many days before the move. */
  transferApplyAheadDays: number;
  transferConsultDays: number;
  transferReplyDays: number;
  transferFilesDays: number;
  transferReportDays: number;
  /** R-RL-1 (cfg): personal summary and appraisal this many days before the end. */
  releasePreparationDays: number;
  /** R-SV-1 (cfg): a new subject is 严管 for the first months. */
  initialStrictMonths: number;
  /** How many days ahead a deadline counts as due soon. */
  dueSoonDays: number;
}

export const defaultCaseRules: CaseRules = {
  investigationWorkingDays: 10,
  investigationFastTrackWorkingDays: 5,
  investigationMaxExtensionWorkingDays: 10,
  handoverNoticeDays: 5,
  handoverDocumentsDays: 10,
  reportDays: 10,
  transferApplyAheadDays: 30,
  transferConsultDays: 5,
  transferReplyDays: 5,
  transferFilesDays: 5,
  transferReportDays: 7,
  releasePreparationDays: 30,
  initialStrictMonths: 2,
  dueSoonDays: 3,
};

/** The rules with a province's overrides; unknown keys and bad numbers are ignored. */
export function caseRulesWith(overrides: Record<string, unknown> | null | undefined): CaseRules {
  const rules: CaseRules = { ...defaultCaseRules };
  if (!overrides) return rules;
  for (const key of Object.keys(defaultCaseRules) as (keyof CaseRules)[]) {
    const v = overrides[key];
    if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 366) rules[key] = v;
  }
  return rules;
}
