-- The statutory case (DOMAIN.md §3-4): calendar, investigations, handover and intake, team and
-- plan, transfers, release and termination, deadlines, notices, the case timeline and documents.

-- R-DL-3: the State Council schedule, loaded per year. Days absent here follow Monday-Friday.
create table calendar_years (
  year integer primary key,
  source text not null,
  loaded_at timestamptz not null default now(),
  loaded_by uuid references users (id)
);
create table calendar_days (
  day date primary key,
  working boolean not null,
  name text not null
);

-- R-IV-1: a commission from a court, procuratorate, police or prison, before any judgment.
create table investigations (
  id uuid primary key,
  commissioning_org_id uuid not null references organizations (id),
  commission_number text,
  received_on date not null,
  fast_track boolean not null default false,
  due_on date not null,
  due_provisional boolean not null default false,
  extended_due_on date,
  extension_reason text,
  office_id uuid references organizations (id),
  county_id uuid not null references organizations (id),
  city_id uuid not null,
  province_id uuid not null,
  status text not null check (status in ('received','assigned','concluded')),
  person_name text not null,
  sex text not null check (sex in ('male','female')),
  birth_date date not null,
  minor boolean not null default false,
  id_number_enc text not null,
  id_number_hash text not null,
  id_number_masked text not null,
  residence_address text not null,
  residence_division_code varchar(12),
  proposed_category char(2) not null check (proposed_category in ('01','02','03','04')),
  crime text not null,
  opinion text check (opinion in ('suitable','unsuitable')),
  opinion_reasons text,
  opinion_on date,
  document_number text,
  copied_to_procuratorate_on date,
  subject_id uuid references subjects (id),
  version integer not null default 1,
  created_by uuid references users (id),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index investigations_county_idx on investigations (county_id, received_on desc);
create index investigations_office_idx on investigations (office_id, received_on desc);
create index investigations_id_hash_idx on investigations (id_number_hash);

create table investigation_transcripts (
  id uuid primary key,
  investigation_id uuid not null references investigations (id),
  interviewee text not null,
  relation text not null check (relation in ('relative','committee','employer','victim','other')),
  interviewed_on date not null,
  place text,
  content text not null,
  file_ids uuid[] not null default '{}',
  created_by uuid references users (id),
  created_at timestamptz not null
);
create index investigation_transcripts_idx on investigation_transcripts (investigation_id, interviewed_on);

-- Handover, reporting and intake facts on the file itself.
alter table subjects
  add column investigation_id uuid references investigations (id),
  add column report_due_on date,
  add column reported_on date,
  add column reception_mode char(2),
  add column handover_notice_on date,
  add column identity_verified_at timestamptz,
  add column closure_type char(2),
  add column closure_ground text,
  add column archived_on date,
  -- During a transfer the other agency and office see the file too (R-TR-1).
  add column shared_office_id uuid,
  add column shared_county_id uuid;
create index subjects_shared_county_idx on subjects (shared_county_id) where shared_county_id is not null;
create index subjects_shared_office_idx on subjects (shared_office_id) where shared_office_id is not null;
create index subjects_end_idx on subjects (correction_end_on) where status = 'in_correction';

-- R-HO-1: the documents the deciding authority delivered, with their dates.
create table handover_documents (
  id uuid primary key,
  subject_id uuid not null references subjects (id),
  kind text not null,
  document_number text,
  received_on date not null,
  note text,
  file_id uuid references files (id),
  created_by uuid references users (id),
  created_at timestamptz not null
);
create index handover_documents_subject_idx on handover_documents (subject_id, received_on);

-- R-IN-2: the correction team as it stands; its changes are events of the timeline.
create table team_members (
  id uuid primary key,
  subject_id uuid not null references subjects (id),
  name text not null,
  type char(2) not null,
  sex text not null check (sex in ('male','female')),
  phone text,
  knows_minors boolean not null default false,
  position integer not null
);
create index team_members_subject_idx on team_members (subject_id, position);

-- R-IN-3: every version of the correction plan is kept.
create table correction_plans (
  subject_id uuid not null references subjects (id),
  version integer not null,
  basic_situation text not null,
  risk_analysis text not null,
  measures text not null,
  created_by uuid references users (id),
  created_at timestamptz not null,
  primary key (subject_id, version)
);

-- R-TR-1: change of the place of execution.
create table transfers (
  id uuid primary key,
  subject_id uuid not null references subjects (id),
  origin_office_id uuid not null references organizations (id),
  origin_county_id uuid not null references organizations (id),
  destination_office_id uuid not null references organizations (id),
  destination_county_id uuid not null references organizations (id),
  new_residence_address text not null,
  new_residence_division_code varchar(12) not null,
  reason text not null,
  planned_move_on date not null,
  applied_on date not null,
  status text not null check (status in ('applied','consulted','replied','decided','files_moved','completed','refused','withdrawn')),
  consulted_on date,
  replied_on date,
  reply_accepts boolean,
  reply_opinion text,
  decided_on date,
  decision_document_number text,
  files_moved_on date,
  arrived_on date,
  closed_reason text,
  version integer not null default 1,
  created_by uuid references users (id),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create unique index transfers_open_idx on transfers (subject_id)
  where status not in ('completed','refused','withdrawn');
create index transfers_origin_idx on transfers (origin_county_id, applied_on desc);
create index transfers_destination_idx on transfers (destination_county_id, applied_on desc);

-- Open and closed deadlines, with the place responsible for them (scope as for subjects).
create table deadlines (
  id uuid primary key,
  kind text not null,
  subject_id uuid references subjects (id),
  investigation_id uuid references investigations (id),
  transfer_id uuid references transfers (id),
  due_on date not null,
  provisional boolean not null default false,
  office_id uuid references organizations (id),
  county_id uuid not null references organizations (id),
  city_id uuid not null,
  province_id uuid not null,
  minor boolean not null default false,
  status text not null default 'open' check (status in ('open','met','cancelled')),
  closed_on date,
  created_at timestamptz not null,
  check (subject_id is not null or investigation_id is not null)
);
create unique index deadlines_open_idx on deadlines (coalesce(subject_id, investigation_id), kind)
  where status = 'open';
create index deadlines_county_due_idx on deadlines (county_id, due_on) where status = 'open';
create index deadlines_office_due_idx on deadlines (office_id, due_on) where status = 'open';
create index deadlines_due_idx on deadlines (due_on) where status = 'open';
create index deadlines_subject_idx on deadlines (subject_id, kind) where subject_id is not null;
create index deadlines_investigation_idx on deadlines (investigation_id) where investigation_id is not null;

-- Notices to the people responsible (overdue deadlines) and to the bodies the law says to notify.
create table notices (
  id uuid primary key,
  kind text not null,
  recipient_org_id uuid not null references organizations (id),
  deadline_id uuid references deadlines (id),
  subject_id uuid references subjects (id),
  investigation_id uuid references investigations (id),
  title text not null,
  body text not null,
  document_kind text,
  created_at timestamptz not null,
  read_at timestamptz,
  read_by uuid references users (id)
);
create unique index notices_deadline_idx on notices (deadline_id, recipient_org_id) where deadline_id is not null;
create index notices_recipient_idx on notices (recipient_org_id, created_at desc);

-- The spine of the file (一人一档): every step of the case, in order, with its document.
create table case_events (
  id uuid primary key,
  seq bigint generated always as identity,
  subject_id uuid references subjects (id),
  investigation_id uuid references investigations (id),
  transfer_id uuid references transfers (id),
  step text not null,
  occurred_on date not null,
  at timestamptz not null,
  actor_id uuid references users (id),
  actor_name text,
  org_id uuid references organizations (id),
  summary text not null,
  data jsonb not null default '{}',
  document_kind text,
  document_number text,
  -- The agency that held the case when it happened: the origin keeps its history after a transfer.
  county_id uuid not null references organizations (id)
);
create index case_events_subject_idx on case_events (subject_id, seq);
create index case_events_investigation_idx on case_events (investigation_id, seq);

-- Document numbers: 〔year〕 and a running number per issuing organ and kind of document.
create table document_counters (
  org_id uuid not null references organizations (id),
  word text not null,
  year integer not null,
  last integer not null,
  primary key (org_id, word, year)
);

-- Templates a province adjusts; absent kinds use the shipped template.
create table document_templates (
  province_id uuid not null references organizations (id),
  kind text not null,
  template jsonb not null,
  updated_by uuid references users (id),
  updated_at timestamptz not null,
  primary key (province_id, kind)
);
