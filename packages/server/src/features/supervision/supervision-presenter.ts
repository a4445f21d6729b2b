import {
  levelLabels,
  supervisionRecordKindLabels,
  type Duty,
  type Level,
  type SupervisionRecordKind,
} from "@zhijiao/domain";
import type { ScopedDuty } from "./list-duties.ts";
import type { LevelChangeRow, SupervisionRecordRow } from "../../db/gateway/index.ts";

const levelChangeStatusLabels: Record<string, string> = {
  proposed: "待审批",
  approved: "已批准",
  rejected: "不予批准",
};

const dutyStateLabels: Record<string, string> = { done: "已完成", pending: "待完成", overdue: "已逾期" };

/** One supervision record: what was done, when, where, by whom, with its files. */
export function presentSupervisionRecord(r: SupervisionRecordRow) {
  const kind = r.kind as SupervisionRecordKind;
  return {
    id: r.id,
    subjectId: r.subject_id,
    kind,
    kindLabel: supervisionRecordKindLabels[kind],
    occurredAt: r.occurred_at,
    occurredOn: r.occurred_on,
    place: r.place,
    content: r.content,
    hours: r.hours === null ? null : Number(r.hours),
    fileIds: r.file_ids,
    recordedBy: r.recorded_by,
    recordedByName: r.recorded_by_name,
    createdAt: r.created_at,
  };
}

/** A duty of one period with its due date and state (R-SV-2). */
export function presentDuty(d: Duty | ScopedDuty) {
  return {
    ...d,
    kindLabel: supervisionRecordKindLabels[d.kind],
    stateLabel: dutyStateLabels[d.state],
    ...("level" in d ? { levelLabel: levelLabels[d.level] } : {}),
  };
}

/** A level change, proposed or decided (R-SV-1). */
export function presentLevelChange(r: LevelChangeRow) {
  return {
    id: r.id,
    subjectId: r.subject_id,
    subjectName: r.subject_name,
    officeId: r.office_id,
    countyId: r.county_id,
    fromLevel: r.from_level,
    fromLevelLabel: levelLabels[r.from_level as Level],
    toLevel: r.to_level,
    toLevelLabel: levelLabels[r.to_level as Level],
    grounds: r.grounds,
    ruleIds: r.rule_ids,
    status: r.status,
    statusLabel: levelChangeStatusLabels[r.status] ?? r.status,
    proposedBy: r.proposed_by,
    proposedAt: r.proposed_at,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    decidedOn: r.decided_on,
    decisionComment: r.decision_comment,
    version: r.version,
  };
}
