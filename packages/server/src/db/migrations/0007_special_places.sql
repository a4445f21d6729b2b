-- Special-place approvals (进入特定场所, DOMAIN.md R-LV-4): where a court ban makes entry subject
-- to approval, the subject (through the office) applies, the county decides and the
-- procuratorate is notified. The place columns copy the subject's, so lists are scoped like files.
create table special_place_requests (
  id uuid primary key,
  subject_id uuid not null references subjects (id),
  office_id uuid not null references organizations (id),
  county_id uuid not null references organizations (id),
  city_id uuid not null,
  province_id uuid not null,
  minor boolean not null default false,
  court_ban_id uuid not null references court_bans (id),
  place text not null,
  reason text not null,
  from_on date not null,
  until_on date not null,
  status text not null default 'pending' check (status in ('pending','approved','rejected')),
  decided_by uuid references users (id),
  decided_at timestamptz,
  decision_comment text,
  created_by uuid references users (id),
  created_at timestamptz not null,
  version integer not null default 1,
  updated_at timestamptz not null,
  check (until_on >= from_on)
);
create index special_place_requests_subject_idx on special_place_requests (subject_id, created_at desc);
create index special_place_requests_county_idx on special_place_requests (county_id, status, created_at desc);
