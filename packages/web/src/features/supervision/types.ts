import type { ResponseOf } from "../../api/contract";
/** The daily-supervision answers of the API (docs/API.md "Daily supervision (issue 4)"). */
import type {
  DutyState,
  LeaveApprovalLevel,
  LeaveStatus,
  Level,
  SanctionKind,
  SanctionStatus,
  SupervisionRecordKind,
} from "@zhijiao/domain";

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

/** A leave request (外出), as the server presents it. */
export type LeaveRequest = ResponseOf<"/api/leave-requests/{id}">;

export interface CourtBan {
  id: string;
  subjectId: string;
  content: string;
  places: string;
  fromOn: string;
  untilOn: string;
  createdAt: string;
}

export interface Sanction {
  id: string;
  subjectId: string;
  subjectName: string;
  category: string;
  categoryLabel: string;
  officeId: string;
  officeName: string;
  kind: SanctionKind;
  kindLabel: string;
  rule: string;
  status: SanctionStatus;
  statusLabel: string;
  facts: string;
  proposedAt: string;
  proposedOn: string;
  decidedOn: string | null;
  decisionComment: string | null;
  documentKind: string | null;
  documentNumber: string | null;
  courtRulingDueOn: string | null;
  version: number;
}

export type SuggestionFact =
  | {
      type: "sanction";
      id: string;
      kind: SanctionKind;
      label: string;
      decidedOn: string | null;
      facts: string;
    }
  | { type: "absence"; days: number };

export interface SanctionSuggestion {
  kind: SanctionKind;
  label: string;
  rule: string;
  grounds: string;
  facts: SuggestionFact[];
}

export interface SuggestionsAnswer {
  absenceDays: number;
  suggestions: SanctionSuggestion[];
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

/** A subject's mobile check-in as the office sees it (GET /api/check-ins). */
export interface CheckIn {
  id: string;
  subjectId: string;
  subjectName: string;
  officeId: string;
  officeName: string;
  recordedAt: string;
  latitude: number | null;
  longitude: number | null;
  accuracy: number | null;
  place: string | null;
  photoFileId: string | null;
  photoUrl: string | null;
  confirmed: boolean;
  confirmedAt: string | null;
  confirmedBy: string | null;
  confirmedByName: string | null;
}

/** A special-place request across files (GET /api/special-places, R-LV-4). */
export interface SpecialPlaceRequest {
  id: string;
  subjectId: string;
  subjectName: string;
  officeId: string;
  officeName: string;
  courtBanId: string;
  place: string;
  reason: string;
  fromOn: string;
  untilOn: string;
  status: "pending" | "approved" | "rejected";
  statusLabel: string;
  decisionComment: string | null;
  createdAt: string;
}
