-- Random checks (随机抽查, issue 5 monitoring centre): staff ask a subject for a photo and the
-- phone's position within a deadline; the next check-in from the mobile app answers it, and one
-- not answered in time is marked missed and reported to the office.
create table random_checks (
  id uuid primary key,
  subject_id uuid not null references subjects (id),
  requested_by uuid references users (id),
  requested_at timestamptz not null,
  due_at timestamptz not null,
  note text,
  status text not null default 'pending' check (status in ('pending','answered','missed')),
  answered_at timestamptz,
  record_id uuid references supervision_records (id),
  lat double precision,
  lon double precision,
  accuracy_m real,
  check (due_at > requested_at)
);
create index random_checks_subject_idx on random_checks (subject_id, requested_at);
create index random_checks_pending_due_idx on random_checks (due_at) where status = 'pending';
-- One open check per subject at a time.
create unique index random_checks_pending_idx on random_checks (subject_id) where status = 'pending';
