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

/** A bound device that has not spoken lately, with what the offline decision needs (R-MS-1). */
export interface OfflineCandidateRow {
  subject_id: string;
  device_id: string;
  kind: string;
  last_seen_at: Date | null;
  bound_at: Date;
  offline_after_seconds: number;
  last_offline_alert_at: Date | null;
}

/** An approved leave (not yet returned from) of a subject with no live overdue alert (R-LV-3). */
export interface LeaveOverdueCandidateRow {
  id: string;
  subject_id: string;
  status: string;
  end_on: string;
  destination_address: string;
}

/** A live overdue alert with the subject's approved leaves (R-LV-3). */
export interface LiveLeaveOverdueRow {
  id: string;
  leaves: { status: string; endOn: string }[];
}

export interface EscalationCandidateRow {
  id: string;
  status: string;
  cleared_at: Date | null;
  escalation_level: number;
  opened_at: Date;
}

/**
 * The statements of the location sweep: each `…Candidates` selects what may be due, the domain
 * decides (sweep-conditions.ts), and the writes apply the decisions in one statement each,
 * leaning on the one-live-alert index so that a repeated or concurrent run changes nothing twice.
 */
export class LocationSweepRepository extends Repository {
  /** Bound devices not heard from (nor bound) since `quietSince`, with their latest offline alert. */
  async offlineCandidates(quietSince: Date): Promise<OfflineCandidateRow[]> {
    const r = await sql<OfflineCandidateRow>`
      select b.subject_id, b.device_id, d.kind, st.last_seen_at, b.bound_at, d.offline_after_seconds,
        (select max(a.opened_at) from alerts a
          where a.subject_id = b.subject_id and a.device_id = b.device_id and a.type = 'offline') as last_offline_alert_at
      from device_bindings b
      join devices d on d.id = b.device_id
      left join device_states st on st.device_id = b.device_id
      where b.ended_at is null and coalesce(st.last_seen_at, b.bound_at) < ${quietSince}`.execute(this.db);
    return r.rows;
  }

  /** Approved leaves of subjects that have no live `leave_overdue` alert, earliest end first. */
  async leaveOverdueCandidates(): Promise<LeaveOverdueCandidateRow[]> {
    const r = await sql<LeaveOverdueCandidateRow>`
      select l.id, l.subject_id, l.status, to_char(l.end_on, 'YYYY-MM-DD') as end_on, l.destination_address
      from leave_requests l
      where l.status = 'approved'
        and not exists (
          select 1 from alerts a
          where a.subject_id = l.subject_id and a.type = 'leave_overdue'
            and a.cleared_at is null and a.status <> 'resolved')
      order by l.end_on, l.id`.execute(this.db);
    return r.rows;
  }

  /**
   * Opens the alerts of one type the domain decided due (offline, leave_overdue): one live alert
   * per subject and type at most, so a repeated or concurrent run opens nothing twice.
   */
  async raise(
    type: "offline" | "leave_overdue",
    due: { subjectId: string; deviceId: string | null; details: Record<string, unknown> }[],
    now: Date,
  ): Promise<SweptAlert[]> {
    if (!due.length) return [];
    const r = await sql<SweptAlert>`
      with ins as (
        insert into alerts (id, subject_id, device_id, type, opened_at, details)
        select gen_random_uuid(), x."subjectId", x."deviceId", ${type}, ${now}, x.details
        from json_to_recordset(${JSON.stringify(due)}::json) as x("subjectId" uuid, "deviceId" uuid, details jsonb)
        on conflict (subject_id, type, coalesce(zone_id, ${NO_ZONE}::uuid)) where cleared_at is null and status <> 'resolved'
        do nothing
        returning id, subject_id, type, opened_at, escalation_level
      )
      ${withPlace("ins")}`.execute(this.db);
    return r.rows;
  }

  /** The live `leave_overdue` alerts, each with its subject's approved (not returned) leaves. */
  async liveLeaveOverdue(): Promise<LiveLeaveOverdueRow[]> {
    const r = await sql<LiveLeaveOverdueRow>`
      select a.id,
        coalesce((select json_agg(json_build_object('status', l.status, 'endOn', to_char(l.end_on, 'YYYY-MM-DD')))
          from leave_requests l where l.subject_id = a.subject_id and l.status = 'approved'), '[]'::json) as leaves
      from alerts a
      where a.type = 'leave_overdue' and a.cleared_at is null and a.status <> 'resolved'`.execute(this.db);
    return r.rows;
  }

  /** The condition of these live alerts ended (the subject reported back, 销假): cleared, the record stays. */
  async clear(ids: string[], now: Date): Promise<SweptAlert[]> {
    if (!ids.length) return [];
    const r = await sql<SweptAlert>`
      with upd as (
        update alerts set cleared_at = ${now}, version = version + 1
        where id in (select t.x::uuid from json_array_elements_text(${JSON.stringify(ids)}::json) as t(x))
          and cleared_at is null and status <> 'resolved'
        returning id, subject_id, type, opened_at, escalation_level
      )
      ${withPlace("upd")}`.execute(this.db);
    return r.rows;
  }

  /** Open, uncleared alerts below `belowLevel` opened before `openedBefore`: those that may climb. */
  async escalationCandidates(openedBefore: Date, belowLevel: number): Promise<EscalationCandidateRow[]> {
    const r = await sql<EscalationCandidateRow>`
      select id, status, cleared_at, escalation_level, opened_at from alerts
      where status = 'open' and cleared_at is null and escalation_level < ${belowLevel}
        and opened_at < ${openedBefore}`.execute(this.db);
    return r.rows;
  }

  /** Moves each alert to the level decided, if it is still open at the level it was decided from. */
  async escalate(due: { id: string; from: number; to: number }[], now: Date): Promise<SweptAlert[]> {
    if (!due.length) return [];
    const r = await sql<SweptAlert>`
      with upd as (
        update alerts set escalation_level = x."to", escalated_at = ${now}, version = version + 1
        from json_to_recordset(${JSON.stringify(due)}::json) as x(id uuid, "from" int, "to" int)
        where alerts.id = x.id and alerts.escalation_level = x."from"
          and alerts.status = 'open' and alerts.cleared_at is null
        returning alerts.id, alerts.subject_id, alerts.type, alerts.opened_at, alerts.escalation_level
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
