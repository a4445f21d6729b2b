-- Rewards and sanctions (DOMAIN.md §6, R-SN-1..7): the office proposes with facts and evidence,
-- the county agency decides; an approval is numbered and, for a court, tracks its ruling.
create table sanctions (
  id uuid primary key,
  subject_id uuid not null references subjects (id),
  office_id uuid not null references organizations (id),
  county_id uuid not null references organizations (id),
  city_id uuid not null,
  province_id uuid not null,
  minor boolean not null default false,
  kind text not null check (kind in ('commendation','reprimand','warning','police_penalty',
    'revoke_probation','revoke_parole','committal','arrest','reduction')),
  status text not null default 'proposed' check (status in ('proposed','approved','rejected')),
  facts text not null,
  evidence_file_ids uuid[] not null default '{}',
  proposed_by uuid references users (id),
  proposed_at timestamptz not null,
  proposed_on date not null,
  decided_by uuid references users (id),
  decided_at timestamptz,
  decided_on date,
  decision_comment text,
  document_number text,
  court_ruling_due_on date,
  created_at timestamptz not null,
  version integer not null default 1
);
create index sanctions_subject_idx on sanctions (subject_id, proposed_at);
create index sanctions_county_status_idx on sanctions (county_id, status, proposed_at);
create index sanctions_office_status_idx on sanctions (office_id, status, proposed_at);
