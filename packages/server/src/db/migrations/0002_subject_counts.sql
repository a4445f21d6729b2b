-- Dashboard counts at province scale: a summary kept by statement-level triggers in the same
-- transaction as each change, so reading counts costs O(offices), not O(subjects).

create table subject_counts (
  office_id uuid not null,
  county_id uuid not null,
  city_id uuid not null,
  province_id uuid not null,
  status text not null,
  category char(2) not null,
  level text not null,
  minor boolean not null,
  n bigint not null,
  primary key (office_id, status, category, level, minor)
);
create index subject_counts_county_idx on subject_counts (county_id, status);
create index subject_counts_city_idx on subject_counts (city_id, status);
create index subject_counts_province_idx on subject_counts (province_id, status);

create function subject_counts_sync() returns trigger language plpgsql as $$
begin
  -- Rows are upserted in key order, so concurrent statements lock them in the same order.
  if tg_op in ('UPDATE', 'DELETE') then
    insert into subject_counts as c (office_id, county_id, city_id, province_id, status, category, level, minor, n)
    select office_id, county_id, city_id, province_id, status, category, level, minor, -count(*)
    from old_rows
    group by office_id, county_id, city_id, province_id, status, category, level, minor
    order by office_id, status, category, level, minor
    on conflict (office_id, status, category, level, minor) do update set n = c.n + excluded.n;
  end if;
  if tg_op in ('UPDATE', 'INSERT') then
    insert into subject_counts as c (office_id, county_id, city_id, province_id, status, category, level, minor, n)
    select office_id, county_id, city_id, province_id, status, category, level, minor, count(*)
    from new_rows
    group by office_id, county_id, city_id, province_id, status, category, level, minor
    order by office_id, status, category, level, minor
    on conflict (office_id, status, category, level, minor) do update set n = c.n + excluded.n;
  end if;
  return null;
end
$$;

create trigger subject_counts_insert after insert on subjects
  referencing new table as new_rows for each statement execute function subject_counts_sync();
create trigger subject_counts_update after update on subjects
  referencing old table as old_rows new table as new_rows for each statement execute function subject_counts_sync();
create trigger subject_counts_delete after delete on subjects
  referencing old table as old_rows for each statement execute function subject_counts_sync();

insert into subject_counts (office_id, county_id, city_id, province_id, status, category, level, minor, n)
select office_id, county_id, city_id, province_id, status, category, level, minor, count(*)
from subjects
group by office_id, county_id, city_id, province_id, status, category, level, minor;

-- Monthly intake and release counts read only the index.
drop index subjects_received_idx;
drop index subjects_released_idx;
create index subjects_received_idx on subjects (received_on) include (province_id, city_id, county_id, office_id);
create index subjects_released_idx on subjects (released_on) include (province_id, city_id, county_id, office_id);
