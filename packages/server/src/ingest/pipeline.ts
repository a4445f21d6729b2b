import { randomUUID } from "node:crypto";
import {
  defaultTrackerConfig,
  distanceMeters,
  emptyTrackerState,
  trackFix,
  validLatLon,
  type TrackerConfig,
  type TrackerState,
} from "@zhijiao/domain";
import { inTransaction, type AppContext } from "../context.ts";
import {
  IngestRepository,
  type AlertClear,
  type AlertRaise,
  type DeviceStateRow,
  type IngestDevice,
  type PositionRow,
} from "../db/gateway/ingest.ts";
import { systemMeta } from "../jobs/batches.ts";
import type { LiveEvent, LiveHub } from "./live-hub.ts";
import type { DeviceFix, IngestResult, IngestSource } from "./types.ts";
import type { ZoneBook } from "./zone-book.ts";

/** How a caller names the device: by its identifier (JT/T 808 phone number, IMEI) or its id. */
export type DeviceKey = { identifier: string } | { deviceId: string };

interface Submission {
  key: DeviceKey;
  source: IngestSource;
  fixes: DeviceFix[];
  resolve: (r: IngestResult) => void;
  reject: (e: unknown) => void;
}

/** What ingest keeps per device between fixes (persisted in device_states.tracker). */
interface DeviceMemory {
  tracker: TrackerState;
  lowBattery: boolean;
  /** The tracker as last written (JSON), to skip writing it unchanged. */
  savedTracker: string | null;
  lastSeenAt: number;
  lastFixAt: number | null;
  lastLat: number | null;
  lastLon: number | null;
  battery: number | null;
  bindingId: string | null;
}

export interface PipelineOptions {
  /** Fixes per transaction at most. */
  maxBatch?: number;
  tracker?: TrackerConfig;
  /** How long a device's binding is trusted before it is read again. */
  deviceTtlMs?: number;
  /** Hysteresis for low battery: cleared only above the threshold plus this. */
  batteryHysteresis?: number;
  /** Transactions in flight at once (default: 3 on PostgreSQL, 1 on PGlite). */
  maxInFlight?: number;
}

const SEPARATION_M = 500;
/** Phone and bracelet fixes further apart in time than this are not compared. */
const SEPARATION_MAX_GAP_S = 60;
/** Speed allowed for the way covered between the two fixes (about 120 km/h). */
const SEPARATION_SPEED_MPS = 33;

/**
 * Position ingest with group commit: submissions from every path (JT/T 808, HTTP, OsmAnd) queue
 * here; one transaction at a time takes everything queued (up to `maxBatch` fixes), evaluates
 * zones and device conditions in memory, writes positions, device states and alert changes,
 * commits, and only then answers each submission — so a device is acknowledged only for what
 * is durable — and pushes the committed events to live listeners.
 */
export class PositionPipeline {
  private queue: Submission[] = [];
  private queued = 0;
  private inFlight = 0;
  private idle: Promise<void> = Promise.resolve();
  private markIdle: (() => void) | null = null;
  /** Batches are evaluated in the order they were taken, even when their transactions overlap. */
  private evaluated: Promise<void> = Promise.resolve();
  /** Settles when the batch taken last has committed (or failed): alert changes keep commit order. */
  private committed: Promise<void> = Promise.resolve();
  private readonly maxInFlight: number;
  private readonly memory = new Map<string, DeviceMemory>();
  private readonly devices = new Map<string, { at: number; device: IngestDevice | null }>();
  private readonly tokens = new Map<string, { at: number; device: IngestDevice | null }>();
  private readonly maxBatch: number;
  private readonly config: TrackerConfig;
  private readonly deviceTtlMs: number;
  private readonly batteryHysteresis: number;
  /** The latest fix per subject and device kind, for 人机分离 (phone and bracelet apart). */
  private readonly latestByKind = new Map<string, { phone?: Fix; bracelet?: Fix }>();

  constructor(
    private readonly ctx: AppContext,
    private readonly hub: LiveHub,
    private readonly zones: ZoneBook,
    options: PipelineOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 5000;
    this.config = options.tracker ?? defaultTrackerConfig;
    this.deviceTtlMs = options.deviceTtlMs ?? 5000;
    this.batteryHysteresis = options.batteryHysteresis ?? 5;
    // PostgreSQL commits one batch while the next is evaluated; PGlite has one session.
    this.maxInFlight = options.maxInFlight ?? (ctx.database.kind === "postgres" ? 3 : 1);
  }

  /** Queues the fixes of one device; resolves after they are committed (a heartbeat has none). */
  submit(key: DeviceKey, source: IngestSource, fixes: DeviceFix[]): Promise<IngestResult> {
    return new Promise<IngestResult>((resolve, reject) => {
      this.queue.push({ key, source, fixes, resolve, reject });
      this.queued += Math.max(1, fixes.length);
      this.kick();
    });
  }

  /** A device's record (binding, subject) as ingest trusts it now. */
  async device(key: DeviceKey): Promise<IngestDevice | null> {
    await this.resolveDevices([key]);
    return this.cached(key);
  }

  /** The device holding this token (sha256), cached like bindings. */
  async deviceByToken(tokenHash: string): Promise<IngestDevice | null> {
    const now = Date.now();
    const hit = this.tokens.get(tokenHash);
    if (hit && now - hit.at <= this.deviceTtlMs) return hit.device;
    const [device] = await inTransaction(this.ctx, null, systemMeta(this.ctx.now()), (gw) =>
      new IngestRepository(gw).devices({ tokenHash }),
    );
    if (this.tokens.size > 100_000) this.tokens.clear();
    this.tokens.set(tokenHash, { at: now, device: device ?? null });
    return device ?? null;
  }

  /** Forgets cached bindings and zones (a binding or zone changed; tests call it to skip the TTL). */
  invalidate(): void {
    this.devices.clear();
    this.tokens.clear();
    this.zones.forget();
  }

  /** Waits until everything queued is committed. */
  async drain(): Promise<void> {
    while (this.inFlight > 0 || this.queue.length) {
      this.kick();
      await this.idle;
    }
  }

  private kick(): void {
    if (this.inFlight >= this.maxInFlight || !this.queue.length) return;
    if (this.inFlight === 0) this.idle = new Promise((r) => (this.markIdle = r));
    this.inFlight++;
    void (async () => {
      // Let the submissions of this tick join the batch.
      await new Promise((r) => setImmediate(r));
      await this.flushOnce();
    })().finally(() => {
      this.inFlight--;
      if (this.inFlight === 0 && !this.queue.length) this.markIdle?.();
      this.kick();
    });
    // More queued than one batch takes: start another transaction beside it.
    if (this.queued > this.maxBatch) this.kick();
  }

  private take(): Submission[] {
    const batch: Submission[] = [];
    let n = 0;
    while (this.queue.length && (batch.length === 0 || n + this.queue[0]!.fixes.length <= this.maxBatch)) {
      const s = this.queue.shift()!;
      n += Math.max(1, s.fixes.length);
      batch.push(s);
    }
    this.queued -= n;
    return batch;
  }

  private keyString(key: DeviceKey): string {
    return "identifier" in key ? `i:${key.identifier}` : `d:${key.deviceId}`;
  }

  private cached(key: DeviceKey): IngestDevice | null {
    return this.devices.get(this.keyString(key))?.device ?? null;
  }

  private async resolveDevices(keys: DeviceKey[], repo?: IngestRepository): Promise<void> {
    const now = Date.now();
    const identifiers = new Set<string>();
    const ids = new Set<string>();
    for (const k of keys) {
      const e = this.devices.get(this.keyString(k));
      if (e && now - e.at <= this.deviceTtlMs) continue;
      if ("identifier" in k) identifiers.add(k.identifier);
      else ids.add(k.deviceId);
    }
    if (!identifiers.size && !ids.size) return;
    const load = async (r: IngestRepository) => {
      const found = [
        ...(identifiers.size ? await r.devices({ identifiers: [...identifiers] }) : []),
        ...(ids.size ? await r.devices({ ids: [...ids] }) : []),
      ];
      for (const id of identifiers) this.devices.set(`i:${id}`, { at: now, device: null });
      for (const id of ids) this.devices.set(`d:${id}`, { at: now, device: null });
      for (const d of found) {
        this.devices.set(`i:${d.identifier}`, { at: now, device: d });
        this.devices.set(`d:${d.deviceId}`, { at: now, device: d });
      }
    };
    if (repo) await load(repo);
    else
      await inTransaction(this.ctx, null, systemMeta(this.ctx.now()), (gw) => load(new IngestRepository(gw)));
  }

  private async flushOnce(): Promise<void> {
    const batch = this.take();
    if (!batch.length) return;
    const touched = new Set<string>();
    const turn = this.evaluated;
    let release!: () => void;
    this.evaluated = new Promise<void>((r) => (release = r));
    const before = this.committed;
    let settled!: () => void;
    this.committed = new Promise<void>((r) => (settled = r));
    try {
      const { results, live } = await inTransaction(
        this.ctx,
        null,
        systemMeta(this.ctx.now()),
        async (gw) => {
          const repo = new IngestRepository(gw);
          await this.resolveDevices(
            batch.map((s) => s.key),
            repo,
          );
          return this.process(batch, repo, touched, turn, release, before);
        },
      );
      settled();
      batch.forEach((s, i) => s.resolve(results[i]!));
      if (live.length) this.hub.publish(live);
    } catch (e) {
      release();
      settled();
      // Nothing was committed: forget what memory believed of these devices.
      for (const id of touched) this.memory.delete(id);
      for (const s of batch) s.reject(e);
    }
  }

  private async process(
    batch: Submission[],
    repo: IngestRepository,
    touched: Set<string>,
    turn: Promise<void>,
    release: () => void,
    before: Promise<void>,
  ): Promise<{ results: IngestResult[]; live: LiveEvent[] }> {
    const nowDate = this.ctx.now();
    const now = nowDate.getTime();
    const receivedAt = nowDate.toISOString();
    const devices = batch.map((s) => this.cached(s.key));

    // Device memories and zones not held yet.
    const needState = [
      ...new Set(devices.filter((d) => d && !this.memory.has(d.deviceId)).map((d) => d!.deviceId)),
    ];
    const states = await repo.states(needState);
    // A batch beside this one may have loaded (and moved on) the same device meanwhile.
    for (const id of needState) if (!this.memory.has(id)) this.memory.set(id, memoryFrom(states.get(id)));
    const subjects = new Map(devices.filter((d) => d?.subject).map((d) => [d!.subject!.id, d!.subject!]));
    const stale = this.zones.stale(subjects.keys(), now);
    if (stale.length) {
      const rows = await repo.zones(stale);
      for (const id of stale) this.zones.load(subjects.get(id)!, rows.get(id) ?? [], now);
    }
    // The previous batch's fixes are evaluated first: per device, fixes meet the tracker in order.
    await turn;

    const positions: PositionRow[] = [];
    const seen = new Set<string>();
    const raises: AlertRaise[] = [];
    const clears: AlertClear[] = [];
    /** Subjects whose device spoke after a silence: their offline alerts clear in one statement. */
    const backOnline = new Set<string>();
    const live: LiveEvent[] = [];
    const results: IngestResult[] = [];
    const changedStates = new Map<string, DeviceStateRow>();

    batch.forEach((s, index) => {
      const result: IngestResult = { accepted: 0, duplicates: 0, rejected: [] };
      results.push(result);
      const device = devices[index];
      if (!device) {
        s.fixes.forEach((_, i) => result.rejected.push({ index: i, code: "DEVICE_UNKNOWN" }));
        return;
      }
      if (!device.subject || !device.bindingId) {
        // R-EP-1: without an open binding (an expired authorization ends it) nothing is stored.
        s.fixes.forEach((_, i) => result.rejected.push({ index: i, code: "DEVICE_NOT_BOUND" }));
        return;
      }
      const subject = device.subject;
      const mem = this.memory.get(device.deviceId)!;
      touched.add(device.deviceId);
      if (mem.bindingId !== device.bindingId) {
        // A new binding starts a new history: nothing carries over from the previous wearer.
        Object.assign(mem, memoryFrom(undefined), { lastSeenAt: mem.lastSeenAt });
        mem.bindingId = device.bindingId;
        // Nor is a fix of the subject's other device compared with one from an ended binding.
        this.latestByKind.delete(subject.id);
      }
      // Silent for longer than its threshold: the offline sweep may have raised an alert, which
      // the device's word now clears (a no-op when there was none).
      if (now - mem.lastSeenAt > device.offlineAfterSeconds * 1000) backOnline.add(subject.id);
      mem.lastSeenAt = Math.max(mem.lastSeenAt, now);
      const place = placeOf(subject);
      const order = s.fixes.map((f, i) => ({ f, i })).sort((a, b) => a.f.time.getTime() - b.f.time.getTime());
      let latest: { lat: number; lon: number; t: number; battery: number | null } | null = null;
      for (const { f, i } of order) {
        const t = f.time.getTime();
        if (!Number.isFinite(t)) {
          result.rejected.push({ index: i, code: "FIX_TIME_INVALID" });
          continue;
        }
        if (!validLatLon(f.lat, f.lon)) {
          result.rejected.push({ index: i, code: "FIX_COORDINATES_INVALID" });
          continue;
        }
        if (t > now + this.config.futureToleranceSeconds * 1000) {
          result.rejected.push({ index: i, code: "FIX_IN_FUTURE" });
          continue;
        }
        const dedupe = `${device.deviceId}|${t}`;
        if (seen.has(dedupe)) {
          result.duplicates++;
          continue;
        }
        seen.add(dedupe);
        positions.push({
          device_id: device.deviceId,
          fixed_at: new Date(t).toISOString(),
          binding_id: device.bindingId,
          subject_id: subject.id,
          received_at: receivedAt,
          lat: f.lat,
          lon: f.lon,
          accuracy_m: f.accuracyM ?? null,
          speed_kmh: f.speedKmh ?? null,
          heading: f.heading != null ? Math.round(f.heading) % 360 : null,
          altitude_m: f.altitudeM ?? null,
          battery: f.battery != null ? Math.round(f.battery) : null,
          alarm_bits: f.alarmBits ?? null,
          status_bits: f.statusBits ?? null,
          source: s.source,
        });
        result.accepted++;

        const tracked = trackFix(
          mem.tracker,
          this.zones.rules(subject.id),
          { t, lat: f.lat, lon: f.lon, ...(f.accuracyM != null ? { accuracyM: f.accuracyM } : {}) },
          now,
          this.config,
        );
        mem.tracker = tracked.state;
        for (const ev of tracked.events) {
          const zoneId = ev.zoneId && ev.zoneId !== "residence" ? ev.zoneId : null;
          if (ev.kind === "raise")
            raises.push({
              id: randomUUID(),
              subjectId: subject.id,
              deviceId: device.deviceId,
              zoneId,
              type: ev.type,
              at: new Date(ev.at),
              lat: ev.lat,
              lon: ev.lon,
              details: {
                zoneName: ev.zoneId
                  ? (this.zones.zoneName(subject.id, ev.zoneId) ?? null)
                  : (this.zones.zoneName(subject.id, "residence") ?? null),
              },
            });
          else clears.push({ subjectId: subject.id, type: ev.type, zoneId, at: new Date(ev.at) });
        }
        // A device's own alarms count even on a late fix (a batch sent after a tunnel).
        this.deviceEvents(device, subject.id, f, t, raises);
        if (!tracked.accepted) continue;
        mem.lastFixAt = t;
        mem.lastLat = f.lat;
        mem.lastLon = f.lon;
        if (f.battery != null) mem.battery = Math.round(f.battery);
        latest = { lat: f.lat, lon: f.lon, t, battery: f.battery ?? null };
        this.battery(device, subject.id, mem, f, t, raises, clears);
        this.separation(device, subject.id, { t, lat: f.lat, lon: f.lon }, raises, clears);
      }
      result.rejected.sort((a, b) => a.index - b.index);
      changedStates.set(device.deviceId, stateRow(device.deviceId, mem));
      if (latest)
        live.push({
          place,
          message: {
            type: "position",
            subjectId: subject.id,
            subjectName: subject.name,
            deviceId: device.deviceId,
            lat: latest.lat,
            lon: latest.lon,
            time: new Date(latest.t).toISOString(),
            battery: latest.battery,
          },
        });
    });

    release();
    // An alert raised by the batch before must be committed before this one clears it; waiting
    // here, before this transaction has written (and locked) anything, can never deadlock.
    if (clears.length || raises.length || backOnline.size) await before;
    // Rows in one order in every transaction: overlapping batches lock them in the same order.
    positions.sort((a, b) =>
      a.device_id < b.device_id ? -1 : a.device_id > b.device_id ? 1 : a.fixed_at < b.fixed_at ? -1 : 1,
    );
    const inserted = await repo.insertPositions(positions);
    if (inserted < positions.length) this.countDuplicates(batch, results, positions.length - inserted);
    await repo.saveStates([...changedStates.values()].sort((a, b) => (a.device_id < b.device_id ? -1 : 1)));
    const places = new Map(
      devices.filter((d) => d?.subject).map((d) => [d!.subject!.id, placeOf(d!.subject!)] as const),
    );
    for (const c of await repo.clearMany("offline", [...backOnline], nowDate))
      live.push({
        place: places.get(c.subjectId)!,
        message: {
          type: "alert",
          alertId: c.id,
          subjectId: c.subjectId,
          alertType: "offline",
          change: "cleared",
          at: receivedAt,
        },
      });
    for (const c of clears)
      for (const id of await repo.clear(c))
        live.push({
          place: places.get(c.subjectId)!,
          message: {
            type: "alert",
            alertId: id,
            subjectId: c.subjectId,
            alertType: c.type,
            change: "cleared",
            at: c.at.toISOString(),
          },
        });
    for (const r of raises) {
      const id = await repo.raise(r);
      if (id)
        live.push({
          place: places.get(r.subjectId)!,
          message: {
            type: "alert",
            alertId: id,
            subjectId: r.subjectId,
            alertType: r.type,
            change: "opened",
            at: r.at.toISOString(),
          },
        });
    }
    return { results, live };
  }

  /** Rows the database already held: counted as duplicates, attributed to the submissions in order. */
  private countDuplicates(batch: Submission[], results: IngestResult[], n: number): void {
    // The database does not say which rows it skipped; a resubmitted batch is the common case,
    // so the count goes to the submissions from the last one back.
    let left = n;
    for (let i = batch.length - 1; i >= 0 && left > 0; i--) {
      const r = results[i]!;
      const take = Math.min(left, r.accepted);
      r.accepted -= take;
      r.duplicates += take;
      left -= take;
    }
  }

  private deviceEvents(
    device: IngestDevice,
    subjectId: string,
    f: DeviceFix,
    t: number,
    raises: AlertRaise[],
  ): void {
    for (const type of ["tamper", "sos"] as const)
      if (f.events?.includes(type))
        raises.push({
          id: randomUUID(),
          subjectId,
          deviceId: device.deviceId,
          zoneId: null,
          type,
          at: new Date(t),
          lat: f.lat,
          lon: f.lon,
          details: { deviceKind: device.kind },
        });
  }

  /** Low battery with hysteresis: raised at the device's threshold, cleared a few percent above it. */
  private battery(
    device: IngestDevice,
    subjectId: string,
    mem: DeviceMemory,
    f: DeviceFix,
    t: number,
    raises: AlertRaise[],
    clears: AlertClear[],
  ): void {
    const at = new Date(t);
    const flagged = f.events?.includes("low_battery") ?? false;
    const low = flagged || (f.battery != null && f.battery <= device.lowBatteryPercent);
    if (low && !mem.lowBattery) {
      mem.lowBattery = true;
      raises.push({
        id: randomUUID(),
        subjectId,
        deviceId: device.deviceId,
        zoneId: null,
        type: "low_battery",
        at,
        lat: f.lat,
        lon: f.lon,
        details: { battery: f.battery ?? null },
      });
    } else if (
      mem.lowBattery &&
      !flagged &&
      f.battery != null &&
      f.battery > device.lowBatteryPercent + this.batteryHysteresis
    ) {
      mem.lowBattery = false;
      clears.push({ subjectId, type: "low_battery", zoneId: null, at });
    }
  }

  private separation(
    device: IngestDevice,
    subjectId: string,
    fix: Fix,
    raises: AlertRaise[],
    clears: AlertClear[],
  ): void {
    const e = this.latestByKind.get(subjectId) ?? {};
    e[device.kind] = fix;
    this.latestByKind.set(subjectId, e);
    if (!e.phone || !e.bracelet) return;
    // Compare only fixes taken within a minute of each other, and allow for the way covered
    // between them: a subject on the move is not "apart" from the device that reported earlier.
    const gapS = Math.abs(e.phone.t - e.bracelet.t) / 1000;
    if (gapS > SEPARATION_MAX_GAP_S) return;
    const apart = distanceMeters(e.phone.lat, e.phone.lon, e.bracelet.lat, e.bracelet.lon);
    const allowance = SEPARATION_M + gapS * SEPARATION_SPEED_MPS;
    const at = new Date(fix.t);
    const key = `sep:${subjectId}`;
    const was = this.separated.has(key);
    if (apart > allowance && !was) {
      this.separated.add(key);
      raises.push({
        id: randomUUID(),
        subjectId,
        deviceId: device.deviceId,
        zoneId: null,
        type: "separation",
        at,
        lat: fix.lat,
        lon: fix.lon,
        details: { distanceM: Math.round(apart) },
      });
    } else if (apart <= SEPARATION_M / 2 && was) {
      this.separated.delete(key);
      clears.push({ subjectId, type: "separation", zoneId: null, at });
    }
  }

  private readonly separated = new Set<string>();
}

interface Fix {
  t: number;
  lat: number;
  lon: number;
}

function placeOf(s: IngestDevice["subject"] & object) {
  return {
    officeId: s.officeId,
    countyId: s.countyId,
    cityId: s.cityId,
    provinceId: s.provinceId,
    minor: s.minor,
  };
}

function memoryFrom(row: DeviceStateRow | undefined): DeviceMemory {
  const saved = (row?.tracker ?? {}) as { zones?: TrackerState; lowBattery?: boolean };
  const tracker = saved.zones ?? emptyTrackerState();
  // The last accepted fix is stored in its own columns, not again in the tracker.
  if (!tracker.lastFix && row?.last_fix_at && row.last_lat != null && row.last_lon != null)
    tracker.lastFix = { t: new Date(row.last_fix_at).getTime(), lat: row.last_lat, lon: row.last_lon };
  return {
    tracker,
    savedTracker: row ? JSON.stringify(row.tracker) : null,
    lowBattery: saved.lowBattery ?? false,
    lastSeenAt: row ? new Date(row.last_seen_at).getTime() : 0,
    lastFixAt: row?.last_fix_at ? new Date(row.last_fix_at).getTime() : null,
    lastLat: row?.last_lat ?? null,
    lastLon: row?.last_lon ?? null,
    battery: row?.battery ?? null,
    bindingId: row?.binding_id ?? null,
  };
}

/** Marks a tracker written at rest (no condition building, no alert, battery fine). */
const RESTING = "rest";

function atRest(m: DeviceMemory): boolean {
  const t = m.tracker;
  const i = t.inclusion;
  return (
    !m.lowBattery &&
    !t.pendingJump &&
    i.count === 0 &&
    !i.alerting &&
    i.okCount === 0 &&
    Object.keys(t.exclusions).length === 0
  );
}

/**
 * The device's state to write. The tracker (counters per zone, at rest for a device where it may
 * be) is written only when it changed: most fixes move the hot columns alone.
 */
function stateRow(deviceId: string, m: DeviceMemory): DeviceStateRow {
  let tracker: unknown;
  if (atRest(m)) {
    // The common case, a device where it may be: nothing to write once rest is written.
    if (m.savedTracker !== RESTING)
      tracker = { zones: { ...m.tracker, lastFix: undefined }, lowBattery: false };
    m.savedTracker = RESTING;
  } else {
    const json = JSON.stringify({ zones: { ...m.tracker, lastFix: undefined }, lowBattery: m.lowBattery });
    if (json !== m.savedTracker) tracker = JSON.parse(json);
    m.savedTracker = json;
  }
  return {
    device_id: deviceId,
    binding_id: m.bindingId,
    last_seen_at: new Date(m.lastSeenAt).toISOString(),
    last_fix_at: m.lastFixAt != null ? new Date(m.lastFixAt).toISOString() : null,
    last_lat: m.lastLat,
    last_lon: m.lastLon,
    battery: m.battery,
    tracker,
    offline: false,
  };
}
