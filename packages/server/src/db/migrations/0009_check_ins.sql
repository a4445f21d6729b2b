-- The subject's mobile check-ins (issue 4, /m/): a supervision record of kind check_in with the
-- browser's position and a photo (in file_ids). It does not count as a report duty by itself.
alter table supervision_records drop constraint if exists supervision_records_kind_check;
alter table supervision_records add constraint supervision_records_kind_check check (kind in (
  'in_person_report','phone_report','thought_report','talk','home_visit','info_check',
  'education_hours','service_hours','immediate_report','visitor_report','check_in'));
alter table supervision_records add column latitude double precision;
alter table supervision_records add column longitude double precision;
alter table supervision_records add column accuracy double precision;
