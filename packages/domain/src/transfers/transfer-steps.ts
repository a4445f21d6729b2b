/**
 * R-TR-1: the order of a change of the place of execution: application, consultation of the
 * destination, its reply, the decision, the files moving, and the report at the new place.
 * Each step is taken only from the transfer status before it.
 */
import { DomainError } from "../errors/codes.ts";
import type { CaseStep } from "../lifecycle/state-machine.ts";

export const transferStatuses = [
  "applied",
  "consulted",
  "replied",
  "decided",
  "files_moved",
  "completed",
  "refused",
  "withdrawn",
] as const;
export type TransferStatus = (typeof transferStatuses)[number];

export const transferStatusLabels: Record<TransferStatus, string> = {
  applied: "已申请",
  consulted: "已征求意见",
  replied: "新执行地已回复",
  decided: "已决定变更",
  files_moved: "档案已移交",
  completed: "已到新执行地报到",
  refused: "不予变更",
  withdrawn: "已撤回",
};

/** A transfer in one of these is still under way: both agencies see the file. */
export const openTransferStatuses = ["applied", "consulted", "replied", "decided", "files_moved"] as const;

/** The transfer steps and the statuses each is taken from. */
export const transferStepFrom = {
  consult_transfer: ["applied"],
  reply_transfer: ["consulted"],
  decide_transfer: ["replied"],
  refuse_transfer: ["replied"],
  move_transfer_files: ["decided"],
  arrive_transfer: ["files_moved"],
  withdraw_transfer: ["applied", "consulted", "replied"],
} as const satisfies Partial<Record<CaseStep, readonly TransferStatus[]>>;
export type TransferStep = keyof typeof transferStepFrom;

/** Refuses a step out of order with 409 TRANSFER_STEP_ORDER, naming the status the transfer is in. */
export function checkTransferStep(step: TransferStep, status: string, transferId: string): void {
  const allowed: readonly string[] = transferStepFrom[step];
  if (!allowed.includes(status))
    throw new DomainError("TRANSFER_STEP_ORDER", { transferId, step, status, allowedFrom: allowed });
}
