import { caseStepLabels, type CaseStep } from "@zhijiao/domain";
import type { CaseEventRow } from "../db/gateway/index.ts";

/** Steps of the investigation and the sweeps, which are not steps of the file's state machine. */
const otherStepLabels: Record<string, string> = {
  commission: "接收调查评估委托",
  assign: "指派调查",
  transcript: "调查笔录",
  extend: "延长调查评估期限",
  opinion: "出具调查评估意见",
  release_due: "矫正期满",
};

export function stepLabel(step: string): string {
  return caseStepLabels[step as CaseStep] ?? otherStepLabels[step] ?? step;
}

/** One entry of the timeline (一人一档). */
export function presentCaseEvent(e: CaseEventRow) {
  return {
    id: e.id,
    step: e.step,
    stepLabel: stepLabel(e.step),
    occurredOn: e.occurred_on,
    at: e.at,
    actorName: e.actor_name,
    summary: e.summary,
    data: e.data,
    documentKind: e.document_kind,
    documentNumber: e.document_number,
    transferId: e.transfer_id,
    investigationId: e.investigation_id,
  };
}
