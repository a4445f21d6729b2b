/** The provincial figures (DOMAIN.md, cfg) a province administrator may change, by settings key. */
import {
  DomainError,
  caseRulesWith,
  defaultCaseRules,
  defaultLeaveRules,
  defaultSanctionRules,
  defaultSupervisionRules,
  leaveRulesWith,
  sanctionRulesWith,
  supervisionRulesWith,
} from "@zhijiao/domain";

interface RuleSet {
  label: string;
  defaults: object;
  load: (overrides: Record<string, unknown> | null) => object;
}

export const ruleSets = {
  case_rules: { label: "案件期限", defaults: defaultCaseRules, load: caseRulesWith },
  leave_rules: { label: "外出审批", defaults: defaultLeaveRules, load: leaveRulesWith },
  supervision_rules: { label: "日常监管", defaults: defaultSupervisionRules, load: supervisionRulesWith },
  sanction_rules: { label: "奖惩", defaults: defaultSanctionRules, load: sanctionRulesWith },
} as const satisfies Record<string, RuleSet>;

export type RuleKey = keyof typeof ruleSets;
export const ruleKeys = Object.keys(ruleSets) as RuleKey[];

/** No figure of these tables is a count of days, months or a score over a year's days. */
const maxFigure = 366;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function bad(field: string, message: string): never {
  throw new DomainError("VALIDATION_FAILED", { field }, message);
}

/**
 * Checks a province's figures for one table against its defaults: only the defaults' keys, and
 * only values the table's loader accepts (its ranges), each number at most 366; else 400.
 * Answers the overrides to store.
 */
export function checkRuleValues(key: RuleKey, values: Record<string, unknown>): Record<string, unknown> {
  const set: RuleSet = ruleSets[key];
  const defaults = set.defaults as Record<string, unknown>;
  for (const [name, v] of Object.entries(values)) {
    if (!(name in defaults)) bad(`values.${name}`, `未知的规则项：${name}`);
    if (typeof v === "number" && v > maxFigure) bad(`values.${name}`, `规则项 ${name} 的取值超出范围`);
  }
  const applied = set.load(values) as Record<string, unknown>;
  for (const [name, v] of Object.entries(values)) {
    if (name === "duties" && typeof v === "object" && v !== null && !Array.isArray(v)) {
      // Duty tables by level: each level given must be a valid schedule list.
      const duties = applied.duties as Record<string, unknown>;
      for (const [level, list] of Object.entries(v as Record<string, unknown>))
        if (!(level in duties) || !same(duties[level], list))
          bad(`values.duties.${level}`, `管理等级 ${level} 的监管事项设置无效`);
      continue;
    }
    if (!same(applied[name], v)) bad(`values.${name}`, `规则项 ${name} 的取值无效`);
  }
  return values;
}

/** The figures in force for a table, given the stored overrides. */
export function rulesInForce(key: RuleKey, stored: unknown) {
  const overrides =
    typeof stored === "object" && stored !== null && !Array.isArray(stored)
      ? (stored as Record<string, unknown>)
      : null;
  const set: RuleSet = ruleSets[key];
  return {
    key,
    label: set.label,
    values: set.load(overrides) as Record<string, unknown>,
    defaults: set.defaults as Record<string, unknown>,
    overrides: overrides ?? {},
  };
}
