-- Daily supervision (DOMAIN.md §5, R-SV-1..3): what staff record (reports, talks, visits, checks,
-- education and public-benefit hours, immediate and visitor reports), and the management level
-- changes, proposed by the office and approved by the county agency (the history of levels).
create table supervision_records (
  id uuid primary key,
  subject_id uuid not null references subjects (id),
  office_id uuid not null references organizations (id),
  county_id uuid not null references organizations (id),
  city_id uuid not null,
  province_id uuid not null,
  minor boolean not null default false,
  kind text not null check (kind in ('in_person_report','phone_report','thought_report','talk',
    'home_visit','info_check','education_hours','service_hours','immediate_report','visitor_report')),
  occurred_at timestamptz not null,
  occurred_on date not null,
  place text,
  content text not null,
  hours numeric(6,2),
  file_ids uuid[] not null default '{}',
  recorded_by uuid references users (id),
  created_at timestamptz not null
);
create index supervision_records_subject_idx on supervision_records (subject_id, occurred_on);
create index supervision_records_office_idx on supervision_records (office_id, occurred_on);

create table level_changes (
  id uuid primary key,
  subject_id uuid not null references subjects (id),
  office_id uuid not null references organizations (id),
  county_id uuid not null references organizations (id),
  city_id uuid not null,
  province_id uuid not null,
  minor boolean not null default false,
  from_level text not null check (from_level in ('strict','normal','lenient')),
  to_level text not null check (to_level in ('strict','normal','lenient')),
  grounds text not null,
  rule_ids text[] not null default '{R-SV-1}',
  status text not null default 'proposed' check (status in ('proposed','approved','rejected')),
  proposed_by uuid references users (id),
  proposed_at timestamptz not null,
  decided_by uuid references users (id),
  decided_at timestamptz,
  decided_on date,
  decision_comment text,
  version integer not null default 1
);
create index level_changes_subject_idx on level_changes (subject_id, proposed_at);
create index level_changes_county_status_idx on level_changes (county_id, status, proposed_at);
-- At most one open proposal per file.
create unique index level_changes_one_open_idx on level_changes (subject_id) where status = 'proposed';
