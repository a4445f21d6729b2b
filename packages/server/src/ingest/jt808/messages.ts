// JT/T 808 message bodies: parsers for what terminals send, builders for what the platform answers
// (and, for tests and the simulator, builders for what terminals send). Pure; see README.md.

import type { DeviceEvent, DeviceFix } from "../types.ts";
import { bcdToDigits, digitsToBcd, type Jt808Version } from "./codec.ts";

export const MessageId = {
  TerminalResponse: 0x0001,
  Heartbeat: 0x0002,
  Logout: 0x0003,
  /** 2019: the terminal asks for the time. */
  QueryTime: 0x0004,
  Registration: 0x0100,
  Authentication: 0x0102,
  LocationReport: 0x0200,
  BatchLocation: 0x0704,
  PlatformResponse: 0x8001,
  QueryTimeResponse: 0x8004,
  RegistrationResponse: 0x8100,
} as const;

/** Result byte of 0x8001. */
export const ResponseResult = {
  Ok: 0,
  Failure: 1,
  BadMessage: 2,
  Unsupported: 3,
  AlarmConfirmed: 4,
} as const;
export type ResponseResultCode = (typeof ResponseResult)[keyof typeof ResponseResult];

/** Result byte of 0x8100. */
export type RegistrationResult = 0 | 1 | 2 | 3 | 4;

/** A body that does not have the structure its message id requires. */
export class Jt808BodyError extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
    this.name = "Jt808BodyError";
  }
}

class Reader {
  private o = 0;
  constructor(private readonly b: Buffer) {}
  get remaining(): number {
    return this.b.length - this.o;
  }
  private need(n: number): void {
    if (this.remaining < n) throw new Jt808BodyError("truncated");
  }
  u8(): number {
    this.need(1);
    return this.b[this.o++]!;
  }
  u16(): number {
    this.need(2);
    const v = this.b.readUInt16BE(this.o);
    this.o += 2;
    return v;
  }
  u32(): number {
    this.need(4);
    const v = this.b.readUInt32BE(this.o);
    this.o += 4;
    return v;
  }
  bytes(n: number): Buffer {
    this.need(n);
    const v = this.b.subarray(this.o, this.o + n);
    this.o += n;
    return v;
  }
  rest(): Buffer {
    return this.bytes(this.remaining);
  }
}

const gbk = new TextDecoder("gbk");

/** Fixed-size string fields are padded with NUL (some terminals use spaces). */
function text(bytes: Buffer): string {
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] === 0 || bytes[end - 1] === 0x20)) end--;
  let start = 0;
  while (start < end && bytes[start] === 0) start++;
  return gbk.decode(bytes.subarray(start, end));
}

/** Builders write ASCII only (auth codes, identifiers); GBK text is not encoded here. */
function ascii(s: string, size?: number): Buffer {
  if (!/^[\x20-\x7e]*$/.test(s)) throw new RangeError(`not printable ASCII: ${JSON.stringify(s)}`);
  const b = Buffer.from(s, "latin1");
  if (size === undefined) return b;
  if (b.length > size) throw new RangeError(`longer than ${size} bytes: ${s}`);
  const out = Buffer.alloc(size);
  b.copy(out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Terminal → platform

/** 0x0001 terminal general response. */
export interface TerminalResponse {
  answerSerial: number;
  answerId: number;
  result: number;
}

export function parseTerminalResponse(body: Buffer): TerminalResponse {
  const r = new Reader(body);
  return { answerSerial: r.u16(), answerId: r.u16(), result: r.u8() };
}

/** 0x0100 terminal registration. */
export interface RegistrationInfo {
  provinceId: number;
  cityId: number;
  manufacturerId: string;
  terminalModel: string;
  terminalId: string;
  /** 0: no plate (then `plate` is a VIN); bracelets usually send 0. */
  plateColor: number;
  plate: string;
}

const REGISTRATION_SIZES = {
  "2013": { manufacturer: 5, model: 20, id: 7 },
  "2019": { manufacturer: 11, model: 30, id: 30 },
} as const;

/** The 2011 layout (8-byte model), still sent by old terminals under a 2013 header. */
const REGISTRATION_2011 = { manufacturer: 5, model: 8, id: 7 } as const;
const MIN_2013 = 2 + 2 + 5 + 20 + 7 + 1;
const MIN_2011 = 2 + 2 + 5 + 8 + 7 + 1;

export function parseRegistration(body: Buffer, version: Jt808Version): RegistrationInfo {
  const size =
    version === "2013" && body.length < MIN_2013 && body.length >= MIN_2011
      ? REGISTRATION_2011
      : REGISTRATION_SIZES[version];
  const r = new Reader(body);
  return {
    provinceId: r.u16(),
    cityId: r.u16(),
    manufacturerId: text(r.bytes(size.manufacturer)),
    terminalModel: text(r.bytes(size.model)),
    terminalId: text(r.bytes(size.id)),
    plateColor: r.u8(),
    plate: text(r.rest()),
  };
}

/** 0x0102 terminal authentication. */
export interface Authentication {
  authCode: string;
  /** 2019 only. */
  imei: string | null;
  /** 2019 only. */
  softwareVersion: string | null;
}

export function parseAuthentication(body: Buffer, version: Jt808Version): Authentication {
  if (version === "2013") return { authCode: text(body), imei: null, softwareVersion: null };
  const r = new Reader(body);
  const authCode = text(r.bytes(r.u8()));
  const imei = text(r.bytes(15));
  const softwareVersion = text(r.bytes(20));
  return { authCode, imei, softwareVersion };
}

/** Additional items of 0x0200 that we understand. */
export interface LocationExtras {
  /** 0x01, km. */
  mileageKm?: number;
  /** 0x02, litres. */
  fuelL?: number;
  /** 0x03, the tachograph's speed, km/h. */
  recordedSpeedKmh?: number;
  /** 0x30, wireless signal strength as sent. */
  signalStrength?: number;
  /** 0x31, GNSS satellites in use. */
  satellites?: number;
  /** 0xE4 (our convention, not JT/T 808): battery percent. */
  battery?: number;
}

/** 0x0200 location report, as sent (coordinates signed by the south/west status bits). */
export interface LocationReport {
  alarmBits: number;
  statusBits: number;
  /** Status bit 1. */
  positioned: boolean;
  lat: number;
  lon: number;
  /** Unsigned 1e-6 degrees as sent; beyond 90e6 / 180e6 they are out of range. */
  rawLat: number;
  rawLon: number;
  altitudeM: number;
  speedKmh: number;
  heading: number;
  /** Null when the BCD time is not a valid date. */
  time: Date | null;
  extras: LocationExtras;
  /** Ids of items skipped: unknown to us, or a known id with a length or value we cannot use. */
  skippedItems: number[];
  /** The item list ended in the middle of an item. */
  truncatedItems: boolean;
}

export const STATUS_POSITIONED = 1 << 1;
export const STATUS_SOUTH = 1 << 2;
export const STATUS_WEST = 1 << 3;
export const ALARM_EMERGENCY = 1 << 0;
export const ALARM_UNDER_VOLTAGE = 1 << 7;
export const ALARM_POWER_CUT = 1 << 8;

/** Alarm bits → device events; the mapping is documented in README.md. */
export function alarmEvents(alarmBits: number): DeviceEvent[] {
  const events: DeviceEvent[] = [];
  if (alarmBits & ALARM_EMERGENCY) events.push("sos");
  if (alarmBits & ALARM_UNDER_VOLTAGE) events.push("low_battery");
  if (alarmBits & ALARM_POWER_CUT) events.push("tamper");
  return events;
}

const GMT8_MS = 8 * 3600_000;

/** BCD YYMMDDhhmmss read in the given offset (JT/T 808 location times are GMT+8). */
export function parseBcdTime(bytes: Buffer, offsetMs = GMT8_MS): Date | null {
  const digits = bcdToDigits(bytes);
  if (digits === null || digits.length !== 12) return null;
  const [yy, mo, dd, hh, mi, ss] = [0, 2, 4, 6, 8, 10].map((i) => Number(digits.slice(i, i + 2))) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (mo < 1 || mo > 12 || dd < 1 || hh > 23 || mi > 59 || ss > 59) return null;
  const ms = Date.UTC(2000 + yy, mo - 1, dd, hh, mi, ss);
  if (new Date(ms).getUTCDate() !== dd) return null; // 31 April and the like
  return new Date(ms - offsetMs);
}

export function bcdTime(time: Date, offsetMs = GMT8_MS): Buffer {
  const d = new Date(time.getTime() + offsetMs);
  const year = d.getUTCFullYear();
  if (year < 2000 || year > 2099) throw new RangeError(`year ${year} outside 2000-2099`);
  const two = (n: number) => String(n).padStart(2, "0");
  return digitsToBcd(
    two(year - 2000) +
      two(d.getUTCMonth() + 1) +
      two(d.getUTCDate()) +
      two(d.getUTCHours()) +
      two(d.getUTCMinutes()) +
      two(d.getUTCSeconds()),
    6,
  );
}

function readExtra(extras: LocationExtras, id: number, v: Buffer): boolean {
  switch (id) {
    case 0x01:
      if (v.length !== 4) return false;
      extras.mileageKm = v.readUInt32BE(0) / 10;
      return true;
    case 0x02:
      if (v.length !== 2) return false;
      extras.fuelL = v.readUInt16BE(0) / 10;
      return true;
    case 0x03:
      if (v.length !== 2) return false;
      extras.recordedSpeedKmh = v.readUInt16BE(0) / 10;
      return true;
    case 0x30:
      if (v.length !== 1) return false;
      extras.signalStrength = v[0]!;
      return true;
    case 0x31:
      if (v.length !== 1) return false;
      extras.satellites = v[0]!;
      return true;
    case 0xe4: {
      // One byte by our convention; a WORD is accepted as some bracelets send it so.
      if (v.length !== 1 && v.length !== 2) return false;
      const pct = v.length === 1 ? v[0]! : v.readUInt16BE(0);
      if (pct > 100) return false;
      extras.battery = pct;
      return true;
    }
    default:
      return false;
  }
}

export function parseLocationReport(body: Buffer): LocationReport {
  const r = new Reader(body);
  const alarmBits = r.u32();
  const statusBits = r.u32();
  const rawLat = r.u32();
  const rawLon = r.u32();
  const altitudeM = r.u16();
  const speedKmh = r.u16() / 10;
  const heading = r.u16();
  const time = parseBcdTime(r.bytes(6));
  const extras: LocationExtras = {};
  const skippedItems: number[] = [];
  let truncatedItems = false;
  while (r.remaining > 0) {
    if (r.remaining < 2) {
      truncatedItems = true;
      break;
    }
    const id = r.u8();
    const len = r.u8();
    if (len > r.remaining) {
      truncatedItems = true;
      break;
    }
    if (!readExtra(extras, id, r.bytes(len))) skippedItems.push(id);
  }
  return {
    alarmBits,
    statusBits,
    positioned: (statusBits & STATUS_POSITIONED) !== 0,
    lat: ((statusBits & STATUS_SOUTH) !== 0 ? -rawLat : rawLat) / 1e6,
    lon: ((statusBits & STATUS_WEST) !== 0 ? -rawLon : rawLon) / 1e6,
    rawLat,
    rawLon,
    altitudeM,
    speedKmh,
    heading,
    time,
    extras,
    skippedItems,
    truncatedItems,
  };
}

export type FixSkipReason = "not_fixed" | "bad_time" | "bad_coordinates";

/** A report becomes a fix only when positioned, in range and with a valid time. */
export function reportToFix(report: LocationReport): { fix: DeviceFix } | { skip: FixSkipReason } {
  if (!report.positioned) return { skip: "not_fixed" };
  if (report.time === null) return { skip: "bad_time" };
  if (report.rawLat > 90_000_000 || report.rawLon > 180_000_000) return { skip: "bad_coordinates" };
  return {
    fix: {
      time: report.time,
      lat: report.lat,
      lon: report.lon,
      accuracyM: null,
      speedKmh: report.speedKmh,
      heading: report.heading <= 359 ? report.heading : null,
      altitudeM: report.altitudeM,
      battery: report.extras.battery ?? null,
      alarmBits: report.alarmBits,
      statusBits: report.statusBits,
      events: alarmEvents(report.alarmBits),
    },
  };
}

/** 0x0704 batch location upload: each item is a 0x0200 body or the reason it could not be read. */
export interface BatchLocation {
  /** 0 normal batch, 1 blind-area (stored while offline) supplement. */
  type: number;
  items: (LocationReport | { error: string })[];
}

export function parseBatchLocation(body: Buffer): BatchLocation {
  const r = new Reader(body);
  const count = r.u16();
  const type = r.u8();
  const items: BatchLocation["items"] = [];
  for (let i = 0; i < count; i++) {
    const item = r.bytes(r.u16());
    try {
      items.push(parseLocationReport(item));
    } catch (e) {
      if (!(e instanceof Jt808BodyError)) throw e;
      items.push({ error: e.code });
    }
  }
  if (r.remaining !== 0) throw new Jt808BodyError("trailing_bytes");
  return { type, items };
}

// ---------------------------------------------------------------------------------------------
// Platform → terminal

/** 0x8001 platform general response. */
export function buildPlatformResponse(
  answerSerial: number,
  answerId: number,
  result: ResponseResultCode,
): Buffer {
  const b = Buffer.alloc(5);
  b.writeUInt16BE(answerSerial & 0xffff, 0);
  b.writeUInt16BE(answerId & 0xffff, 2);
  b[4] = result;
  return b;
}

export function parsePlatformResponse(body: Buffer): TerminalResponse {
  return parseTerminalResponse(body);
}

/** 0x8100 registration response; the auth code (printable ASCII) only with result 0. */
export function buildRegistrationResponse(
  answerSerial: number,
  result: RegistrationResult,
  authCode?: string,
): Buffer {
  const head = Buffer.alloc(3);
  head.writeUInt16BE(answerSerial & 0xffff, 0);
  head[2] = result;
  return result === 0 ? Buffer.concat([head, ascii(authCode ?? "")]) : head;
}

export function parseRegistrationResponse(body: Buffer): {
  answerSerial: number;
  result: number;
  authCode: string | null;
} {
  const r = new Reader(body);
  const answerSerial = r.u16();
  const result = r.u8();
  return { answerSerial, result, authCode: result === 0 ? text(r.rest()) : null };
}

/** 0x8004 (2019) server time, UTC. */
export function buildQueryTimeResponse(now: Date): Buffer {
  return bcdTime(now, 0);
}

// ---------------------------------------------------------------------------------------------
// Terminal side: for tests and the simulator

export interface LocationInput {
  alarmBits?: number;
  /** South/west bits come from the signs; the positioned bit from `positioned`. */
  statusBits?: number;
  positioned?: boolean;
  lat: number;
  lon: number;
  altitudeM?: number;
  speedKmh?: number;
  heading?: number;
  time: Date;
  extras?: LocationExtras;
  /** Raw additional items appended after the known ones. */
  items?: { id: number; value: Buffer }[];
}

export function buildLocationBody(input: LocationInput): Buffer {
  const base = Buffer.alloc(28);
  let status = (input.statusBits ?? 0) & ~(STATUS_POSITIONED | STATUS_SOUTH | STATUS_WEST);
  if (input.positioned !== false) status |= STATUS_POSITIONED;
  if (input.lat < 0) status |= STATUS_SOUTH;
  if (input.lon < 0) status |= STATUS_WEST;
  base.writeUInt32BE((input.alarmBits ?? 0) >>> 0, 0);
  base.writeUInt32BE(status >>> 0, 4);
  base.writeUInt32BE(Math.round(Math.abs(input.lat) * 1e6), 8);
  base.writeUInt32BE(Math.round(Math.abs(input.lon) * 1e6), 12);
  base.writeUInt16BE(Math.round(input.altitudeM ?? 0), 16);
  base.writeUInt16BE(Math.round((input.speedKmh ?? 0) * 10), 18);
  base.writeUInt16BE(Math.round(input.heading ?? 0), 20);
  bcdTime(input.time).copy(base, 22);
  const parts: Buffer[] = [base];
  const item = (id: number, value: Buffer) => parts.push(Buffer.of(id, value.length), value);
  const x = input.extras ?? {};
  const u16 = (n: number) => {
    const b = Buffer.alloc(2);
    b.writeUInt16BE(Math.round(n));
    return b;
  };
  if (x.mileageKm !== undefined) {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(Math.round(x.mileageKm * 10));
    item(0x01, b);
  }
  if (x.fuelL !== undefined) item(0x02, u16(x.fuelL * 10));
  if (x.recordedSpeedKmh !== undefined) item(0x03, u16(x.recordedSpeedKmh * 10));
  if (x.signalStrength !== undefined) item(0x30, Buffer.of(x.signalStrength));
  if (x.satellites !== undefined) item(0x31, Buffer.of(x.satellites));
  if (x.battery !== undefined) item(0xe4, Buffer.of(x.battery));
  for (const it of input.items ?? []) item(it.id, it.value);
  return Buffer.concat(parts);
}

export function buildBatchLocationBody(type: number, bodies: Buffer[]): Buffer {
  const parts: Buffer[] = [Buffer.of(bodies.length >> 8, bodies.length & 0xff, type)];
  for (const b of bodies) parts.push(Buffer.of(b.length >> 8, b.length & 0xff), b);
  return Buffer.concat(parts);
}

/** ASCII fields only (the plate is usually empty for a bracelet). */
export function buildRegistrationBody(version: Jt808Version, info: RegistrationInfo): Buffer {
  const size = REGISTRATION_SIZES[version];
  const head = Buffer.alloc(4);
  head.writeUInt16BE(info.provinceId, 0);
  head.writeUInt16BE(info.cityId, 2);
  return Buffer.concat([
    head,
    ascii(info.manufacturerId, size.manufacturer),
    ascii(info.terminalModel, size.model),
    ascii(info.terminalId, size.id),
    Buffer.of(info.plateColor),
    ascii(info.plate),
  ]);
}

export function buildAuthenticationBody(
  version: Jt808Version,
  auth: { authCode: string; imei?: string; softwareVersion?: string },
): Buffer {
  const code = ascii(auth.authCode);
  if (version === "2013") return code;
  if (code.length > 255) throw new RangeError("auth code longer than 255 bytes");
  return Buffer.concat([
    Buffer.of(code.length),
    code,
    ascii(auth.imei ?? "", 15),
    ascii(auth.softwareVersion ?? "", 20),
  ]);
}
