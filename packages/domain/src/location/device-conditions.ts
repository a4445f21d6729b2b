/**
 * The per-fix conditions of a positioning device (R-EP-1) other than zones: low battery and
 * phone-bracelet separation (人机分离). Each is a pure step from the state remembered between
 * fixes to the next state and the alert it raises or clears; the server stores the state in the
 * database (so every server process, and the next one after a restart, continues from it).
 */
import { distanceMeters } from "./geometry.ts";
import type { DeviceKind } from "./positioning.ts";

/** One raise or clear of an alert, at the fix's time (epoch ms). */
export interface ConditionEvent<D = Record<string, unknown>> {
  kind: "raise" | "clear";
  at: number;
  /** Raise only: what the alert records. */
  details?: D;
}

export interface DeviceConditionConfig {
  /** Low battery clears only above the device's threshold plus this (percentage points). */
  batteryHysteresis: number;
  /** Phone and bracelet further apart than this are separated. */
  separationM: number;
  /** Fixes further apart in time than this are not compared (seconds). */
  separationMaxGapS: number;
  /** Speed allowed for the way covered between the two fixes (about 120 km/h). */
  separationSpeedMps: number;
}

export const defaultDeviceConditionConfig: DeviceConditionConfig = {
  batteryHysteresis: 5,
  separationM: 500,
  separationMaxGapS: 60,
  separationSpeedMps: 33,
};

export interface BatteryReading {
  /** Percentage, when the fix carries one. */
  battery?: number | null;
  /** The device flagged low battery itself (JT/T 808 alarm bit). */
  flagged: boolean;
}

/**
 * R-EP-1 low battery, with hysteresis: raised at the device's threshold (or the device's own
 * flag), cleared only above the threshold plus `batteryHysteresis` and never while flagged.
 */
export function lowBatteryStep(
  low: boolean,
  reading: BatteryReading,
  thresholdPercent: number,
  at: number,
  config: DeviceConditionConfig = defaultDeviceConditionConfig,
): { low: boolean; event: ConditionEvent<{ battery: number | null }> | null } {
  const battery = reading.battery ?? null;
  const isLow = reading.flagged || (battery != null && battery <= thresholdPercent);
  if (isLow && !low) return { low: true, event: { kind: "raise", at, details: { battery } } };
  if (low && !reading.flagged && battery != null && battery > thresholdPercent + config.batteryHysteresis)
    return { low: false, event: { kind: "clear", at } };
  return { low, event: null };
}

export interface SeparationFix {
  t: number;
  lat: number;
  lon: number;
}

/** What separation remembers of one subject: the latest accepted fix of each kind, and whether apart. */
export interface SeparationState {
  phone?: SeparationFix;
  bracelet?: SeparationFix;
  separated: boolean;
}

export function emptySeparationState(): SeparationState {
  return { separated: false };
}

/**
 * R-EP-1 separation (人机分离): the subject's phone and bracelet apart. A fix of one kind is
 * compared with the latest of the other only when taken within `separationMaxGapS` of it, and
 * with an allowance for the way covered between them (a subject on the move is not "apart" from
 * the device that reported earlier). Raised beyond the allowance, cleared within half the distance.
 */
export function separationStep(
  state: SeparationState,
  kind: DeviceKind,
  fix: SeparationFix,
  config: DeviceConditionConfig = defaultDeviceConditionConfig,
): { state: SeparationState; event: ConditionEvent<{ distanceM: number }> | null } {
  const next: SeparationState = { ...state, [kind]: { t: fix.t, lat: fix.lat, lon: fix.lon } };
  const { phone, bracelet } = next;
  if (!phone || !bracelet) return { state: next, event: null };
  const gapS = Math.abs(phone.t - bracelet.t) / 1000;
  if (gapS > config.separationMaxGapS) return { state: next, event: null };
  const apart = distanceMeters(phone.lat, phone.lon, bracelet.lat, bracelet.lon);
  const allowance = config.separationM + gapS * config.separationSpeedMps;
  if (apart > allowance && !state.separated)
    return {
      state: { ...next, separated: true },
      event: { kind: "raise", at: fix.t, details: { distanceM: Math.round(apart) } },
    };
  if (apart <= config.separationM / 2 && state.separated)
    return { state: { ...next, separated: false }, event: { kind: "clear", at: fix.t } };
  return { state: next, event: null };
}
