import { sql } from "kysely";
import { Repository } from "./repository.ts";

export interface TrackPoint {
  time: Date;
  lat: number;
  lon: number;
  accuracy: number | null;
  speed: number | null;
  battery: number | null;
}

export interface LatestPosition extends TrackPoint {
  deviceId: string;
  deviceKind: string;
}

/**
 * Positions of one file. Callers hold the file (scope checked, read audited) before they ask;
 * the queries use the (subject_id, fixed_at) index of every partition.
 */
export class PositionRepository extends Repository {
  async count(subjectId: string, from: Date, to: Date): Promise<number> {
    const r = await sql<{ n: number }>`
      select count(*)::int as n from positions
      where subject_id = ${subjectId} and fixed_at >= ${from} and fixed_at < ${to}`.execute(this.db);
    return Number(r.rows[0]?.n ?? 0);
  }

  /** Every fix in [from, to), in time order. */
  async track(subjectId: string, from: Date, to: Date): Promise<TrackPoint[]> {
    const r = await sql<TrackRow>`
      select fixed_at, lat, lon, accuracy_m, speed_kmh, battery from positions
      where subject_id = ${subjectId} and fixed_at >= ${from} and fixed_at < ${to}
      order by fixed_at`.execute(this.db);
    return r.rows.map(point);
  }

  /** The first fix of each of `buckets` equal time slices of [from, to): a long range shown whole. */
  async downsampled(subjectId: string, from: Date, to: Date, buckets: number): Promise<TrackPoint[]> {
    const width = Math.max(1, Math.ceil((to.getTime() - from.getTime()) / 1000 / buckets));
    const r = await sql<TrackRow>`
      select distinct on (b) fixed_at, lat, lon, accuracy_m, speed_kmh, battery
      from (
        select floor(extract(epoch from fixed_at - ${from}::timestamptz) / ${width})::int as b,
          fixed_at, lat, lon, accuracy_m, speed_kmh, battery
        from positions
        where subject_id = ${subjectId} and fixed_at >= ${from} and fixed_at < ${to}
      ) x
      order by b, fixed_at`.execute(this.db);
    return r.rows.map(point);
  }

  /** The last fix of each device bound to the file now. */
  async latest(subjectId: string): Promise<LatestPosition | undefined> {
    const r = await sql<TrackRow & { device_id: string; kind: string }>`
      select st.device_id, d.kind, st.last_fix_at as fixed_at, st.last_lat as lat, st.last_lon as lon,
        null::real as accuracy_m, null::real as speed_kmh, st.battery
      from device_bindings b
      join device_states st on st.device_id = b.device_id and st.binding_id = b.id
      join devices d on d.id = b.device_id
      where b.subject_id = ${subjectId} and b.ended_at is null and st.last_fix_at is not null
      order by st.last_fix_at desc limit 1`.execute(this.db);
    const row = r.rows[0];
    return row ? { ...point(row), deviceId: row.device_id, deviceKind: row.kind } : undefined;
  }
}

interface TrackRow {
  fixed_at: Date | string;
  lat: number;
  lon: number;
  accuracy_m: number | null;
  speed_kmh: number | null;
  battery: number | null;
}

function point(r: TrackRow): TrackPoint {
  return {
    time: new Date(r.fixed_at),
    lat: Number(r.lat),
    lon: Number(r.lon),
    accuracy: r.accuracy_m == null ? null : Number(r.accuracy_m),
    speed: r.speed_kmh == null ? null : Number(r.speed_kmh),
    battery: r.battery == null ? null : Number(r.battery),
  };
}
