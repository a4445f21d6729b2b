import {
  levelLabels,
  supervisionRecordKindLabels,
  type Duty,
  type Level,
  type LevelChangeStatus,
  type SupervisionRecordKind,
} from "@zhijiao/domain";
import type { ScopedDuty } from "./list-duties.ts";
import type { LevelChangeRow, SupervisionRecordRow } from "../../db/gateway/index.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { dutySchema, levelChangeSchema, scopedDutySchema, supervisionRecordSchema } from "./schemas.ts";

const levelChangeStatusLabels: Record<string, string> = {
  proposed: "待审批",
  approved: "已批准",
  rejected: "不予批准",
};

const dutyStateLabels: Record<string, string> = { done: "已完成", pending: "待完成", overdue: "已逾期" };

/** One supervision record: what was done, when, where, by whom, with its files. */
export function presentSupervisionRecord(r: SupervisionRecordRow): Presented<typeof supervisionRecordSchema> {
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
export function presentDuty(d: Duty): Presented<typeof dutySchema> {
  return {
    kind: d.kind,
    kindLabel: supervisionRecordKindLabels[d.kind],
    periodStart: d.periodStart,
    periodEnd: d.periodEnd,
    dueOn: d.dueOn,
    required: d.required,
    unit: d.unit,
    achieved: d.achieved,
    state: d.state,
    stateLabel: dutyStateLabels[d.state] ?? d.state,
    recordIds: d.recordIds,
    rule: d.rule,
  };
}

/** A duty across the files in scope, with its file. */
export function presentScopedDuty(d: ScopedDuty): Presented<typeof scopedDutySchema> {
  return {
    ...presentDuty(d),
    subjectId: d.subjectId,
    subjectName: d.subjectName,
    level: d.level,
    levelLabel: levelLabels[d.level],
    officeId: d.officeId,
    officeName: d.officeName,
  };
}

/** A level change, proposed or decided (R-SV-1). */
export function presentLevelChange(r: LevelChangeRow): Presented<typeof levelChangeSchema> {
  return {
    id: r.id,
    subjectId: r.subject_id,
    subjectName: r.subject_name,
    officeId: r.office_id,
    countyId: r.county_id,
    fromLevel: r.from_level as Level,
    fromLevelLabel: levelLabels[r.from_level as Level],
    toLevel: r.to_level as Level,
    toLevelLabel: levelLabels[r.to_level as Level],
    grounds: r.grounds,
    ruleIds: r.rule_ids,
    status: r.status as LevelChangeStatus,
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
