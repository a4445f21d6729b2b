import { leaveApprovalLevelLabels, leaveApprovalLevels, type LeaveApprovalLevel } from "../leave/leave.ts";

/** A leave decision as the 外出审批表 records it. */
export interface LeaveDecisionRecord {
  level: LeaveApprovalLevel;
  approve: boolean;
  comment: string | null;
  /** Who decided (the signature), and the organisation they decided for. */
  deciderName: string;
  decidingOrgName: string;
  /** The day of the decision, already written as 2026年11月21日. */
  decidedOn: string;
}

/**
 * The opinions of the 外出审批表 (R-LV-2), one line per level the request passes: each level below the one the
 * request needs sends it up (the rule, not a person, decides that, so no one signs it), and the level that
 * decides gives its decision, comment, signature and date. A level above it has no line.
 */
export function leaveApprovalOpinions(decision: LeaveDecisionRecord): string[] {
  const chain = leaveApprovalLevels.slice(0, leaveApprovalLevels.indexOf(decision.level) + 1);
  return chain.map((level, i) => {
    const label = leaveApprovalLevelLabels[level];
    if (level !== decision.level) {
      const next = chain[i + 1] ?? decision.level;
      return `${label}意见：依规定由${leaveApprovalLevelLabels[next]}审批，报送审批。`;
    }
    const verdict = decision.approve ? "同意外出" : "不同意外出";
    const comment = decision.comment?.trim() ? `${decision.comment.trim().replace(/[。.]$/, "")}。` : "";
    return (
      `${label}意见：${verdict}。${comment}` +
      `（${decision.decidingOrgName}，审批人：${decision.deciderName}，${decision.decidedOn}）`
    );
  });
}
