import { sql } from "kysely";
import { Repository } from "./repository.ts";

/** An alert a sweep opened, cleared or escalated, with the file's place for live pushes and notices. */
export interface SweptAlert {
  id: string;
  subject_id: string;
  subject_name: string;
  type: string;
  opened_at: Date;
  escalation_level: number;
  office_id: string;
  county_id: string;
  city_id: string;
  province_id: string;
  minor: boolean;
}

const NO_ZONE = "00000000-0000-0000-0000-000000000000";

/** Joins what a swept alert needs to be pushed and told. */
const withPlace = (cte: string) =>
  sql.raw(`
  select c.id, c.subject_id, s.name as subject_name, c.type, c.opened_at, c.escalation_level,
    s.office_id, s.county_id, s.city_id, s.province_id, s.minor
  from ${cte} c join subjects s on s.id = c.subject_id`);

/**
 * The set-based statements of the location sweep. Each derives what is due from the data and
 * leans on the one-live-alert index, so a repeated or concurrent run changes nothing twice.
 */
export class LocationSweepRepository extends Repository {
  /** A bound device silent for longer than its threshold: one `offline` alert per silence. */
  async raiseOffline(now: Date): Promise<SweptAlert[]> {
    const r = await sql<SweptAlert>`
      with silent as (
        select b.subject_id, b.device_id, d.kind, coalesce(st.last_seen_at, b.bound_at) as last_seen
        from device_bindings b
        join devices d on d.id = b.device_id
        left join device_states st on st.device_id = b.device_id
        where b.ended_at is null
          and coalesce(st.last_seen_at, b.bound_at) < ${now}::timestamptz - make_interval(secs => d.offline_after_seconds)
      ), ins as (
        insert into alerts (id, subject_id, device_id, type, opened_at, details)
        select gen_random_uuid(), s.subject_id, s.device_id, 'offline', ${now},
          json_build_object('lastSeenAt', s.last_seen, 'deviceKind', s.kind)::jsonb
        from silent s
        where not exists (
          select 1 from alerts a
          where a.subject_id = s.subject_id and a.device_id = s.device_id and a.type = 'offline'
            and a.opened_at >= s.last_seen)
        on conflict (subject_id, type, coalesce(zone_id, ${NO_ZONE}::uuid)) where cleared_at is null and status <> 'resolved'
        do nothing
        returning id, subject_id, type, opened_at, escalation_level
      )
      ${withPlace("ins")}`.execute(this.db);
    return r.rows;
  }

  /** R-LV-3: an approved leave past its end and not reported back raises `leave_overdue`. */
  async raiseLeaveOverdue(now: Date, today: string): Promise<SweptAlert[]> {
    const r = await sql<SweptAlert>`
      with ins as (
        insert into alerts (id, subject_id, type, opened_at, details)
        select gen_random_uuid(), l.subject_id, 'leave_overdue', ${now},
          json_build_object('leaveRequestId', l.id, 'endOn', l.end_on, 'destination', l.destination_address)::jsonb
        from leave_requests l
        where l.status = 'approved' and l.end_on < ${today}::date
        on conflict (subject_id, type, coalesce(zone_id, ${NO_ZONE}::uuid)) where cleared_at is null and status <> 'resolved'
        do nothing
        returning id, subject_id, type, opened_at, escalation_level
      )
      ${withPlace("ins")}`.execute(this.db);
    return r.rows;
  }

  /** The subject reported back (销假): the overdue condition ends, the record stays. */
  async clearLeaveOverdue(now: Date, today: string): Promise<SweptAlert[]> {
    const r = await sql<SweptAlert>`
      with upd as (
        update alerts set cleared_at = ${now}, version = version + 1
        where type = 'leave_overdue' and cleared_at is null and status <> 'resolved'
          and not exists (
            select 1 from leave_requests l
            where l.subject_id = alerts.subject_id and l.status = 'approved' and l.end_on < ${today}::date)
        returning id, subject_id, type, opened_at, escalation_level
      )
      ${withPlace("upd")}`.execute(this.db);
    return r.rows;
  }

  /**
   * An alert nobody acknowledged climbs: level 1 after `firstMinutes`, level 2 after
   * `secondMinutes` (each level tells the county agency again).
   */
  async escalate(now: Date, firstMinutes: number, secondMinutes: number): Promise<SweptAlert[]> {
    const r = await sql<SweptAlert>`
      with upd as (
        update alerts set escalation_level = escalation_level + 1, escalated_at = ${now}, version = version + 1
        where status = 'open' and cleared_at is null and escalation_level < 2
          and opened_at < ${now}::timestamptz - make_interval(mins => case escalation_level when 0 then ${firstMinutes}::int else ${secondMinutes}::int end)
        returning id, subject_id, type, opened_at, escalation_level
      )
      ${withPlace("upd")}`.execute(this.db);
    return r.rows;
  }

  /**
   * Monthly partitions of `positions` on PostgreSQL for the months starting on `firstOfMonths`
   * (YYYY-MM-01). Rows that already went to the default partition for such a month are moved
   * into the new partition before it is attached, in the caller's transaction.
   */
  async ensurePartitions(firstOfMonths: string[]): Promise<string[]> {
    const created: string[] = [];
    for (const start of firstOfMonths) {
      if (!/^\d{4}-\d{2}-01$/.test(start)) throw new Error(`not a month start: ${start}`);
      const name = `positions_${start.slice(0, 4)}${start.slice(5, 7)}`;
      const exists = await sql<{
        n: number;
      }>`select count(*)::int as n from pg_class where relname = ${name}`.execute(this.db);
      if (Number(exists.rows[0]?.n) > 0) continue;
      const range = `from ('${start}') to ('${start}'::date + interval '1 month')`;
      await sql.raw(`create table ${name} (like positions including defaults)`).execute(this.db);
      await sql
        .raw(
          `with moved as (delete from positions_default where fixed_at >= '${start}'::date and fixed_at < '${start}'::date + interval '1 month' returning *)
           insert into ${name} select * from moved`,
        )
        .execute(this.db);
      await sql.raw(`alter table positions attach partition ${name} for values ${range}`).execute(this.db);
      created.push(name);
    }
    return created;
  }
}
