-- Staff confirm the subject's mobile check-ins (issue 4, the office workbench's "新打卡"): a
-- check_in record is new until an office or county officer confirms it, once.
alter table supervision_records add column confirmed_at timestamptz;
alter table supervision_records add column confirmed_by uuid references users (id);
create index supervision_records_check_in_idx on supervision_records (office_id, occurred_at desc)
  where kind = 'check_in';
