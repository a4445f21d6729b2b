import { sql } from "kysely";
import { Repository } from "./repository.ts";

/** A device as ingest sees it: its open binding and the subject's place (for scope of live pushes). */
export interface IngestDevice {
  deviceId: string;
  kind: "bracelet" | "phone";
  identifier: string;
  tokenHash: string | null;
  authCode: string | null;
  offlineAfterSeconds: number;
  lowBatteryPercent: number;
  bindingId: string | null;
  subject: IngestSubject | null;
  /** The subject also has a device of the other kind bound (a phone and a bracelet: separation applies). */
  paired: boolean;
}

export interface IngestSubject {
  id: string;
  name: string;
  officeId: string;
  countyId: string;
  cityId: string;
  provinceId: string;
  minor: boolean;
  residenceDivisionCode: string;
}

export interface ZoneRow {
  id: string;
  kind: "inclusion" | "exclusion";
  source: string;
  name: string;
  shape: unknown;
  toleranceM: number;
  activeFrom: Date | null;
  activeUntil: Date | null;
  dailyFrom: string | null;
  dailyUntil: string | null;
}

export interface PositionRow {
  device_id: string;
  fixed_at: string;
  binding_id: string;
  subject_id: string;
  received_at: string;
  lat: number;
  lon: number;
  accuracy_m: number | null;
  speed_kmh: number | null;
  heading: number | null;
  altitude_m: number | null;
  battery: number | null;
  alarm_bits: number | null;
  status_bits: number | null;
  source: string;
}

export interface DeviceStateRow {
  device_id: string;
  binding_id: string | null;
  last_seen_at: string;
  last_fix_at: string | null;
  last_lat: number | null;
  last_lon: number | null;
  battery: number | null;
  /** Undefined: unchanged, not written. */
  tracker?: unknown;
  offline: boolean;
}

export interface AlertRaise {
  id: string;
  subjectId: string;
  deviceId: string | null;
  zoneId: string | null;
  type: string;
  at: Date;
  lat: number | null;
  lon: number | null;
  details: Record<string, unknown>;
}

export interface AlertClear {
  subjectId: string;
  type: string;
  zoneId: string | null;
  at: Date;
}

/** What separation remembers of a subject (SeparationState of the domain), as stored. */
export interface SeparationStateRow {
  subject_id: string;
  state: unknown;
}

const NO_ZONE = "00000000-0000-0000-0000-000000000000";

/**
 * The writes of position ingest: no caller, no per-row audit (positions are the device's words,
 * not a person's action); batches go in as one JSON document per statement, which PostgreSQL
 * and PGlite both expand with json_to_recordset.
 */
export class IngestRepository extends Repository {
  /** Devices by identifier (terminal phone number, IMEI) or by id, with their open binding. */
  async devices(by: { identifiers?: string[]; ids?: string[]; tokenHash?: string }): Promise<IngestDevice[]> {
    let q = this.db
      .selectFrom("devices as d")
      .leftJoin("device_bindings as b", (j) =>
        j.onRef("b.device_id", "=", "d.id").on("b.ended_at", "is", null),
      )
      .leftJoin("subjects as s", "s.id", "b.subject_id")
      .select([
        "d.id",
        "d.kind",
        "d.identifier",
        "d.token_hash",
        "d.auth_code",
        "d.offline_after_seconds",
        "d.low_battery_percent",
        "b.id as binding_id",
        "s.id as subject_id",
        "s.name as subject_name",
        "s.office_id",
        "s.county_id",
        "s.city_id",
        "s.province_id",
        "s.minor",
        "s.residence_division_code",
        sql<boolean>`exists (
          select 1 from device_bindings b2 join devices d2 on d2.id = b2.device_id
          where b2.subject_id = b.subject_id and b2.ended_at is null and d2.kind <> d.kind)`.as("paired"),
      ])
      .where("d.active", "=", true);
    if (by.identifiers) q = q.where("d.identifier", "in", by.identifiers.length ? by.identifiers : [""]);
    if (by.ids) q = q.where("d.id", "in", by.ids.length ? by.ids : [NO_ZONE]);
    if (by.tokenHash) q = q.where("d.token_hash", "=", by.tokenHash);
    const rows = await q.execute();
    return rows.map((r) => ({
      deviceId: r.id,
      kind: r.kind as "bracelet" | "phone",
      identifier: r.identifier,
      tokenHash: r.token_hash,
      authCode: r.auth_code,
      offlineAfterSeconds: r.offline_after_seconds,
      lowBatteryPercent: r.low_battery_percent,
      bindingId: r.binding_id,
      subject:
        r.subject_id && r.binding_id
          ? {
              id: r.subject_id,
              name: r.subject_name ?? "",
              officeId: r.office_id ?? "",
              countyId: r.county_id ?? "",
              cityId: r.city_id ?? "",
              provinceId: r.province_id ?? "",
              minor: r.minor ?? false,
              residenceDivisionCode: r.residence_division_code ?? "",
            }
          : null,
      paired: r.paired === true,
    }));
  }

  /** The phone bound to a subject now, if any (the mobile app's positions are that phone's). */
  async phoneOf(subjectId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom("device_bindings as b")
      .innerJoin("devices as d", "d.id", "b.device_id")
      .select("d.id")
      .where("b.subject_id", "=", subjectId)
      .where("b.ended_at", "is", null)
      .where("d.kind", "=", "phone")
      .executeTakeFirst();
    return row?.id ?? null;
  }

  /** JT/T 808 registration: the authentication code the terminal will present. */
  async setAuthCode(deviceId: string, authCode: string): Promise<void> {
    await this.db.updateTable("devices").set({ auth_code: authCode }).where("id", "=", deviceId).execute();
  }

  /** The zones in force for these subjects (rows of `zones`; the residence zone is implicit). */
  async zones(subjectIds: string[]): Promise<Map<string, ZoneRow[]>> {
    const out = new Map<string, ZoneRow[]>();
    if (subjectIds.length === 0) return out;
    const rows = await this.db
      .selectFrom("zones")
      .selectAll()
      .where("subject_id", "in", subjectIds)
      .where("ended_at", "is", null)
      .execute();
    for (const r of rows) {
      const list = out.get(r.subject_id) ?? [];
      list.push({
        id: r.id,
        kind: r.kind as "inclusion" | "exclusion",
        source: r.source,
        name: r.name,
        shape: r.shape,
        toleranceM: r.tolerance_m,
        activeFrom: r.active_from,
        activeUntil: r.active_until,
        dailyFrom: r.daily_from,
        dailyUntil: r.daily_until,
      });
      out.set(r.subject_id, list);
    }
    return out;
  }

  /** The tracker states of these devices, as last committed. */
  async states(deviceIds: string[]): Promise<Map<string, DeviceStateRow>> {
    const out = new Map<string, DeviceStateRow>();
    if (deviceIds.length === 0) return out;
    const rows = await this.db
      .selectFrom("device_states")
      .selectAll()
      .where("device_id", "in", deviceIds)
      .execute();
    for (const r of rows)
      out.set(r.device_id, {
        device_id: r.device_id,
        binding_id: r.binding_id,
        last_seen_at: r.last_seen_at ? r.last_seen_at.toISOString() : new Date(0).toISOString(),
        last_fix_at: r.last_fix_at ? r.last_fix_at.toISOString() : null,
        last_lat: r.last_lat,
        last_lon: r.last_lon,
        battery: r.battery,
        tracker: r.tracker,
        offline: r.offline,
      });
    return out;
  }

  /**
   * The separation states of these subjects, each row locked until the batch commits so that
   * two processes evaluating the subject's phone and bracelet at once take turns (a subject
   * without a row gets an empty one). Rows are locked in subject order: no deadlock between batches.
   */
  async lockSeparationStates(subjectIds: string[]): Promise<Map<string, SeparationStateRow>> {
    const out = new Map<string, SeparationStateRow>();
    if (subjectIds.length === 0) return out;
    const r = await sql<SeparationStateRow>`
      insert into separation_states (subject_id, state, updated_at)
      select x.id::uuid, '{"separated":false}'::jsonb, now()
      from json_array_elements_text(${JSON.stringify([...subjectIds].sort())}::json) as x(id)
      order by x.id
      on conflict (subject_id) do update set subject_id = excluded.subject_id
      returning subject_id, state`.execute(this.db);
    for (const row of r.rows) out.set(row.subject_id, row);
    return out;
  }

  /** Writes the subjects' separation states (the rows are locked by `lockSeparationStates`). */
  async saveSeparationStates(rows: SeparationStateRow[], at: Date): Promise<void> {
    if (rows.length === 0) return;
    await sql`
      update separation_states s set state = x.state, updated_at = ${at}
      from json_to_recordset(${JSON.stringify(rows)}::json) as x(subject_id uuid, state jsonb)
      where s.subject_id = x.subject_id`.execute(this.db);
  }

  /** Inserts the positions; a fix already stored for its device and time is skipped. Answers how many were new. */
  async insertPositions(rows: PositionRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    const r = await sql<{ n: number }>`
      with ins as (
        insert into positions (device_id, fixed_at, binding_id, subject_id, received_at, lat, lon,
          accuracy_m, speed_kmh, heading, altitude_m, battery, alarm_bits, status_bits, source)
        select device_id, fixed_at, binding_id, subject_id, received_at, lat, lon,
          accuracy_m, speed_kmh, heading, altitude_m, battery, alarm_bits, status_bits, source
        from json_to_recordset(${JSON.stringify(rows)}::json) as x(
          device_id uuid, fixed_at timestamptz, binding_id uuid, subject_id uuid, received_at timestamptz,
          lat float8, lon float8, accuracy_m real, speed_kmh real, heading smallint, altitude_m real,
          battery smallint, alarm_bits integer, status_bits integer, source text)
        on conflict do nothing
        returning 1
      )
      select count(*)::int as n from ins`.execute(this.db);
    return Number(r.rows[0]?.n ?? 0);
  }

  /**
   * Writes the devices' states; an older write never overwrites a newer one. The tracker column
   * is written only for the rows that carry one (it changed).
   */
  async saveStates(rows: DeviceStateRow[]): Promise<void> {
    if (rows.length === 0) return;
    const hot = rows.map(({ tracker: _tracker, ...r }) => r);
    await sql`
      insert into device_states (device_id, binding_id, last_seen_at, last_fix_at, last_lat, last_lon, battery, offline)
      select device_id, binding_id, last_seen_at, last_fix_at, last_lat, last_lon, battery, offline
      from json_to_recordset(${JSON.stringify(hot)}::json) as x(
        device_id uuid, binding_id uuid, last_seen_at timestamptz, last_fix_at timestamptz,
        last_lat float8, last_lon float8, battery smallint, offline boolean)
      on conflict (device_id) do update set
        binding_id = excluded.binding_id, last_seen_at = excluded.last_seen_at,
        last_fix_at = excluded.last_fix_at, last_lat = excluded.last_lat, last_lon = excluded.last_lon,
        battery = excluded.battery, offline = excluded.offline
      where device_states.last_seen_at is null or device_states.last_seen_at <= excluded.last_seen_at`.execute(
      this.db,
    );
    const trackers = rows
      .filter((r) => r.tracker !== undefined)
      .map((r) => ({ device_id: r.device_id, last_seen_at: r.last_seen_at, tracker: r.tracker }));
    if (trackers.length === 0) return;
    await sql`
      update device_states d set tracker = x.tracker
      from json_to_recordset(${JSON.stringify(trackers)}::json) as x(device_id uuid, last_seen_at timestamptz, tracker jsonb)
      where d.device_id = x.device_id and d.last_seen_at = x.last_seen_at`.execute(this.db);
  }

  /** Opens an alert unless one of the same subject, type and zone is still live. Answers the new id, or null. */
  async raise(a: AlertRaise): Promise<string | null> {
    const r = await sql<{ id: string }>`
      insert into alerts (id, subject_id, device_id, zone_id, type, opened_at, lat, lon, details)
      values (${a.id}, ${a.subjectId}, ${a.deviceId}, ${a.zoneId}, ${a.type}, ${a.at}, ${a.lat}, ${a.lon},
        ${JSON.stringify(a.details)}::jsonb)
      on conflict (subject_id, type, coalesce(zone_id, ${NO_ZONE}::uuid)) where cleared_at is null and status <> 'resolved'
      do nothing
      returning id`.execute(this.db);
    return r.rows[0]?.id ?? null;
  }

  /** Clears the live alerts of one type for many subjects in one statement. */
  async clearMany(
    type: string,
    subjectIds: string[],
    at: Date,
  ): Promise<{ id: string; subjectId: string }[]> {
    if (subjectIds.length === 0) return [];
    const rows = await this.db
      .updateTable("alerts")
      .set((eb) => ({ cleared_at: at, version: eb("version", "+", 1) }))
      .where("type", "=", type)
      .where("subject_id", "in", subjectIds)
      .where("cleared_at", "is", null)
      .where("status", "!=", "resolved")
      .returning(["id", "subject_id"])
      .execute();
    return rows.map((r) => ({ id: r.id, subjectId: r.subject_id }));
  }

  /** Marks the live alert of that kind cleared (the condition ended by itself); the record stays. Answers the ids. */
  async clear(c: AlertClear): Promise<string[]> {
    const r = await sql<{ id: string }>`
      update alerts set cleared_at = ${c.at}, version = version + 1
      where subject_id = ${c.subjectId} and type = ${c.type}
        and coalesce(zone_id, ${NO_ZONE}::uuid) = coalesce(${c.zoneId}::uuid, ${NO_ZONE}::uuid)
        and cleared_at is null and status <> 'resolved'
      returning id`.execute(this.db);
    return r.rows.map((x) => x.id);
  }
}
