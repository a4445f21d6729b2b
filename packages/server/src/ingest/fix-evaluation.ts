import { randomUUID } from "node:crypto";
import {
  deviceSilent,
  lowBatteryStep,
  separationStep,
  trackFix,
  validLatLon,
  type DeviceConditionConfig,
  type TrackerConfig,
} from "@zhijiao/domain";
import type {
  AlertClear,
  AlertRaise,
  DeviceStateRow,
  IngestDevice,
  PositionRow,
  SeparationStateRow,
} from "../db/gateway/ingest.ts";
import {
  freshMemory,
  separationRows,
  stateRow,
  type DeviceMemory,
  type SubjectMemory,
} from "./detector-state.ts";
import type { LiveEvent } from "./live-hub.ts";
import type { DeviceFix, IngestResult, IngestSource } from "./types.ts";
import type { ZoneBook } from "./zone-book.ts";

/** One submission of a batch: a device's fixes as it sent them. */
export interface SubmittedFixes {
  source: IngestSource;
  fixes: DeviceFix[];
}

export interface EvaluationInput {
  submissions: readonly SubmittedFixes[];
  /** Each submission's device, or null when unknown. */
  devices: readonly (IngestDevice | null)[];
  /** The detector state of every bound device of the batch. */
  deviceStates: Map<string, DeviceMemory>;
  /** The separation state of every subject of the batch with a phone and a bracelet bound. */
  subjectStates: Map<string, SubjectMemory>;
  zones: ZoneBook;
  now: Date;
  tracker: TrackerConfig;
  conditions: DeviceConditionConfig;
}

/** What a batch's fixes amount to: rows to store, alert changes, answers and live pushes. */
export interface Evaluation {
  results: IngestResult[];
  positions: PositionRow[];
  /** The state of each device that spoke, in device order. */
  states: DeviceStateRow[];
  /** The separation states the batch changed. */
  separations: SeparationStateRow[];
  raises: AlertRaise[];
  clears: AlertClear[];
  /** Subjects whose device spoke after a silence: their offline alerts clear in one statement. */
  backOnline: string[];
  live: LiveEvent[];
}

export type Place = ReturnType<typeof placeOf>;

export function placeOf(s: NonNullable<IngestDevice["subject"]>) {
  return {
    officeId: s.officeId,
    countyId: s.countyId,
    cityId: s.cityId,
    provinceId: s.provinceId,
    minor: s.minor,
  };
}

/**
 * Decides what each fix of a batch means, in the order the batch was taken and, per device, in
 * time order: the rows to store, the fixes refused and why, and the alerts the domain's rules
 * raise or clear (zones through the tracker, device alarms, low battery, separation, the end of
 * a silence). Changes the detector states in place; touches no database.
 */
export function evaluateBatch(input: EvaluationInput): Evaluation {
  const { submissions, devices, deviceStates, subjectStates, zones, tracker: config } = input;
  const now = input.now.getTime();
  const receivedAt = input.now.toISOString();
  const out: Evaluation = {
    results: [],
    positions: [],
    states: [],
    separations: [],
    raises: [],
    clears: [],
    backOnline: [],
    live: [],
  };
  const seen = new Set<string>();
  const backOnline = new Set<string>();
  const changedStates = new Map<string, DeviceStateRow>();

  submissions.forEach((s, index) => {
    const result: IngestResult = { accepted: 0, duplicates: 0, rejected: [] };
    out.results.push(result);
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
    const mem = deviceStates.get(device.deviceId)!;
    const pair = subjectStates.get(subject.id);
    if (mem.bindingId !== device.bindingId) {
      // A new binding starts a new history: nothing carries over from the previous wearer.
      freshMemory(mem, device.bindingId);
      // Nor is a fix of the subject's other device compared with one from an ended binding.
      if (pair) {
        pair.separation = { separated: pair.separation.separated };
        pair.changed = true;
      }
    }
    // Silent for longer than its threshold: the offline sweep may have raised an alert, which
    // the device's word now clears (a no-op when there was none).
    if (deviceSilent(mem.lastSeenAt, device.offlineAfterSeconds, now)) backOnline.add(subject.id);
    mem.lastSeenAt = Math.max(mem.lastSeenAt, now);
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
      if (t > now + config.futureToleranceSeconds * 1000) {
        result.rejected.push({ index: i, code: "FIX_IN_FUTURE" });
        continue;
      }
      const dedupe = `${device.deviceId}|${t}`;
      if (seen.has(dedupe)) {
        result.duplicates++;
        continue;
      }
      seen.add(dedupe);
      out.positions.push(positionRow(device, subject.id, f, t, receivedAt, s.source));
      result.accepted++;

      const tracked = trackFix(
        mem.tracker,
        zones.rules(subject.id),
        { t, lat: f.lat, lon: f.lon, ...(f.accuracyM != null ? { accuracyM: f.accuracyM } : {}) },
        now,
        config,
      );
      mem.tracker = tracked.state;
      for (const ev of tracked.events) {
        const zoneId = ev.zoneId && ev.zoneId !== "residence" ? ev.zoneId : null;
        if (ev.kind === "raise")
          out.raises.push({
            id: randomUUID(),
            subjectId: subject.id,
            deviceId: device.deviceId,
            zoneId,
            type: ev.type,
            at: new Date(ev.at),
            lat: ev.lat,
            lon: ev.lon,
            details: { zoneName: zones.zoneName(subject.id, ev.zoneId ?? "residence") ?? null },
          });
        else out.clears.push({ subjectId: subject.id, type: ev.type, zoneId, at: new Date(ev.at) });
      }
      // A device's own alarms count even on a late fix (a batch sent after a tunnel).
      deviceAlarms(device, subject.id, f, t, out.raises);
      if (!tracked.accepted) continue;
      mem.lastFixAt = t;
      mem.lastLat = f.lat;
      mem.lastLon = f.lon;
      if (f.battery != null) mem.battery = Math.round(f.battery);
      latest = { lat: f.lat, lon: f.lon, t, battery: f.battery ?? null };

      const battery = lowBatteryStep(
        mem.lowBattery,
        { battery: f.battery, flagged: f.events?.includes("low_battery") ?? false },
        device.lowBatteryPercent,
        t,
        input.conditions,
      );
      mem.lowBattery = battery.low;
      if (battery.event) record(out, device, subject.id, "low_battery", battery.event, f);

      if (pair) {
        const sep = separationStep(
          pair.separation,
          device.kind,
          { t, lat: f.lat, lon: f.lon },
          input.conditions,
        );
        pair.separation = sep.state;
        pair.changed = true;
        if (sep.event) record(out, device, subject.id, "separation", sep.event, f);
      }
    }
    result.rejected.sort((a, b) => a.index - b.index);
    changedStates.set(device.deviceId, stateRow(device.deviceId, mem));
    if (latest)
      out.live.push({
        place: placeOf(subject),
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
  out.states = [...changedStates.values()].sort((a, b) => (a.device_id < b.device_id ? -1 : 1));
  out.separations = separationRows(subjectStates);
  out.backOnline = [...backOnline];
  return out;
}

function positionRow(
  device: IngestDevice,
  subjectId: string,
  f: DeviceFix,
  t: number,
  receivedAt: string,
  source: IngestSource,
): PositionRow {
  return {
    device_id: device.deviceId,
    fixed_at: new Date(t).toISOString(),
    binding_id: device.bindingId!,
    subject_id: subjectId,
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
    source,
  };
}

/** A condition's raise or clear (low battery, separation) as the alert change to write. */
function record(
  out: Evaluation,
  device: IngestDevice,
  subjectId: string,
  type: "low_battery" | "separation",
  event: { kind: "raise" | "clear"; at: number; details?: Record<string, unknown> },
  f: DeviceFix,
): void {
  const at = new Date(event.at);
  if (event.kind === "clear") {
    out.clears.push({ subjectId, type, zoneId: null, at });
    return;
  }
  out.raises.push({
    id: randomUUID(),
    subjectId,
    deviceId: device.deviceId,
    zoneId: null,
    type,
    at,
    lat: f.lat,
    lon: f.lon,
    details: event.details ?? {},
  });
}

/** The device's own alarms (tamper, SOS): each opens its alert. */
function deviceAlarms(
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
