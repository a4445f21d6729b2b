-- Foundation: organisations, accounts and sessions, subject files, files, audit trail.

create table organizations (
  id uuid primary key,
  parent_id uuid references organizations (id),
  kind text not null check (kind in ('province','city','county','office','court','procuratorate','police','prison')),
  name text not null,
  division_code varchar(12) not null,
  -- Denormalised ancestors (for external bodies: the area they are attached to), so that scope
  -- is an equality on one indexed column.
  province_id uuid,
  city_id uuid,
  county_id uuid,
  sort_key text not null,
  created_at timestamptz not null default now()
);
create index organizations_parent_idx on organizations (parent_id);
create index organizations_sort_idx on organizations (sort_key);
create unique index organizations_division_kind_idx on organizations (division_code, kind, name);

create table users (
  id uuid primary key,
  username text not null unique,
  display_name text not null,
  role text not null,
  org_id uuid not null references organizations (id),
  subject_id uuid,
  password_hash text not null,
  must_change_password boolean not null default false,
  failed_attempts integer not null default 0,
  locked_until timestamptz,
  active boolean not null default true,
  last_login_at timestamptz,
  password_changed_at timestamptz not null default now(),
  created_at timestamptz not null default now()
);
create index users_org_idx on users (org_id);

create table sessions (
  token_hash text primary key,
  user_id uuid not null references users (id),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  ended_at timestamptz,
  ip text,
  user_agent text
);
create index sessions_user_idx on sessions (user_id);

create table files (
  id uuid primary key,
  content_type text not null,
  size integer not null,
  sha256 text not null,
  data bytea not null,
  created_by uuid references users (id),
  created_at timestamptz not null default now()
);

create table subjects (
  id uuid primary key,
  name text not null,
  -- Unigrams and bigrams of the name: a GIN index finds any part of a Chinese name.
  name_tokens text[] not null,
  sex text not null check (sex in ('male','female')),
  ethnicity char(2) not null,
  birth_date date not null,
  -- Identity number and phone: AES-256-GCM ciphertext, a keyed hash for exact and tail search,
  -- and the masked form lists show.
  id_number_enc text not null,
  id_number_hash text not null,
  id_tail4_hash text not null,
  id_tail6_hash text not null,
  id_number_masked text not null,
  phone_enc text,
  phone_masked text,
  household_address text,
  household_division_code varchar(12),
  residence_address text not null,
  residence_division_code varchar(12) not null,
  category char(2) not null check (category in ('01','02','03','04')),
  crime text not null,
  sentence jsonb not null,
  deciding_authority text not null,
  judgment_number text not null,
  judgment_effective_on date,
  correction_start_on date not null,
  correction_end_on date not null,
  office_id uuid not null references organizations (id),
  county_id uuid not null,
  city_id uuid not null,
  province_id uuid not null,
  level text not null check (level in ('strict','normal','lenient')),
  status text not null check (status in ('investigating','awaiting_report','in_correction','transferring','released','terminated')),
  minor boolean not null default false,
  four_histories text[] not null default '{}',
  three_involvements text[] not null default '{}',
  photo_file_id uuid references files (id),
  received_on date,
  released_on date,
  archived boolean not null default false,
  version integer not null default 1,
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- One open file per person: the same identity number may recur only after release or termination.
create unique index subjects_open_id_number_idx on subjects (id_number_hash)
  where status not in ('released','terminated');
create index subjects_id_hash_idx on subjects (id_number_hash);
create index subjects_tail4_idx on subjects (id_tail4_hash);
create index subjects_tail6_idx on subjects (id_tail6_hash);
create index subjects_name_tokens_idx on subjects using gin (name_tokens);
-- Paged lists per scope, newest first.
create index subjects_office_list_idx on subjects (office_id, created_at desc, id desc);
create index subjects_county_list_idx on subjects (county_id, created_at desc, id desc);
create index subjects_city_list_idx on subjects (city_id, created_at desc, id desc);
create index subjects_province_list_idx on subjects (province_id, created_at desc, id desc);
-- Filtered lists and dashboard counts (covering the grouped columns).
create index subjects_county_status_idx on subjects (county_id, status, category, level, office_id);
create index subjects_city_status_idx on subjects (city_id, status, category, level, office_id);
create index subjects_province_status_idx on subjects (province_id, status, category, level, office_id);
create index subjects_received_idx on subjects (received_on);
create index subjects_released_idx on subjects (released_on);

create table subject_assignments (
  subject_id uuid not null references subjects (id),
  user_id uuid not null references users (id),
  created_at timestamptz not null default now(),
  primary key (subject_id, user_id)
);
create index subject_assignments_user_idx on subject_assignments (user_id);

-- Audit trail: append-only, hash-chained (hash = sha256(prev_hash || canonical entry)).
create table audit_log (
  seq bigint primary key,
  at timestamptz not null,
  actor_id uuid,
  actor_username text,
  actor_role text,
  actor_org_id uuid,
  action text not null,
  resource_type text not null,
  resource_id text,
  subject_id uuid,
  -- Denormalised place of the resource, so that a procurator browses its own area.
  county_id uuid,
  city_id uuid,
  province_id uuid,
  ip text,
  user_agent text,
  details jsonb not null default '{}',
  prev_hash text not null,
  hash text not null
);
create index audit_log_subject_idx on audit_log (subject_id, seq desc);
create index audit_log_actor_idx on audit_log (actor_id, seq desc);
create index audit_log_county_idx on audit_log (county_id, seq desc);
create index audit_log_at_idx on audit_log (at);

-- The head of the chain: one row, locked by each auditing transaction to keep the order.
create table audit_head (
  id integer primary key check (id = 1),
  seq bigint not null,
  hash text not null
);
insert into audit_head (id, seq, hash) values (1, 0, repeat('0', 64));

create table settings (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null default now()
);
