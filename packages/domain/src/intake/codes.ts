/** Code tables of GB/T 31000-2015 used at handover and intake (DOMAIN.md §1). */
import type { Category } from "../subjects/codes.ts";

export const receptionModes = ["01", "02", "03", "99"] as const;
export type ReceptionMode = (typeof receptionModes)[number];
export const receptionModeLabels: Record<ReceptionMode, string> = {
  "01": "自行报到",
  "02": "狱所押送",
  "03": "当庭交接",
  "99": "其他",
};

export const teamMemberTypes = ["01", "02", "03", "04", "05", "06", "07", "08", "99"] as const;
export type TeamMemberType = (typeof teamMemberTypes)[number];
export const teamMemberTypeLabels: Record<TeamMemberType, string> = {
  "01": "司法所工作人员",
  "02": "社会工作者",
  "03": "志愿者",
  "04": "村(居)委会人员",
  "05": "所在单位人员",
  "06": "就读学校人员",
  "07": "家庭成员或监护人",
  "08": "保证人",
  "99": "其他",
};

/** Documents the deciding authority delivers at handover (R-HO-1). */
export const handoverDocumentKinds = [
  "judgment",
  "parole_ruling",
  "outside_execution_decision",
  "execution_notice",
  "investigation_opinion",
  "guarantee",
  "medical_diagnosis",
  "other",
] as const;
export type HandoverDocumentKind = (typeof handoverDocumentKinds)[number];
export const handoverDocumentLabels: Record<HandoverDocumentKind, string> = {
  judgment: "判决书",
  parole_ruling: "假释裁定书",
  outside_execution_decision: "暂予监外执行决定书",
  execution_notice: "执行通知书",
  investigation_opinion: "调查评估意见书",
  guarantee: "保证书",
  medical_diagnosis: "病情诊断或检查证明",
  other: "其他文书",
};

/** R-IN-1: the documents intake checks, by category (LAW 20; M2020 16-17). */
export const requiredHandoverDocuments: Record<Category, readonly HandoverDocumentKind[]> = {
  "01": ["judgment", "execution_notice"],
  "02": ["judgment", "execution_notice"],
  "03": ["judgment", "parole_ruling", "execution_notice"],
  "04": ["judgment", "outside_execution_decision"],
};

/** The required documents not yet received. */
export function missingHandoverDocuments(
  category: Category,
  received: readonly string[],
): HandoverDocumentKind[] {
  return requiredHandoverDocuments[category].filter((k) => !received.includes(k));
}
