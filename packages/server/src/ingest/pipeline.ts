import {
  defaultDeviceConditionConfig,
  defaultTrackerConfig,
  type DeviceConditionConfig,
  type TrackerConfig,
} from "@zhijiao/domain";
import { inTransaction, type AppContext } from "../context.ts";
import { IngestRepository, type IngestDevice } from "../db/gateway/ingest.ts";
import { systemMeta } from "../jobs/batches.ts";
import { DetectorStates } from "./detector-state.ts";
import { evaluateBatch, placeOf, type Evaluation } from "./fix-evaluation.ts";
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

export interface PipelineOptions {
  /** Fixes per transaction at most. */
  maxBatch?: number;
  tracker?: TrackerConfig;
  /** How long a device's binding is trusted before it is read again. */
  deviceTtlMs?: number;
  /** Hysteresis for low battery: cleared only above the threshold plus this. */
  batteryHysteresis?: number;
  /** Low battery and separation figures (the domain's defaults unless given). */
  conditions?: DeviceConditionConfig;
  /** Transactions in flight at once (default: 3 on PostgreSQL, 1 on PGlite). */
  maxInFlight?: number;
}

/**
 * Position ingest with group commit: submissions from every path (JT/T 808, HTTP, OsmAnd) queue
 * here; one transaction at a time takes everything queued (up to `maxBatch` fixes), reads the
 * detector state of its devices, has the fixes evaluated (fix-evaluation.ts), writes positions,
 * detector states and alert changes, commits, and only then answers each submission — so a
 * device is acknowledged only for what is durable — and pushes the committed events to live
 * listeners.
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
  /** Batches taken so far: each batch's number. */
  private taken = 0;
  private readonly states = new DetectorStates();
  private readonly devices = new Map<string, { at: number; device: IngestDevice | null }>();
  private readonly tokens = new Map<string, { at: number; device: IngestDevice | null }>();
  private readonly maxBatch: number;
  private readonly config: TrackerConfig;
  private readonly conditions: DeviceConditionConfig;
  private readonly deviceTtlMs: number;

  constructor(
    private readonly ctx: AppContext,
    private readonly hub: LiveHub,
    private readonly zones: ZoneBook,
    options: PipelineOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 5000;
    this.config = options.tracker ?? defaultTrackerConfig;
    this.deviceTtlMs = options.deviceTtlMs ?? 5000;
    this.conditions = {
      ...(options.conditions ?? defaultDeviceConditionConfig),
      ...(options.batteryHysteresis != null ? { batteryHysteresis: options.batteryHysteresis } : {}),
    };
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
    const number = ++this.taken;
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
          return this.process(batch, repo, { number, touched, turn, release, before });
        },
      );
      this.states.settle(number, touched);
      settled();
      batch.forEach((s, i) => s.resolve(results[i]!));
      if (live.length) this.hub.publish(live);
    } catch (e) {
      release();
      // Nothing was committed: the next batch reads these devices from the database again.
      this.states.settle(number, touched);
      settled();
      for (const s of batch) s.reject(e);
    }
  }

  private async process(
    batch: Submission[],
    repo: IngestRepository,
    order: {
      number: number;
      touched: Set<string>;
      turn: Promise<void>;
      release: () => void;
      before: Promise<void>;
    },
  ): Promise<{ results: IngestResult[]; live: LiveEvent[] }> {
    const nowDate = this.ctx.now();
    const now = nowDate.getTime();
    const devices = batch.map((s) => this.cached(s.key));
    const bound = devices.filter((d) => d?.subject && d.bindingId) as (IngestDevice & {
      subject: NonNullable<IngestDevice["subject"]>;
    })[];

    // Zones not held yet.
    const subjects = new Map(bound.map((d) => [d.subject.id, d.subject]));
    const stale = this.zones.stale(subjects.keys(), now);
    if (stale.length) {
      const rows = await repo.zones(stale);
      for (const id of stale) this.zones.load(subjects.get(id)!, rows.get(id) ?? [], now);
    }
    // The previous batch's fixes are evaluated first: per device, fixes meet the detector in
    // order. The states are read after it, from its memory where it has not committed yet.
    await order.turn;
    let evaluation: Evaluation;
    try {
      const deviceIds = [...new Set(bound.map((d) => d.deviceId))];
      for (const id of deviceIds) order.touched.add(id);
      const deviceStates = await this.states.devices(repo, deviceIds, order.number);
      const paired = [...new Set(bound.filter((d) => d.paired).map((d) => d.subject.id))];
      const subjectStates = await this.states.subjects(repo, paired);
      evaluation = evaluateBatch({
        submissions: batch,
        devices,
        deviceStates,
        subjectStates,
        zones: this.zones,
        now: nowDate,
        tracker: this.config,
        conditions: this.conditions,
      });
    } finally {
      order.release();
    }
    // An alert raised by the batch before must be committed before this one clears it; waiting
    // here, before this transaction has written anything but its subjects' locks, cannot deadlock.
    const { results, positions, raises, clears, backOnline, live } = evaluation;
    if (clears.length || raises.length || backOnline.length) await order.before;
    // Rows in one order in every transaction: overlapping batches lock them in the same order.
    positions.sort((a, b) =>
      a.device_id < b.device_id ? -1 : a.device_id > b.device_id ? 1 : a.fixed_at < b.fixed_at ? -1 : 1,
    );
    const inserted = await repo.insertPositions(positions);
    if (inserted < positions.length) this.countDuplicates(batch, results, positions.length - inserted);
    await repo.saveStates(evaluation.states);
    await repo.saveSeparationStates(evaluation.separations, nowDate);
    const places = new Map(bound.map((d) => [d.subject.id, placeOf(d.subject)] as const));
    const alert = (
      alertId: string,
      subjectId: string,
      alertType: string,
      change: "opened" | "cleared",
      at: Date,
    ): LiveEvent => ({
      place: places.get(subjectId)!,
      message: { type: "alert", alertId, subjectId, alertType, change, at: at.toISOString() },
    });
    for (const c of await repo.clearMany("offline", backOnline, nowDate))
      live.push(alert(c.id, c.subjectId, "offline", "cleared", nowDate));
    for (const c of clears)
      for (const id of await repo.clear(c)) live.push(alert(id, c.subjectId, c.type, "cleared", c.at));
    for (const r of raises) {
      const id = await repo.raise(r);
      if (id) live.push(alert(id, r.subjectId, r.type, "opened", r.at));
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
}
