import { addMonths, compareDates, type DateString } from "../periods/dates.ts";
import { levelLabels, type Level } from "../subjects/codes.ts";
import { defaultSupervisionRules, type SupervisionRules } from "./supervision-rules.ts";

/** The facts R-SV-1 reads to suggest a management level. */
export interface LevelFacts {
  /** The day the subject was received (or correction began). */
  receivedOn: DateString;
  today: DateString;
  riskLevel?: "high" | "medium" | "low" | null;
  /** Approved reprimands (训诫) and warnings (警告). */
  reprimands: number;
  warnings: number;
  /** A public-security penalty (治安管理处罚) during correction. */
  policePenalty: boolean;
  /** The last monthly assessment was failed. */
  failedAssessment: boolean;
  /** Consecutive months at 普管 up to today. */
  monthsNormal: number;
  /** The average score of the last quarter, when assessed. */
  quarterAverage?: number | null;
}

/** Where a proposed level change stands (R-SV-1). */
export const levelChangeStatuses = ["proposed", "approved", "rejected"] as const;
export type LevelChangeStatus = (typeof levelChangeStatuses)[number];

export interface LevelGround {
  rule: "R-SV-1";
  level: Level;
  reason: string;
}

export interface LevelSuggestion {
  level: Level;
  label: string;
  grounds: LevelGround[];
}

/**
 * R-SV-1: the level the record supports, with the facts that support it. 严管 wins over the
 * other grounds; 宽管 needs 6 months of 普管 with a good quarter, or a low risk. This is a
 * suggestion: a level changes only by a proposal approved by the county agency.
 */
export function suggestLevel(
  facts: LevelFacts,
  rules: SupervisionRules = defaultSupervisionRules,
): LevelSuggestion {
  const strict: string[] = [];
  const newUntil = addMonths(facts.receivedOn, rules.newSubjectStrictMonths);
  if (compareDates(facts.today, newUntil) < 0)
    strict.push(`新入矫未满 ${rules.newSubjectStrictMonths} 个月（${facts.receivedOn} 接收）`);
  if (facts.riskLevel === "high") strict.push("风险评估为高风险");
  if (facts.reprimands >= rules.strictReprimands) strict.push(`受到训诫 ${facts.reprimands} 次`);
  if (facts.warnings > 0) strict.push(`受到警告 ${facts.warnings} 次`);
  if (facts.policePenalty) strict.push("受到治安管理处罚");
  if (facts.failedAssessment) strict.push("月度考核不合格");
  const ground = (level: Level, reason: string): LevelGround => ({ rule: "R-SV-1", level, reason });
  if (strict.length)
    return { level: "strict", label: levelLabels.strict, grounds: strict.map((r) => ground("strict", r)) };

  const lenient: string[] = [];
  if (
    facts.monthsNormal >= rules.lenientAfterNormalMonths &&
    facts.quarterAverage != null &&
    facts.quarterAverage >= rules.lenientMinQuarterAverage
  )
    lenient.push(
      `连续普管 ${facts.monthsNormal} 个月，季度平均分 ${facts.quarterAverage} 分（不低于 ${rules.lenientMinQuarterAverage} 分）`,
    );
  if (facts.riskLevel === "low") lenient.push("风险评估为低风险");
  if (lenient.length)
    return {
      level: "lenient",
      label: levelLabels.lenient,
      grounds: lenient.map((r) => ground("lenient", r)),
    };

  return {
    level: "normal",
    label: levelLabels.normal,
    grounds: [ground("normal", "无从严或从宽管理的情形")],
  };
}
