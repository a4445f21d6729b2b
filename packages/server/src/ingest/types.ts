/** One position fix as every ingest path hands it to the pipeline: WGS-84, converted on arrival. */
export interface DeviceFix {
  time: Date;
  lat: number;
  lon: number;
  accuracyM?: number | null;
  speedKmh?: number | null;
  heading?: number | null;
  altitudeM?: number | null;
  /** Percent, 0-100. */
  battery?: number | null;
  alarmBits?: number | null;
  statusBits?: number | null;
  /** Device-reported conditions (from JT/T 808 alarm bits or an app's flags). */
  events?: DeviceEvent[];
}

export type DeviceEvent = "sos" | "tamper" | "low_battery";
export type IngestSource = "jt808" | "http" | "osmand" | "app";

/** What the pipeline says of a batch once it is committed (never before). */
export interface IngestResult {
  accepted: number;
  duplicates: number;
  /** Fixes refused with a stable code: bad coordinates, a time far in the future, an unbound device. */
  rejected: { index: number; code: string }[];
}
