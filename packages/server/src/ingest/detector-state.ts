import {
  emptySeparationState,
  emptyTrackerState,
  type SeparationState,
  type TrackerState,
} from "@zhijiao/domain";
import type { DeviceStateRow, IngestRepository, SeparationStateRow } from "../db/gateway/ingest.ts";

/** What ingest remembers of a device between fixes (device_states; the tracker column as JSON). */
export interface DeviceMemory {
  tracker: TrackerState;
  lowBattery: boolean;
  /** The tracker as stored (its JSON, or RESTING), to skip writing it unchanged. */
  savedTracker: string | null;
  lastSeenAt: number;
  lastFixAt: number | null;
  lastLat: number | null;
  lastLon: number | null;
  battery: number | null;
  bindingId: string | null;
}

/** What separation remembers of a subject (separation_states), and whether the batch changed it. */
export interface SubjectMemory {
  separation: SeparationState;
  changed: boolean;
}

/**
 * The detector state a batch evaluates with. Every server process reads it from the database in
 * the batch's transaction and writes what changed in the same transaction, so a restarted
 * process, or another one behind the same proxy, continues where the last fix left it.
 *
 * The one thing kept in memory is the hand-over between overlapping batches of this process
 * (PostgreSQL runs up to three): a device evaluated by a batch that has not committed yet is
 * taken from that batch's memory, which is newer than the database; once that batch commits
 * the memory is dropped. Subjects' separation states are read with a row lock instead: a batch
 * that needs one another transaction holds waits for it to commit.
 */
export class DetectorStates {
  /** Devices evaluated by a batch of this process that has not settled, with that batch's number. */
  private readonly inFlight = new Map<string, { mem: DeviceMemory; batch: number }>();

  /**
   * The devices' states as the last evaluation left them: from memory for those a batch of this
   * process evaluated and has not committed yet, else from the database. Call it in evaluation
   * order (after the batch before has evaluated).
   */
  async devices(repo: IngestRepository, ids: string[], batch: number): Promise<Map<string, DeviceMemory>> {
    const out = new Map<string, DeviceMemory>();
    const load: string[] = [];
    for (const id of ids) {
      const held = this.inFlight.get(id);
      if (held) out.set(id, held.mem);
      else load.push(id);
    }
    const rows = await repo.states(load);
    for (const id of load) out.set(id, memoryFrom(rows.get(id)));
    for (const [id, mem] of out) this.inFlight.set(id, { mem, batch });
    return out;
  }

  /**
   * The batch settled: its devices' memory goes unless a later batch evaluated them since. After
   * a failure nothing it evaluated was stored, so the database is read again next time.
   */
  settle(batch: number, ids: Iterable<string>): void {
    for (const id of ids) if (this.inFlight.get(id)?.batch === batch) this.inFlight.delete(id);
  }

  /** The subjects' separation states, locked for the batch's transaction (see the class comment). */
  async subjects(repo: IngestRepository, ids: string[]): Promise<Map<string, SubjectMemory>> {
    const out = new Map<string, SubjectMemory>();
    const rows = await repo.lockSeparationStates(ids);
    for (const id of ids) out.set(id, { separation: separationFrom(rows.get(id)), changed: false });
    return out;
  }
}

function separationFrom(row: SeparationStateRow | undefined): SeparationState {
  const s = (row?.state ?? {}) as Partial<SeparationState>;
  const state = emptySeparationState();
  if (s.phone) state.phone = s.phone;
  if (s.bracelet) state.bracelet = s.bracelet;
  state.separated = s.separated === true;
  return state;
}

/** The subjects' separation states to write: those the batch changed. */
export function separationRows(subjects: Map<string, SubjectMemory>): SeparationStateRow[] {
  return [...subjects]
    .filter(([, m]) => m.changed)
    .map(([subject_id, m]) => ({ subject_id, state: m.separation }));
}

/** A device's memory from its stored row (a fresh one for a device never seen). */
export function memoryFrom(row: DeviceStateRow | undefined): DeviceMemory {
  const saved = (row?.tracker ?? {}) as { zones?: TrackerState; lowBattery?: boolean };
  const tracker = saved.zones ?? emptyTrackerState();
  // The last accepted fix is stored in its own columns, not again in the tracker.
  if (!tracker.lastFix && row?.last_fix_at && row.last_lat != null && row.last_lon != null)
    tracker.lastFix = { t: new Date(row.last_fix_at).getTime(), lat: row.last_lat, lon: row.last_lon };
  const m: DeviceMemory = {
    tracker,
    savedTracker: null,
    lowBattery: saved.lowBattery ?? false,
    lastSeenAt: row ? new Date(row.last_seen_at).getTime() : 0,
    lastFixAt: row?.last_fix_at ? new Date(row.last_fix_at).getTime() : null,
    lastLat: row?.last_lat ?? null,
    lastLon: row?.last_lon ?? null,
    battery: row?.battery ?? null,
    bindingId: row?.binding_id ?? null,
  };
  // What is stored, in the form `stateRow` compares with: an unchanged tracker is not written again.
  if (row) m.savedTracker = atRest(m) ? RESTING : trackerJson(m);
  return m;
}

/** A device's memory for a new binding: nothing carries over from the previous wearer. */
export function freshMemory(previous: DeviceMemory, bindingId: string): void {
  Object.assign(previous, memoryFrom(undefined), { lastSeenAt: previous.lastSeenAt, bindingId });
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

const trackerJson = (m: DeviceMemory) =>
  JSON.stringify({ zones: { ...m.tracker, lastFix: undefined }, lowBattery: m.lowBattery });

/**
 * The device's state to write. The tracker (counters per zone, at rest for a device where it may
 * be) is written only when it changed: most fixes move the hot columns alone.
 */
export function stateRow(deviceId: string, m: DeviceMemory): DeviceStateRow {
  let tracker: unknown;
  if (atRest(m)) {
    // The common case, a device where it may be: nothing to write once rest is written.
    if (m.savedTracker !== RESTING)
      tracker = { zones: { ...m.tracker, lastFix: undefined }, lowBattery: false };
    m.savedTracker = RESTING;
  } else {
    const json = trackerJson(m);
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
