import type { Level } from "../subjects/codes.ts";

/** What staff record as daily supervision (R-SV-2), and the events reported at once (R-SV-3). */
export const dutyKinds = [
  "in_person_report",
  "phone_report",
  "thought_report",
  "talk",
  "home_visit",
  "info_check",
  "education_hours",
  "service_hours",
] as const;
export type DutyKind = (typeof dutyKinds)[number];

export const supervisionRecordKinds = [
  ...dutyKinds,
  "immediate_report",
  "visitor_report",
  /** The subject's own check-in from the mobile app (photo and position); no duty by itself. */
  "check_in",
] as const;
export type SupervisionRecordKind = (typeof supervisionRecordKinds)[number];

export const supervisionRecordKindLabels: Record<SupervisionRecordKind, string> = {
  in_person_report: "当面报告",
  phone_report: "电话报告",
  thought_report: "书面思想汇报",
  talk: "个别谈话",
  home_visit: "实地查访",
  info_check: "信息化核查",
  education_hours: "教育学习",
  service_hours: "公益活动",
  immediate_report: "即时报告",
  visitor_report: "会客报告",
  check_in: "手机签到",
};

/** Record kinds that are events on the file (R-SV-3 and 会客), not only duties done. */
export const fileEventRecordKinds: readonly SupervisionRecordKind[] = ["immediate_report", "visitor_report"];

/** How often a counted duty falls due: every N weeks or every N months from the level's start. */
export interface DutySchedule {
  kind: DutyKind;
  every: "week" | "month";
  count: number;
  /** For education and public-benefit work: the hours required in each period. */
  hours?: number;
}

/** The configurable figures of R-SV-1 and R-SV-2 (DOMAIN.md §5, cfg), with the defaults given there. */
export interface SupervisionRules {
  /** R-SV-2: the counted duties of each level. */
  duties: Record<Level, DutySchedule[]>;
  /** R-SV-2: methods staff may use at any level (counted when recorded, never overdue). */
  permittedMethods: DutyKind[];
  /** R-SV-1: a new subject is 严管 for this many months after reception. */
  newSubjectStrictMonths: number;
  /** R-SV-1: this many reprimands (训诫) make a subject 严管. */
  strictReprimands: number;
  /** R-SV-1: 宽管 after this many consecutive months of 普管 ... */
  lenientAfterNormalMonths: number;
  /** ... with at least this quarterly average assessment score. */
  lenientMinQuarterAverage: number;
}

export const defaultSupervisionRules: SupervisionRules = {
  duties: {
    strict: [
      { kind: "in_person_report", every: "week", count: 1 },
      { kind: "thought_report", every: "week", count: 1 },
      { kind: "talk", every: "week", count: 1 },
      { kind: "education_hours", every: "month", count: 1, hours: 12 },
      { kind: "service_hours", every: "month", count: 1, hours: 12 },
    ],
    normal: [
      { kind: "in_person_report", every: "week", count: 2 },
      { kind: "thought_report", every: "month", count: 1 },
      { kind: "education_hours", every: "month", count: 1, hours: 8 },
      { kind: "service_hours", every: "month", count: 1, hours: 8 },
    ],
    lenient: [
      { kind: "in_person_report", every: "month", count: 1 },
      { kind: "thought_report", every: "month", count: 1 },
      { kind: "education_hours", every: "month", count: 1, hours: 8 },
      { kind: "service_hours", every: "month", count: 1, hours: 8 },
    ],
  },
  permittedMethods: ["phone_report", "home_visit", "info_check"],
  newSubjectStrictMonths: 2,
  strictReprimands: 2,
  lenientAfterNormalMonths: 6,
  lenientMinQuarterAverage: 80,
};

const numberKeys = [
  "newSubjectStrictMonths",
  "strictReprimands",
  "lenientAfterNormalMonths",
  "lenientMinQuarterAverage",
] as const;

function validSchedule(v: unknown): v is DutySchedule {
  if (typeof v !== "object" || v === null) return false;
  const s = v as Record<string, unknown>;
  return (
    typeof s.kind === "string" &&
    (dutyKinds as readonly string[]).includes(s.kind) &&
    (s.every === "week" || s.every === "month") &&
    typeof s.count === "number" &&
    Number.isInteger(s.count) &&
    s.count >= 1 &&
    s.count <= 12 &&
    (s.hours === undefined || (typeof s.hours === "number" && s.hours > 0 && s.hours <= 200))
  );
}

/** The rules with a province's overrides (settings `supervision_rules`); bad values are ignored. */
export function supervisionRulesWith(
  overrides: Record<string, unknown> | null | undefined,
): SupervisionRules {
  const rules: SupervisionRules = {
    ...defaultSupervisionRules,
    duties: { ...defaultSupervisionRules.duties },
  };
  if (!overrides) return rules;
  for (const key of numberKeys) {
    const v = overrides[key];
    if (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 100) rules[key] = v;
  }
  const duties = overrides.duties;
  if (typeof duties === "object" && duties !== null) {
    for (const level of ["strict", "normal", "lenient"] as const) {
      const list = (duties as Record<string, unknown>)[level];
      if (Array.isArray(list) && list.every(validSchedule)) rules.duties[level] = list;
    }
  }
  return rules;
}
