/** Table types of electronic location supervision (migrations 0010 and later), for Kysely. */
import type { ColumnType, Generated } from "kysely";
import type { DateString, Timestamp } from "./column-types.ts";

export interface PositioningAuthorizationsTable {
  id: string;
  subject_id: string;
  county_id: string;
  condition: string;
  facts: string;
  from_on: DateString;
  until_on: DateString;
  extends_id: string | null;
  reassessment: string | null;
  status: Generated<string>;
  proposed_by: string | null;
  proposed_at: Timestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_comment: string | null;
  document_number: string | null;
  ended_on: DateString | null;
  end_reason: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
}

export interface DevicesTable {
  id: string;
  kind: string;
  identifier: string;
  county_id: string;
  model: string | null;
  token_hash: string | null;
  auth_code: string | null;
  offline_after_seconds: Generated<number>;
  low_battery_percent: Generated<number>;
  active: Generated<boolean>;
  created_at: Timestamp;
}

export interface DeviceBindingsTable {
  id: string;
  device_id: string;
  subject_id: string;
  authorization_id: string | null;
  bound_at: Timestamp;
  ended_at: Timestamp | null;
  end_reason: string | null;
  bound_by: string | null;
  ended_by: string | null;
}

/** `shape` is a ZoneShape (packages/domain/src/location), WGS-84. */
export interface ZonesTable {
  id: string;
  subject_id: string;
  kind: string;
  source: string;
  source_id: string | null;
  name: string;
  shape: ColumnType<unknown, string, string>;
  tolerance_m: Generated<number>;
  active_from: Timestamp | null;
  active_until: Timestamp | null;
  daily_from: string | null;
  daily_until: string | null;
  created_by: string | null;
  created_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface PositionsTable {
  device_id: string;
  fixed_at: Timestamp;
  binding_id: string;
  subject_id: string;
  received_at: Timestamp;
  lat: number;
  lon: number;
  accuracy_m: number | null;
  speed_kmh: number | null;
  heading: number | null;
  altitude_m: number | null;
  battery: number | null;
  alarm_bits: number | null;
  status_bits: number | null;
  source: string;
}

export interface DeviceStatesTable {
  device_id: string;
  binding_id: string | null;
  last_seen_at: Timestamp | null;
  last_fix_at: Timestamp | null;
  last_lat: number | null;
  last_lon: number | null;
  battery: number | null;
  tracker: ColumnType<unknown, string | undefined, string>;
  offline: Generated<boolean>;
}

/** What separation (人机分离) remembers of a subject between fixes (migration 0013). */
export interface SeparationStatesTable {
  subject_id: string;
  state: ColumnType<unknown, string, string>;
  updated_at: Timestamp;
}

export interface AlertsTable {
  id: string;
  subject_id: string;
  device_id: string | null;
  zone_id: string | null;
  type: string;
  status: Generated<string>;
  opened_at: Timestamp;
  lat: number | null;
  lon: number | null;
  details: ColumnType<unknown, string | undefined, string>;
  cleared_at: Timestamp | null;
  escalation_level: Generated<number>;
  escalated_at: Timestamp | null;
  acknowledged_by: string | null;
  acknowledged_at: Timestamp | null;
  resolved_by: string | null;
  resolved_at: Timestamp | null;
  disposition: string | null;
  resolution_comment: string | null;
  sanction_id: string | null;
  version: Generated<number>;
}

export interface RandomChecksTable {
  id: string;
  subject_id: string;
  requested_by: string | null;
  requested_at: Timestamp;
  due_at: Timestamp;
  note: string | null;
  status: Generated<string>;
  answered_at: Timestamp | null;
  record_id: string | null;
  lat: number | null;
  lon: number | null;
  accuracy_m: number | null;
}
