/** Code tables of GB/T 31000-2015 and the lifecycle of DOMAIN.md §1 and §4. */

export const categories = ["01", "02", "03", "04"] as const;
export type Category = (typeof categories)[number];
export const categoryLabels: Record<Category, string> = {
  "01": "管制",
  "02": "缓刑",
  "03": "假释",
  "04": "暂予监外执行",
};

export const subjectStatuses = [
  "investigating",
  "awaiting_report",
  "in_correction",
  "transferring",
  "released",
  "terminated",
] as const;
export type SubjectStatus = (typeof subjectStatuses)[number];
export const subjectStatusLabels: Record<SubjectStatus, string> = {
  investigating: "调查评估中",
  awaiting_report: "待报到",
  in_correction: "在矫",
  transferring: "执行地变更中",
  released: "已解矫",
  terminated: "已终止",
};

export const levels = ["strict", "normal", "lenient"] as const;
export type Level = (typeof levels)[number];
export const levelLabels: Record<Level, string> = { strict: "严管", normal: "普管", lenient: "宽管" };

export const sexes = ["male", "female"] as const;
export type Sex = (typeof sexes)[number];
export const sexLabels: Record<Sex, string> = { male: "男", female: "女" };

export const fourHistories = ["01", "02", "03", "04"] as const;
export type FourHistory = (typeof fourHistories)[number];
export const fourHistoryLabels: Record<FourHistory, string> = {
  "01": "吸毒史",
  "02": "逃脱史",
  "03": "自杀史",
  "04": "袭警史",
};

export const threeInvolvements = ["01", "02", "03"] as const;
export type ThreeInvolvement = (typeof threeInvolvements)[number];
export const threeInvolvementLabels: Record<ThreeInvolvement, string> = {
  "01": "涉毒",
  "02": "涉黑",
  "03": "涉枪",
};

/** Principal penalty of the original sentence, which the term rules of §1 depend on. */
export const penalties = [
  "surveillance",
  "criminal_detention",
  "fixed_term",
  "life",
  "death_suspended",
] as const;
export type Penalty = (typeof penalties)[number];
export const penaltyLabels: Record<Penalty, string> = {
  surveillance: "管制",
  criminal_detention: "拘役",
  fixed_term: "有期徒刑",
  life: "无期徒刑",
  death_suspended: "死刑缓期二年执行",
};

/** The original sentence as the term rules need it. */
export interface Sentence {
  penalty: Penalty;
  /** Length of the principal penalty in months (absent for life and death with reprieve). */
  termMonths?: number;
  /** 缓刑考验期 in months, for category 02. */
  probationMonths?: number;
  /** Days of custody before judgment: each offsets 2 days of 管制 (CL 41). */
  custodyDays?: number;
  /** The sentence as written in the judgment, e.g. "有期徒刑一年，缓刑二年". */
  text?: string;
}
