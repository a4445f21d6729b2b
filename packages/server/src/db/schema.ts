import type { ColumnType, Generated } from "kysely";

/** Table types for Kysely, kept beside the SQL migrations that define them. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** Legal-calendar dates travel as "YYYY-MM-DD" strings (parsers set in connect.ts). */
type DateString = string;

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

export interface DB {
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
