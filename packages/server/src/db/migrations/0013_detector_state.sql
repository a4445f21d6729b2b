-- Whatever an alert decision remembers between fixes lives in the database (DESIGN.md "Scale"):
-- every server process continues from it, and so does the next one after a restart. The
-- per-device tracker (dwell and clearing counters, low battery) is in device_states.tracker;
-- what separation (人机分离) remembers belongs to the subject: the latest accepted fix of the
-- phone and of the bracelet, and whether they are apart (SeparationState of the domain, as JSON).
create table separation_states (
  subject_id uuid primary key references subjects (id),
  state jsonb not null,
  updated_at timestamptz not null
);
