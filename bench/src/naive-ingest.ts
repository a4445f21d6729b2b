/**
 * THE NAIVE COMPARATOR of the ingest benchmark — not zhijiao's ingest. The approach Traccar
 * documents: for every position, a linear bounding-box test and a ray-casting (even-odd) test of
 * the point against every vertex of every zone, then one INSERT of the position in its own
 * autocommit transaction (and one more for an alert when the device has just left its zones).
 * No batching, no group commit, no dwell or accuracy logic (an exit is raised on the first fix
 * outside, as Traccar's geofenceExit event is).
 *
 * It writes `naive.positions` (same columns and indexes as `public.positions`, unpartitioned)
 * and `naive.alerts`, so that its rows never collide with the measured pipeline's.
 */
import { sql, type Kysely } from "kysely";
import type { LonLat } from "@zhijiao/domain";
import type { Database } from "../../packages/server/src/db/connect.ts";
import type { DB } from "../../packages/server/src/db/schema.ts";

export const NAIVE = "naive";

/** A polygon zone tested the naive way: bounding box, then ray casting over all its rings. */
export class NaivePolygon {
  private readonly minLon: number;
  private readonly maxLon: number;
  private readonly minLat: number;
  private readonly maxLat: number;

  constructor(private readonly polygons: LonLat[][][]) {
    let minLon = Infinity;
    let maxLon = -Infinity;
    let minLat = Infinity;
    let maxLat = -Infinity;
    for (const p of polygons)
      for (const ring of p)
        for (const [lon, lat] of ring) {
          if (lon < minLon) minLon = lon;
          if (lon > maxLon) maxLon = lon;
          if (lat < minLat) minLat = lat;
          if (lat > maxLat) maxLat = lat;
        }
    this.minLon = minLon;
    this.maxLon = maxLon;
    this.minLat = minLat;
    this.maxLat = maxLat;
  }

  contains(lat: number, lon: number): boolean {
    if (lon < this.minLon || lon > this.maxLon || lat < this.minLat || lat > this.maxLat) return false;
    let inside = false;
    for (const p of this.polygons)
      for (const ring of p)
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i]!;
          const [xj, yj] = ring[j]!;
          if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
        }
    return inside;
  }
}

export interface NaiveDevice {
  deviceId: string;
  bindingId: string;
  subjectId: string;
  zones: NaivePolygon[];
}

export interface NaiveFix {
  time: Date;
  lat: number;
  lon: number;
  accuracyM?: number | null;
  speedKmh?: number | null;
  battery?: number | null;
}

/** The naive schema: a plain copy of positions' columns and indexes, and of alerts' columns. */
export async function createNaiveSchema(database: Database): Promise<void> {
  await database.exec(`
    drop schema if exists ${NAIVE} cascade;
    create schema ${NAIVE};
    create table ${NAIVE}.positions (like public.positions including defaults including indexes);
    create table ${NAIVE}.alerts (like public.alerts including defaults);`);
}

/** The per-position writer. `outside` remembers which devices are out, to raise one exit each. */
export class NaiveIngest {
  private readonly outside = new Set<string>();
  alerts = 0;

  constructor(private readonly db: Kysely<DB>) {}

  async submit(device: NaiveDevice, source: string, fix: NaiveFix): Promise<void> {
    // Linear scan: every zone, bounding box then every vertex.
    let inside = device.zones.length === 0;
    for (const z of device.zones)
      if (z.contains(fix.lat, fix.lon)) {
        inside = true;
        break;
      }
    await sql`
      insert into naive.positions (device_id, fixed_at, binding_id, subject_id, received_at, lat, lon,
        accuracy_m, speed_kmh, battery, source)
      values (${device.deviceId}, ${fix.time}, ${device.bindingId}, ${device.subjectId}, ${new Date()},
        ${fix.lat}, ${fix.lon}, ${fix.accuracyM ?? null}, ${fix.speedKmh ?? null}, ${fix.battery ?? null}, ${source})
      on conflict do nothing`.execute(this.db);
    if (!inside && !this.outside.has(device.deviceId)) {
      this.outside.add(device.deviceId);
      this.alerts++;
      await sql`
        insert into naive.alerts (id, subject_id, device_id, type, opened_at, lat, lon)
        values (gen_random_uuid(), ${device.subjectId}, ${device.deviceId}, 'out_of_zone', ${fix.time},
          ${fix.lat}, ${fix.lon})`.execute(this.db);
    } else if (inside) this.outside.delete(device.deviceId);
  }
}
