// JT/T 808 framing: flags, escapes, checksum and the message header, versions 2013 and 2019.
// Pure functions and one stateful deframer; no I/O. See README.md in this folder.

export const FLAG = 0x7e;
export const ESCAPE = 0x7d;
export const DEFAULT_MAX_FRAME_BYTES = 2048;
/** The body length field has 10 bits. */
export const MAX_BODY_BYTES = 0x3ff;

export type Jt808Version = "2013" | "2019";

export interface Jt808Header {
  messageId: number;
  version: Jt808Version;
  /** 2019: the protocol version byte of the header (1 for the first 2019 revision); 2013: 0. */
  protocolVersion: number;
  /** Terminal phone, BCD digits; 2019 numbers are stripped of leading zeros down to 12 digits. */
  phone: string;
  serial: number;
  bodyLength: number;
  /** Bits 10-12 of the body properties: 0 plain, 1 RSA, others reserved. */
  encryption: number;
  /** Present when bit 13 is set: the message is one package of a split message. */
  subpackage: { total: number; index: number } | null;
  headerLength: number;
}

export interface Jt808Frame {
  header: Jt808Header;
  body: Buffer;
}

export type Jt808FrameError =
  | "bad_escape"
  | "too_short"
  | "bad_checksum"
  | "bad_header"
  | "bad_phone"
  | "body_length"
  | "rsa_unsupported"
  | "bad_encryption";

export type DecodeResult =
  | { ok: true; frame: Jt808Frame }
  /** `header` is set when it could be read, so that the terminal can be answered "bad message". */
  | { ok: false; error: Jt808FrameError; header: Jt808Header | null };

// ---------------------------------------------------------------------------------------------
// Deframer

export type DeframeEvent =
  /** The escaped bytes between two flags (flags excluded, never empty). */
  | { kind: "frame"; data: Buffer }
  /** A frame grew beyond maxFrameBytes: its bytes are dropped up to the next flag. */
  | { kind: "oversized"; bytes: number }
  /** Bytes received before the first flag of the stream (reported per chunk). */
  | { kind: "garbage"; bytes: number };

/**
 * Cuts a TCP byte stream into frames. Every non-empty run between two 0x7e flags is a candidate
 * frame, so garbage between frames costs at most a candidate that fails verification and never
 * swallows the next frame. Memory is bounded by maxFrameBytes.
 */
export class Jt808Deframer {
  readonly maxFrameBytes: number;
  private readonly buf: Buffer;
  private len = 0;
  private state: "seek" | "in" | "discard" = "seek";

  constructor(maxFrameBytes = DEFAULT_MAX_FRAME_BYTES) {
    if (!Number.isInteger(maxFrameBytes) || maxFrameBytes < 16) throw new RangeError("maxFrameBytes < 16");
    this.maxFrameBytes = maxFrameBytes;
    this.buf = Buffer.allocUnsafe(maxFrameBytes);
  }

  /** Bytes of an unfinished frame held in memory. */
  get bufferedBytes(): number {
    return this.len;
  }

  push(chunk: Uint8Array): DeframeEvent[] {
    const events: DeframeEvent[] = [];
    let pos = 0;
    while (pos < chunk.length) {
      const flagAt = chunk.indexOf(FLAG, pos);
      const end = flagAt === -1 ? chunk.length : flagAt;
      const run = end - pos;
      if (this.state === "seek") {
        if (run > 0) events.push({ kind: "garbage", bytes: run });
      } else if (this.state === "in" && run > 0) {
        if (this.len + run > this.maxFrameBytes) {
          events.push({ kind: "oversized", bytes: this.len + run });
          this.len = 0;
          this.state = "discard";
        } else {
          this.buf.set(chunk.subarray(pos, end), this.len);
          this.len += run;
        }
      }
      if (flagAt === -1) break;
      if (this.state === "in" && this.len > 0) {
        events.push({ kind: "frame", data: Buffer.from(this.buf.subarray(0, this.len)) });
      }
      this.len = 0;
      this.state = "in";
      pos = flagAt + 1;
    }
    return events;
  }
}

// ---------------------------------------------------------------------------------------------
// Escapes and checksum

/** 0x7e → 0x7d 0x02, 0x7d → 0x7d 0x01. */
export function escape(raw: Uint8Array): Buffer {
  let extra = 0;
  for (const b of raw) if (b === FLAG || b === ESCAPE) extra++;
  const out = Buffer.allocUnsafe(raw.length + extra);
  let o = 0;
  for (const b of raw) {
    if (b === FLAG || b === ESCAPE) {
      out[o++] = ESCAPE;
      out[o++] = b === FLAG ? 0x02 : 0x01;
    } else {
      out[o++] = b;
    }
  }
  return out;
}

/** The inverse of escape; null for a broken escape (0x7d not followed by 0x01/0x02, or a bare 0x7e). */
export function unescape(escaped: Uint8Array): Buffer | null {
  const out = Buffer.allocUnsafe(escaped.length);
  let o = 0;
  for (let i = 0; i < escaped.length; i++) {
    const b = escaped[i]!;
    if (b === FLAG) return null;
    if (b === ESCAPE) {
      const next = escaped[++i];
      if (next === 0x01) out[o++] = ESCAPE;
      else if (next === 0x02) out[o++] = FLAG;
      else return null;
    } else {
      out[o++] = b;
    }
  }
  return out.subarray(0, o);
}

/** Like unescape, but copies broken sequences as they are: only to read a header for the answer. */
function unescapeLenient(escaped: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(escaped.length);
  let o = 0;
  for (let i = 0; i < escaped.length; i++) {
    const b = escaped[i]!;
    const next = escaped[i + 1];
    if (b === ESCAPE && (next === 0x01 || next === 0x02)) {
      out[o++] = next === 0x01 ? ESCAPE : FLAG;
      i++;
    } else {
      out[o++] = b;
    }
  }
  return out.subarray(0, o);
}

/** XOR of the bytes. */
export function checksum(bytes: Uint8Array): number {
  let x = 0;
  for (const b of bytes) x ^= b;
  return x;
}

// ---------------------------------------------------------------------------------------------
// BCD

/** Packed BCD → digits; null when a nibble is not a decimal digit. */
export function bcdToDigits(bytes: Uint8Array): string | null {
  let s = "";
  for (const b of bytes) {
    const hi = b >> 4;
    const lo = b & 0x0f;
    if (hi > 9 || lo > 9) return null;
    s += String(hi) + String(lo);
  }
  return s;
}

/** Digits → packed BCD of `size` bytes, left-padded with zeros. */
export function digitsToBcd(digits: string, size: number): Buffer {
  if (!/^\d*$/.test(digits) || digits.length > size * 2) {
    throw new RangeError(`not a BCD number of ${size} bytes: ${digits}`);
  }
  const padded = digits.padStart(size * 2, "0");
  const out = Buffer.alloc(size);
  for (let i = 0; i < size; i++) out[i] = (Number(padded[2 * i]) << 4) | Number(padded[2 * i + 1]);
  return out;
}

/** 2019 phones are 20 digits padded with zeros: keep at least 12 so both versions name a device alike. */
export function normalizePhone(digits: string): string {
  let start = 0;
  while (digits.length - start > 12 && digits[start] === "0") start++;
  return digits.slice(start);
}

// ---------------------------------------------------------------------------------------------
// Header and frame

const VERSION_FLAG = 0x4000;
const SUBPACKAGE_FLAG = 0x2000;

function headerSize(v2019: boolean, sub: boolean): number {
  return (v2019 ? 17 : 12) + (sub ? 4 : 0);
}

/**
 * Reads the header of an unescaped frame without its checksum byte. A 2013 terminal that sets the
 * (then reserved) bit 14 is read as 2013 when only the 2013 layout fits the declared body length.
 */
export function parseHeader(content: Buffer): { header: Jt808Header } | { error: Jt808FrameError } {
  if (content.length < 12) return { error: "too_short" };
  const messageId = content.readUInt16BE(0);
  const props = content.readUInt16BE(2);
  const bodyLength = props & MAX_BODY_BYTES;
  const encryption = (props >> 10) & 0x07;
  const sub = (props & SUBPACKAGE_FLAG) !== 0;
  let v2019 = (props & VERSION_FLAG) !== 0;
  if (
    v2019 &&
    content.length !== headerSize(true, sub) + bodyLength &&
    content.length === headerSize(false, sub) + bodyLength
  ) {
    v2019 = false;
  }
  const headerLength = headerSize(v2019, sub);
  if (content.length < headerLength) return { error: "too_short" };
  let o = 4;
  let protocolVersion = 0;
  if (v2019) protocolVersion = content[o++]!;
  const phoneSize = v2019 ? 10 : 6;
  const digits = bcdToDigits(content.subarray(o, o + phoneSize));
  if (digits === null) return { error: "bad_phone" };
  o += phoneSize;
  const serial = content.readUInt16BE(o);
  o += 2;
  let subpackage: Jt808Header["subpackage"] = null;
  if (sub) {
    const total = content.readUInt16BE(o);
    const index = content.readUInt16BE(o + 2);
    if (total < 1 || index < 1 || index > total) return { error: "bad_header" };
    subpackage = { total, index };
  }
  return {
    header: {
      messageId,
      version: v2019 ? "2019" : "2013",
      protocolVersion,
      phone: normalizePhone(digits),
      serial,
      bodyLength,
      encryption,
      subpackage,
      headerLength,
    },
  };
}

/** Verifies and splits one frame as the deframer yields it (escaped, without flags). */
export function decodeFrame(escaped: Uint8Array): DecodeResult {
  const raw = unescape(escaped);
  if (raw === null) {
    const lenient = unescapeLenient(escaped);
    const read = parseHeader(lenient.subarray(0, Math.max(0, lenient.length - 1)));
    return { ok: false, error: "bad_escape", header: "header" in read ? read.header : null };
  }
  if (raw.length < 13) return { ok: false, error: "too_short", header: null };
  const content = raw.subarray(0, raw.length - 1);
  const read = parseHeader(content);
  const header = "header" in read ? read.header : null;
  if (checksum(content) !== raw[raw.length - 1]) return { ok: false, error: "bad_checksum", header };
  if ("error" in read) return { ok: false, error: read.error, header: null };
  const h = read.header;
  if (h.encryption === 1) return { ok: false, error: "rsa_unsupported", header: h };
  if (h.encryption !== 0) return { ok: false, error: "bad_encryption", header: h };
  if (content.length - h.headerLength !== h.bodyLength) return { ok: false, error: "body_length", header: h };
  return { ok: true, frame: { header: h, body: Buffer.from(content.subarray(h.headerLength)) } };
}

/** Where a platform message goes: the terminal's own version and phone. */
export interface Jt808Target {
  version: Jt808Version;
  protocolVersion: number;
  phone: string;
}

/** Header + body + checksum, escaped, between flags: ready for the wire. */
export function encodeFrame(
  target: Jt808Target,
  messageId: number,
  serial: number,
  body: Uint8Array,
): Buffer {
  if (body.length > MAX_BODY_BYTES) throw new RangeError(`body of ${body.length} bytes`);
  const v2019 = target.version === "2019";
  const head = Buffer.alloc(headerSize(v2019, false));
  head.writeUInt16BE(messageId & 0xffff, 0);
  head.writeUInt16BE(body.length | (v2019 ? VERSION_FLAG : 0), 2);
  let o = 4;
  if (v2019) head[o++] = target.protocolVersion & 0xff;
  const phone = digitsToBcd(target.phone, v2019 ? 10 : 6);
  phone.copy(head, o);
  o += phone.length;
  head.writeUInt16BE(serial & 0xffff, o);
  const content = Buffer.concat([head, body]);
  const escaped = escape(Buffer.concat([content, Buffer.of(checksum(content))]));
  return Buffer.concat([Buffer.of(FLAG), escaped, Buffer.of(FLAG)]);
}
