-- Electronic location supervision (issue 5; DOMAIN.md R-EP-1, R-LV-3/4/5, R-PR-3).
-- Scope follows the subject: every table here is read through a join on subjects.

-- 使用电子定位装置审批: a bracelet only under an approved authorization, on one of the five legal
-- conditions, approved by the county head, at most 3 months; an extension is a new row that
-- follows the one it extends, after reassessment.
create table positioning_authorizations (
  id uuid primary key,
  subject_id uuid not null references subjects (id),
  county_id uuid not null references organizations (id),
  condition text not null check (condition in
    ('ban_violation','left_without_approval','refused_report_warned','police_penalty','revocation_pending')),
  facts text not null,
  from_on date not null,
  until_on date not null,
  extends_id uuid references positioning_authorizations (id),
  reassessment text,
  status text not null default 'proposed' check (status in ('proposed','approved','rejected','ended')),
  proposed_by uuid references users (id),
  proposed_at timestamptz not null,
  decided_by uuid references users (id),
  decided_at timestamptz,
  decision_comment text,
  document_number text,
  ended_on date,
  end_reason text,
  version integer not null default 1,
  updated_at timestamptz not null,
  check (until_on >= from_on)
);
create index positioning_authorizations_subject_idx on positioning_authorizations (subject_id, from_on);

-- A device: a bracelet (JT/T 808 terminal, identified by its terminal phone number) or a phone
-- (the subject's app, or a carrier gateway). Devices are reused: history belongs to the binding.
create table devices (
  id uuid primary key,
  kind text not null check (kind in ('bracelet','phone')),
  identifier text not null unique,
  county_id uuid not null references organizations (id),
  model text,
  -- HTTP ingest: sha256 of the device token; JT/T 808: the authentication code issued at registration.
  token_hash text,
  auth_code text,
  offline_after_seconds integer not null default 600 check (offline_after_seconds between 60 and 86400),
  low_battery_percent integer not null default 20 check (low_battery_percent between 1 and 99),
  active boolean not null default true,
  created_at timestamptz not null
);

create table device_bindings (
  id uuid primary key,
  device_id uuid not null references devices (id),
  subject_id uuid not null references subjects (id),
  authorization_id uuid references positioning_authorizations (id),
  bound_at timestamptz not null,
  ended_at timestamptz,
  end_reason text,
  bound_by uuid references users (id),
  ended_by uuid references users (id)
);
create unique index device_bindings_open_device_idx on device_bindings (device_id) where ended_at is null;
create index device_bindings_subject_idx on device_bindings (subject_id, bound_at);

-- Zones of a subject. Inclusion zones are a union (the county of residence, the destination of an
-- approved leave for its days): outside all of them is out_of_zone. Exclusion zones (court-ban
-- places) each raise forbidden_zone. A daily window (curfew, Asia/Shanghai clock) limits when a
-- zone applies. Shapes: {type:"division", code} | {type:"circle", lat, lon, radiusM} |
-- {type:"polygon", rings:[[[lon,lat],...]]}, WGS-84.
create table zones (
  id uuid primary key,
  subject_id uuid not null references subjects (id),
  kind text not null check (kind in ('inclusion','exclusion')),
  source text not null check (source in ('residence','leave','court_ban','curfew','manual')),
  source_id uuid,
  name text not null,
  shape jsonb not null,
  tolerance_m integer not null default 0 check (tolerance_m between 0 and 5000),
  active_from timestamptz,
  active_until timestamptz,
  daily_from time,
  daily_until time,
  created_by uuid references users (id),
  created_at timestamptz not null,
  ended_at timestamptz
);
create index zones_subject_idx on zones (subject_id) where ended_at is null;

-- Positions in WGS-84, one row per device and fix time (a late or repeated fix is not stored twice).
-- Partitioned by time; a default partition catches anything outside the monthly partitions.
create table positions (
  device_id uuid not null,
  fixed_at timestamptz not null,
  binding_id uuid not null,
  subject_id uuid not null,
  received_at timestamptz not null,
  lat double precision not null,
  lon double precision not null,
  accuracy_m real,
  speed_kmh real,
  heading smallint,
  altitude_m real,
  battery smallint,
  alarm_bits integer,
  status_bits integer,
  source text not null,
  primary key (device_id, fixed_at)
) partition by range (fixed_at);
create table positions_default partition of positions default;
create index positions_subject_time_idx on positions (subject_id, fixed_at);

-- What ingest remembers per device between batches: the last fix, the last word, and the
-- alert tracker's state (dwell and hysteresis counters per zone).
create table device_states (
  device_id uuid primary key references devices (id),
  binding_id uuid,
  last_seen_at timestamptz,
  last_fix_at timestamptz,
  last_lat double precision,
  last_lon double precision,
  battery smallint,
  tracker jsonb not null default '{}'::jsonb,
  offline boolean not null default false
);

create table alerts (
  id uuid primary key,
  subject_id uuid not null references subjects (id),
  device_id uuid references devices (id),
  zone_id uuid references zones (id),
  type text not null check (type in
    ('out_of_zone','forbidden_zone','offline','low_battery','tamper','separation','sos','leave_overdue')),
  status text not null default 'open' check (status in ('open','acknowledged','resolved')),
  opened_at timestamptz not null,
  lat double precision,
  lon double precision,
  details jsonb not null default '{}'::jsonb,
  -- The condition ended by itself (the subject came back, the device spoke again); the record stays.
  cleared_at timestamptz,
  escalation_level integer not null default 0,
  escalated_at timestamptz,
  acknowledged_by uuid references users (id),
  acknowledged_at timestamptz,
  resolved_by uuid references users (id),
  resolved_at timestamptz,
  disposition text check (disposition in ('device_fault','gps_drift','approved','violation_confirmed','condition_cleared')),
  resolution_comment text,
  sanction_id uuid references sanctions (id),
  version integer not null default 1
);
create index alerts_subject_idx on alerts (subject_id, opened_at);
create index alerts_status_idx on alerts (status, opened_at);
-- One live alert per subject, type and zone while its condition lasts.
create unique index alerts_live_idx on alerts (subject_id, type, coalesce(zone_id, '00000000-0000-0000-0000-000000000000'::uuid))
  where cleared_at is null and status <> 'resolved';
