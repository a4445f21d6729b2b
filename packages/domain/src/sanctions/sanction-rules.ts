/**
 * The configurable figures of rewards and sanctions (DOMAIN.md §6, marked cfg), with the
 * defaults given there. A province may change them (settings `sanction_rules`).
 */
export interface SanctionRules {
  /** R-SN-7 (cfg): the typical minimum time under correction before a commendation, in months. */
  commendationMinMonths: number;
  /** R-SN-2: this many reprimands without correction support a warning. */
  reprimandsForWarning: number;
  /** R-SN-4, R-SN-5: this many warnings without correction support revocation or committal. */
  warningsForRevocation: number;
  /** R-SN-1/2: absence or late reporting over this many days supports a warning (up to it, a reprimand). */
  absenceWarningDays: number;
  /** R-SN-4/5: absence over this many days ("over one month") supports revocation or committal. */
  absenceRevocationDays: number;
  /** R-SN-6: the court rules on a revocation, committal or reduction proposal within these days. */
  courtRulingDays: number;
  /**
   * R-SN-6: an arrest request is decided within 48 hours; deadlines are kept in days, so the
   * closest day period (2 days) is tracked.
   */
  arrestDecisionDays: number;
}

export const defaultSanctionRules: SanctionRules = {
  commendationMinMonths: 6,
  reprimandsForWarning: 2,
  warningsForRevocation: 2,
  absenceWarningDays: 10,
  absenceRevocationDays: 30,
  courtRulingDays: 30,
  arrestDecisionDays: 2,
};

/** The rules with a province's overrides; unknown keys and bad numbers are ignored. */
export function sanctionRulesWith(overrides: Record<string, unknown> | null | undefined): SanctionRules {
  const rules: SanctionRules = { ...defaultSanctionRules };
  if (!overrides) return rules;
  for (const key of Object.keys(defaultSanctionRules) as (keyof SanctionRules)[]) {
    const v = overrides[key];
    if (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 366) rules[key] = v;
  }
  return rules;
}
