/**
 * The lifecycle of a case (DOMAIN.md §4) as data: which step may be taken in which state, and
 * the state it leads to. `investigating` is the case before registration, held by its
 * investigation (R-IV-1); every later state is the subject file's status.
 */
import { DomainError, type ErrorCode } from "../errors/codes.ts";
import { subjectStatusLabels, type SubjectStatus } from "../subjects/codes.ts";

export const caseSteps = [
  "register",
  "record_handover",
  "record_search",
  "intake",
  "announce_entry",
  "set_team",
  "revise_plan",
  "apply_transfer",
  "consult_transfer",
  "reply_transfer",
  "decide_transfer",
  "refuse_transfer",
  "move_transfer_files",
  "arrive_transfer",
  "withdraw_transfer",
  "prepare_release",
  "release",
  "terminate",
  "archive",
] as const;
export type CaseStep = (typeof caseSteps)[number];

export const caseStepLabels: Record<CaseStep, string> = {
  register: "交付登记",
  record_handover: "登记交付文书",
  record_search: "登记查找情况",
  intake: "报到接收",
  announce_entry: "入矫宣告",
  set_team: "确定矫正小组",
  revise_plan: "制定矫正方案",
  apply_transfer: "申请执行地变更",
  consult_transfer: "征求执行地意见",
  reply_transfer: "回复执行地变更征求意见",
  decide_transfer: "执行地变更决定",
  refuse_transfer: "不予变更执行地",
  move_transfer_files: "移交档案",
  arrive_transfer: "新执行地报到",
  withdraw_transfer: "撤回执行地变更",
  prepare_release: "解矫准备",
  release: "解除社区矫正",
  terminate: "终止社区矫正",
  archive: "归档",
};

interface Transition {
  from: readonly SubjectStatus[];
  /** The state after the step; absent when the step keeps the state. */
  to?: SubjectStatus;
}

const supervised: SubjectStatus[] = ["in_correction", "transferring"];

export const transitions: Record<CaseStep, Transition> = {
  register: { from: ["investigating"], to: "awaiting_report" },
  record_handover: { from: ["awaiting_report", "in_correction"] },
  record_search: { from: ["awaiting_report"] },
  intake: { from: ["awaiting_report"], to: "in_correction" },
  announce_entry: { from: ["in_correction"] },
  set_team: { from: supervised },
  revise_plan: { from: supervised },
  apply_transfer: { from: ["in_correction"], to: "transferring" },
  consult_transfer: { from: ["transferring"] },
  reply_transfer: { from: ["transferring"] },
  decide_transfer: { from: ["transferring"] },
  refuse_transfer: { from: ["transferring"], to: "in_correction" },
  move_transfer_files: { from: ["transferring"] },
  arrive_transfer: { from: ["transferring"], to: "in_correction" },
  withdraw_transfer: { from: ["transferring"], to: "in_correction" },
  prepare_release: { from: ["in_correction"] },
  release: { from: ["in_correction"], to: "released" },
  // Death, revocation or committal may come before the report, during a transfer or in correction.
  terminate: { from: ["awaiting_report", "in_correction", "transferring"], to: "terminated" },
  archive: { from: ["released", "terminated"] },
};

/** The code that says why a step is refused in a state (HTTP 409). */
export const stateConflictCodes: Record<SubjectStatus, ErrorCode> = {
  investigating: "CASE_INVESTIGATING",
  awaiting_report: "CASE_AWAITING_REPORT",
  in_correction: "CASE_IN_CORRECTION",
  transferring: "CASE_TRANSFERRING",
  released: "CASE_RELEASED",
  terminated: "CASE_TERMINATED",
};

/** Whether a step may be taken now (for the UI: which buttons to offer). */
export function mayTakeStep(step: CaseStep, status: SubjectStatus, archived = false): boolean {
  return !archived && transitions[step].from.includes(status);
}

/** The steps open in a state, in the order of the lifecycle. */
export function openSteps(status: SubjectStatus, archived = false): CaseStep[] {
  return caseSteps.filter((s) => mayTakeStep(s, status, archived));
}

/**
 * Checks a step against the state and returns the state after it. Refuses with 409: the
 * code names the current state (an archived file answers FILE_ARCHIVED).
 */
export function takeStep(step: CaseStep, status: SubjectStatus, archived = false): SubjectStatus {
  if (archived) throw new DomainError("FILE_ARCHIVED", { step });
  const t = transitions[step];
  if (!t.from.includes(status))
    throw new DomainError(
      stateConflictCodes[status],
      { step, status, allowedFrom: t.from },
      `${subjectStatusLabels[status]}的案件不能办理“${caseStepLabels[step]}”`,
    );
  return t.to ?? status;
}
