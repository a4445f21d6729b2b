-- Loss of contact (脱管, DOMAIN.md R-MS-1): a search opened at once with the police assisting
-- (LAW 30), and its outcome; the days between count as absence for R-SN-1/2/4/5.
create table absences (
  id uuid primary key,
  subject_id uuid not null references subjects (id),
  office_id uuid not null references organizations (id),
  county_id uuid not null references organizations (id),
  city_id uuid not null,
  province_id uuid not null,
  minor boolean not null default false,
  lost_on date not null,
  circumstances text not null,
  status text not null default 'searching' check (status in ('searching','found')),
  found_on date,
  outcome text,
  closed_by uuid references users (id),
  closed_at timestamptz,
  created_by uuid references users (id),
  created_at timestamptz not null,
  version integer not null default 1,
  updated_at timestamptz not null,
  check (found_on is null or found_on >= lost_on)
);
create index absences_subject_idx on absences (subject_id, lost_on);
-- One open search per file.
create unique index absences_open_idx on absences (subject_id) where status = 'searching';
