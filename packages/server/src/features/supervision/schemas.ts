import { dutyKinds, dutyStates, levelChangeStatuses, levels, supervisionRecordKinds } from "@zhijiao/domain";
import {
  dateStr,
  dateTime,
  int,
  nullable,
  num,
  object,
  oneOf,
  pageOf,
  pageQueryProps,
  str,
  strList,
  uuidPattern,
} from "../../http/schema-parts.ts";

export const recordSupervisionBody = {
  type: "object",
  additionalProperties: false,
  required: ["kind", "occurredAt", "content"],
  properties: {
    kind: { type: "string", enum: [...supervisionRecordKinds] },
    occurredAt: { type: "string", format: "date-time" },
    place: { type: "string", maxLength: 200 },
    content: { type: "string", minLength: 1, maxLength: 4000 },
    hours: { type: "number", exclusiveMinimum: 0, maximum: 200 },
    fileIds: { type: "array", maxItems: 20, items: { type: "string", pattern: uuidPattern } },
  },
} as const;

export const listDutiesQuery = {
  type: "object",
  additionalProperties: false,
  properties: { ...pageQueryProps, state: { type: "string", enum: [...dutyStates], default: "overdue" } },
} as const;

export const proposeLevelChangeBody = {
  type: "object",
  additionalProperties: false,
  required: ["toLevel", "grounds"],
  properties: {
    toLevel: { type: "string", enum: [...levels] },
    grounds: { type: "string", minLength: 1, maxLength: 4000 },
  },
} as const;

export const listLevelChangesQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    ...pageQueryProps,
    status: { type: "string", enum: levelChangeStatuses },
  },
} as const;

export const levelChangeDecisionBody = {
  type: "object",
  additionalProperties: false,
  required: ["approve"],
  properties: { approve: { type: "boolean" }, comment: { type: "string", maxLength: 1000 } },
} as const;

export const supervisionRecordProperties = {
  id: str,
  subjectId: str,
  kind: oneOf(supervisionRecordKinds),
  kindLabel: str,
  occurredAt: dateTime,
  occurredOn: dateStr,
  place: nullable(str),
  content: str,
  hours: nullable(num),
  fileIds: strList,
  recordedBy: nullable(str),
  recordedByName: nullable(str),
  createdAt: dateTime,
} as const;

/** One supervision record: what was done, when, where, by whom, with its files (R-SV-3). */
export const supervisionRecordSchema = object(supervisionRecordProperties);
export const supervisionRecordPageSchema = pageOf(supervisionRecordSchema);

const dutyProperties = {
  kind: oneOf(dutyKinds),
  kindLabel: str,
  periodStart: dateStr,
  periodEnd: dateStr,
  dueOn: dateStr,
  required: num,
  unit: oneOf(["times", "hours"]),
  achieved: num,
  state: oneOf(dutyStates),
  stateLabel: str,
  recordIds: strList,
  rule: str,
} as const;

/** A duty of one period with its due date and state (R-SV-2). */
export const dutySchema = object(dutyProperties);

/** A file's duties of the current periods and the overdue ones. */
export const subjectDutiesSchema = object({
  subjectId: str,
  level: oneOf(levels),
  periodStart: nullable(dateStr),
  today: dateStr,
  items: { type: "array", items: dutySchema },
  total: int,
});

/** A duty across the files in scope, with its file. */
export const scopedDutySchema = object({
  ...dutyProperties,
  subjectId: str,
  subjectName: str,
  level: oneOf(levels),
  levelLabel: str,
  officeId: str,
  officeName: str,
});
export const scopedDutyPageSchema = pageOf(scopedDutySchema);

/** A level change, proposed or decided (R-SV-1). */
export const levelChangeSchema = object({
  id: str,
  subjectId: str,
  subjectName: str,
  officeId: str,
  countyId: str,
  fromLevel: oneOf(levels),
  fromLevelLabel: str,
  toLevel: oneOf(levels),
  toLevelLabel: str,
  grounds: str,
  ruleIds: strList,
  status: oneOf(levelChangeStatuses),
  statusLabel: str,
  proposedBy: nullable(str),
  proposedAt: dateTime,
  decidedBy: nullable(str),
  decidedAt: nullable(dateTime),
  decidedOn: nullable(dateStr),
  decisionComment: nullable(str),
  version: int,
});
export const levelChangePageSchema = pageOf(levelChangeSchema);

/** A file's level history with the level its record now supports (a suggestion). */
export const levelChangesSchema = object({
  level: oneOf(levels),
  items: { type: "array", items: levelChangeSchema },
  total: int,
  suggestion: object({
    level: oneOf(levels),
    label: str,
    grounds: { type: "array", items: object({ rule: str, level: oneOf(levels), reason: str }) },
  }),
});
