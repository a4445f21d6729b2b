import type { ColumnType, Generated, Insertable } from "kysely";
import type { DateString, Timestamp } from "./column-types.ts";
import type {
  PositioningAuthorizationsTable,
  DevicesTable,
  DeviceBindingsTable,
  ZonesTable,
  PositionsTable,
  DeviceStatesTable,
  SeparationStatesTable,
  AlertsTable,
  RandomChecksTable,
} from "./schema-location.ts";

/** Table types for Kysely, kept beside the SQL migrations that define them. */
export type {
  PositioningAuthorizationsTable,
  DevicesTable,
  DeviceBindingsTable,
  ZonesTable,
  PositionsTable,
  DeviceStatesTable,
  SeparationStatesTable,
  AlertsTable,
  RandomChecksTable,
} from "./schema-location.ts";

export interface OrganizationsTable {
  id: string;
  parent_id: string | null;
  kind: string;
  name: string;
  division_code: string;
  province_id: string | null;
  city_id: string | null;
  county_id: string | null;
  sort_key: string;
  created_at: Generated<Date>;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  org_id: string;
  subject_id: string | null;
  password_hash: string;
  must_change_password: Generated<boolean>;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
  active: Generated<boolean>;
  last_login_at: Timestamp | null;
  password_changed_at: Generated<Date>;
  created_at: Generated<Date>;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: Generated<Date>;
  last_seen_at: Timestamp;
  ended_at: Timestamp | null;
  ip: string | null;
  user_agent: string | null;
}

export interface FilesTable {
  id: string;
  content_type: string;
  size: number;
  sha256: string;
  data: Uint8Array;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface SubjectsTable {
  id: string;
  name: string;
  name_tokens: string[];
  sex: string;
  ethnicity: string;
  birth_date: DateString;
  id_number_enc: string;
  id_number_hash: string;
  id_tail4_hash: string;
  id_tail6_hash: string;
  id_number_masked: string;
  phone_enc: string | null;
  phone_masked: string | null;
  household_address: string | null;
  household_division_code: string | null;
  residence_address: string;
  residence_division_code: string;
  category: string;
  crime: string;
  sentence: ColumnType<Record<string, unknown>, string, string>;
  deciding_authority: string;
  judgment_number: string;
  judgment_effective_on: DateString | null;
  correction_start_on: DateString;
  correction_end_on: DateString;
  office_id: string;
  county_id: string;
  city_id: string;
  province_id: string;
  level: string;
  status: string;
  minor: boolean;
  four_histories: string[];
  three_involvements: string[];
  photo_file_id: string | null;
  received_on: DateString | null;
  released_on: DateString | null;
  investigation_id: string | null;
  report_due_on: DateString | null;
  reported_on: DateString | null;
  reception_mode: string | null;
  handover_notice_on: DateString | null;
  identity_verified_at: Timestamp | null;
  closure_type: string | null;
  closure_ground: string | null;
  archived_on: DateString | null;
  shared_office_id: string | null;
  shared_county_id: string | null;
  archived: Generated<boolean>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SubjectAssignmentsTable {
  subject_id: string;
  user_id: string;
  created_at: Generated<Date>;
}

export interface AuditLogTable {
  seq: number;
  at: Timestamp;
  actor_id: string | null;
  actor_username: string | null;
  actor_role: string | null;
  actor_org_id: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  subject_id: string | null;
  county_id: string | null;
  city_id: string | null;
  province_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: ColumnType<Record<string, unknown>, string, string>;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface SettingsTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: Generated<Date>;
}

/** Kept by the triggers of migration 0002; read by the dashboard. */
export interface SubjectCountsTable {
  office_id: string;
  county_id: string;
  city_id: string;
  province_id: string;
  status: string;
  category: string;
  level: string;
  minor: boolean;
  n: number;
}

export interface SchemaMigrationsTable {
  version: string;
  applied_at: Generated<Date>;
}

export interface CalendarYearsTable {
  year: number;
  source: string;
  loaded_at: Generated<Date>;
  loaded_by: string | null;
}

export interface CalendarDaysTable {
  day: DateString;
  working: boolean;
  name: string;
}

export interface InvestigationsTable {
  id: string;
  commissioning_org_id: string;
  commission_number: string | null;
  received_on: DateString;
  fast_track: boolean;
  due_on: DateString;
  due_provisional: boolean;
  extended_due_on: DateString | null;
  extension_reason: string | null;
  office_id: string | null;
  county_id: string;
  city_id: string;
  province_id: string;
  status: string;
  person_name: string;
  sex: string;
  birth_date: DateString;
  minor: boolean;
  id_number_enc: string;
  id_number_hash: string;
  id_number_masked: string;
  residence_address: string;
  residence_division_code: string | null;
  proposed_category: string;
  crime: string;
  opinion: string | null;
  opinion_reasons: string | null;
  opinion_on: DateString | null;
  document_number: string | null;
  copied_to_procuratorate_on: DateString | null;
  subject_id: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface InvestigationTranscriptsTable {
  id: string;
  investigation_id: string;
  interviewee: string;
  relation: string;
  interviewed_on: DateString;
  place: string | null;
  content: string;
  file_ids: Generated<string[]>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface HandoverDocumentsTable {
  id: string;
  subject_id: string;
  kind: string;
  document_number: string | null;
  received_on: DateString;
  note: string | null;
  file_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface TeamMembersTable {
  id: string;
  subject_id: string;
  name: string;
  type: string;
  sex: string;
  phone: string | null;
  knows_minors: boolean;
  position: number;
}

export interface CorrectionPlansTable {
  subject_id: string;
  version: number;
  basic_situation: string;
  risk_analysis: string;
  measures: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface TransfersTable {
  id: string;
  subject_id: string;
  origin_office_id: string;
  origin_county_id: string;
  destination_office_id: string;
  destination_county_id: string;
  new_residence_address: string;
  new_residence_division_code: string;
  reason: string;
  planned_move_on: DateString;
  applied_on: DateString;
  status: string;
  consulted_on: DateString | null;
  replied_on: DateString | null;
  reply_accepts: boolean | null;
  reply_opinion: string | null;
  decided_on: DateString | null;
  decision_document_number: string | null;
  files_moved_on: DateString | null;
  arrived_on: DateString | null;
  closed_reason: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DeadlinesTable {
  id: string;
  kind: string;
  subject_id: string | null;
  investigation_id: string | null;
  transfer_id: string | null;
  due_on: DateString;
  provisional: boolean;
  office_id: string | null;
  county_id: string;
  city_id: string;
  province_id: string;
  minor: boolean;
  status: Generated<string>;
  closed_on: DateString | null;
  created_at: Timestamp;
}

export interface NoticesTable {
  id: string;
  kind: string;
  recipient_org_id: string;
  deadline_id: string | null;
  subject_id: string | null;
  investigation_id: string | null;
  title: string;
  body: string;
  document_kind: string | null;
  created_at: Timestamp;
  read_at: Timestamp | null;
  read_by: string | null;
}

export interface CaseEventsTable {
  id: string;
  seq: Generated<number>;
  subject_id: string | null;
  investigation_id: string | null;
  transfer_id: string | null;
  step: string;
  occurred_on: DateString;
  at: Timestamp;
  actor_id: string | null;
  actor_name: string | null;
  org_id: string | null;
  summary: string;
  data: ColumnType<Record<string, unknown>, string, string>;
  document_kind: string | null;
  document_number: string | null;
  county_id: string;
}

export interface DocumentCountersTable {
  org_id: string;
  word: string;
  year: number;
  last: number;
}

export interface DocumentTemplatesTable {
  province_id: string;
  kind: string;
  template: ColumnType<Record<string, unknown>, string, string>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface LeaveRequestsTable {
  id: string;
  subject_id: string;
  office_id: string;
  county_id: string;
  city_id: string;
  province_id: string;
  minor: boolean;
  start_on: DateString;
  end_on: DateString;
  days: number;
  cumulative_days: number;
  destination_division_code: string;
  destination_address: string;
  reason: string;
  proof_file_ids: string[];
  status: string;
  approval_level: string;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decided_on: DateString | null;
  decision_comment: string | null;
  document_number: string | null;
  returned_on: DateString | null;
  days_late: number | null;
  created_by: string | null;
  created_at: Timestamp;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface CourtBansTable {
  id: string;
  subject_id: string;
  county_id: string;
  content: string;
  places: string;
  from_on: DateString;
  until_on: DateString;
  created_by: string | null;
  created_at: Timestamp;
}

/** Special-place approvals (进入特定场所, R-LV-4; 0007_special_places.sql). */
export interface SpecialPlaceRequestsTable {
  id: string;
  subject_id: string;
  office_id: string;
  county_id: string;
  city_id: string;
  province_id: string;
  minor: boolean;
  court_ban_id: string;
  place: string;
  reason: string;
  from_on: DateString;
  until_on: DateString;
  status: Generated<string>;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_comment: string | null;
  created_by: string | null;
  created_at: Timestamp;
  version: Generated<number>;
  updated_at: Timestamp;
}

/** Loss of contact (脱管, R-MS-1; 0008_absences.sql). */
export interface AbsencesTable {
  id: string;
  subject_id: string;
  office_id: string;
  county_id: string;
  city_id: string;
  province_id: string;
  minor: boolean;
  lost_on: DateString;
  circumstances: string;
  status: Generated<string>;
  found_on: DateString | null;
  outcome: string | null;
  closed_by: string | null;
  closed_at: Timestamp | null;
  created_by: string | null;
  created_at: Timestamp;
  version: Generated<number>;
  updated_at: Timestamp;
}

/** Rewards and sanctions (0005_sanctions.sql). */
export interface SanctionsTable {
  id: string;
  subject_id: string;
  office_id: string;
  county_id: string;
  city_id: string;
  province_id: string;
  minor: boolean;
  kind: string;
  status: Generated<string>;
  facts: string;
  evidence_file_ids: string[];
  proposed_by: string | null;
  proposed_at: Timestamp;
  proposed_on: DateString;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decided_on: DateString | null;
  decision_comment: string | null;
  document_number: string | null;
  court_ruling_due_on: DateString | null;
  created_at: Timestamp;
  version: Generated<number>;
}

/** Daily supervision records (0006_supervision.sql, R-SV-2/3). */
export interface SupervisionRecordsTable {
  id: string;
  subject_id: string;
  office_id: string;
  county_id: string;
  city_id: string;
  province_id: string;
  minor: boolean;
  kind: string;
  occurred_at: Timestamp;
  occurred_on: DateString;
  place: string | null;
  content: string;
  hours: number | null;
  file_ids: string[];
  recorded_by: string | null;
  created_at: Timestamp;
  /** A mobile check-in's position (0007_check_ins.sql). */
  latitude: number | null;
  longitude: number | null;
  accuracy: number | null;
  /** A check-in's confirmation by staff (0011_check_in_confirmation.sql). */
  confirmed_at: Timestamp | null;
  confirmed_by: string | null;
}

/** Management level changes, proposed and approved (0006_supervision.sql, R-SV-1). */
export interface LevelChangesTable {
  id: string;
  subject_id: string;
  office_id: string;
  county_id: string;
  city_id: string;
  province_id: string;
  minor: boolean;
  from_level: string;
  to_level: string;
  grounds: string;
  rule_ids: string[];
  status: Generated<string>;
  proposed_by: string | null;
  proposed_at: Timestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decided_on: DateString | null;
  decision_comment: string | null;
  version: Generated<number>;
}

export interface UnknownLoginFailuresTable {
  username: string;
  failed_attempts: number;
  locked_until: Timestamp | null;
  updated_at: Timestamp;
}

export interface DB {
  unknown_login_failures: UnknownLoginFailuresTable;
  random_checks: RandomChecksTable;
  positioning_authorizations: PositioningAuthorizationsTable;
  devices: DevicesTable;
  device_bindings: DeviceBindingsTable;
  zones: ZonesTable;
  positions: PositionsTable;
  device_states: DeviceStatesTable;
  separation_states: SeparationStatesTable;
  alerts: AlertsTable;
  supervision_records: SupervisionRecordsTable;
  level_changes: LevelChangesTable;
  sanctions: SanctionsTable;
  leave_requests: LeaveRequestsTable;
  court_bans: CourtBansTable;
  special_place_requests: SpecialPlaceRequestsTable;
  absences: AbsencesTable;
  calendar_years: CalendarYearsTable;
  calendar_days: CalendarDaysTable;
  investigations: InvestigationsTable;
  investigation_transcripts: InvestigationTranscriptsTable;
  handover_documents: HandoverDocumentsTable;
  team_members: TeamMembersTable;
  correction_plans: CorrectionPlansTable;
  transfers: TransfersTable;
  deadlines: DeadlinesTable;
  notices: NoticesTable;
  case_events: CaseEventsTable;
  document_counters: DocumentCountersTable;
  document_templates: DocumentTemplatesTable;
  organizations: OrganizationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  files: FilesTable;
  subjects: SubjectsTable;
  subject_assignments: SubjectAssignmentsTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  settings: SettingsTable;
  subject_counts: SubjectCountsTable;
  schema_migrations: SchemaMigrationsTable;
}

/** A row as it is inserted into table `T` (generated columns optional). */
export type NewRow<T extends keyof DB> = Insertable<DB[T]>;
