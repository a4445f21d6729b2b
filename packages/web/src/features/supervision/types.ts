/** Duties, records and management levels as the API answers them (docs/API.md "Daily supervision (issue 4)"). */
import type { DutyState, Level, SupervisionRecordKind } from "@zhijiao/domain";

export interface Duty {
  kind: SupervisionRecordKind;
  kindLabel: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  required: number;
  unit: "times" | "hours";
  achieved: number;
  state: DutyState;
  stateLabel: string;
  recordIds: string[];
  rule: string;
}

export interface DutyAcross extends Duty {
  subjectId: string;
  subjectName: string;
  level: Level;
  levelLabel: string;
  officeId: string;
  officeName: string;
}

export interface DutiesAnswer {
  subjectId: string;
  level: Level;
  periodStart: string;
  today: string;
  items: Duty[];
  total: number;
}

export interface SupervisionRecord {
  id: string;
  subjectId: string;
  kind: SupervisionRecordKind;
  kindLabel: string;
  occurredAt: string;
  occurredOn: string;
  place: string | null;
  content: string;
  hours: number | null;
  recordedByName: string | null;
  createdAt: string;
}

export interface LevelChange {
  id: string;
  subjectId: string;
  subjectName: string;
  officeId: string;
  fromLevel: Level;
  fromLevelLabel: string;
  toLevel: Level;
  toLevelLabel: string;
  grounds: string;
  ruleIds: string[];
  status: "proposed" | "approved" | "rejected";
  statusLabel: string;
  proposedAt: string;
  decidedOn: string | null;
  decisionComment: string | null;
  version: number;
}

export interface LevelChangesAnswer {
  level: Level;
  items: LevelChange[];
  total: number;
  suggestion: { level: Level; label: string; grounds: { rule: string; level: Level; reason: string }[] };
}
