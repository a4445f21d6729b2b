-- Leave and court bans (DOMAIN.md R-LV-1, R-LV-2, R-LV-3, R-LV-5).

-- R-LV-1/2/3: a request to leave the city or county, its decision at the level R-LV-2 names,
-- and the return (销假). The place columns copy the subject's, so lists are scoped like files.
create table leave_requests (
  id uuid primary key,
  subject_id uuid not null references subjects (id),
  office_id uuid not null references organizations (id),
  county_id uuid not null references organizations (id),
  city_id uuid not null,
  province_id uuid not null,
  minor boolean not null default false,
  start_on date not null,
  end_on date not null,
  days integer not null check (days between 1 and 366),
  cumulative_days integer not null,
  destination_division_code varchar(12) not null,
  destination_address text not null,
  reason text not null,
  proof_file_ids uuid[] not null default '{}',
  status text not null check (status in ('pending','approved','rejected','returned')),
  approval_level text not null check (approval_level in ('office','county','city')),
  decided_by uuid references users (id),
  decided_at timestamptz,
  decided_on date,
  decision_comment text,
  document_number text,
  returned_on date,
  days_late integer,
  created_by uuid references users (id),
  created_at timestamptz not null,
  version integer not null default 1,
  updated_at timestamptz not null,
  check (end_on >= start_on)
);
create index leave_requests_subject_idx on leave_requests (subject_id, start_on desc);
create index leave_requests_county_idx on leave_requests (county_id, status, created_at desc);
create index leave_requests_office_idx on leave_requests (office_id, status, created_at desc);

-- R-LV-5: a court ban (禁止令): what is forbidden, where, from and until when.
create table court_bans (
  id uuid primary key,
  subject_id uuid not null references subjects (id),
  county_id uuid not null references organizations (id),
  content text not null,
  places text not null,
  from_on date not null,
  until_on date not null,
  created_by uuid references users (id),
  created_at timestamptz not null,
  check (until_on >= from_on)
);
create index court_bans_subject_idx on court_bans (subject_id, from_on);
