import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FLAG,
  Jt808Deframer,
  checksum,
  decodeFrame,
  encodeFrame,
  escape,
  unescape,
  type DeframeEvent,
  type Jt808Target,
} from "./codec.ts";
import { MessageId, ResponseResult, buildPlatformResponse, buildRegistrationResponse } from "./messages.ts";
import { RECORDED, inner, wire, type RecordedFrame } from "./recorded-frames.ts";

/** A frame from raw content (header + body): checksum, escape, flags. */
function frameOf(content: Buffer, badChecksum = false): Buffer {
  const cs = checksum(content) ^ (badChecksum ? 0xff : 0);
  return Buffer.concat([Buffer.of(FLAG), escape(Buffer.concat([content, Buffer.of(cs)])), Buffer.of(FLAG)]);
}

function header2013(messageId: number, props: number, phoneBcd = "013800138000", serial = 1): Buffer {
  const b = Buffer.alloc(12);
  b.writeUInt16BE(messageId, 0);
  b.writeUInt16BE(props, 2);
  Buffer.from(phoneBcd, "hex").copy(b, 4);
  b.writeUInt16BE(serial, 10);
  return b;
}

function frames(events: DeframeEvent[]): Buffer[] {
  return events.flatMap((e) => (e.kind === "frame" ? [e.data] : []));
}

const byteWithFlags = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(FLAG, 0x7d, 0x01, 0x02) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 255 }) },
);
const bytes = (maxLength: number) => fc.array(byteWithFlags, { maxLength }).map((a) => Buffer.from(a));

const target = fc.record({
  version: fc.constantFrom("2013" as const, "2019" as const),
  protocolVersion: fc.integer({ min: 0, max: 255 }),
  phone: fc.stringMatching(/^[0-9]{12}$/),
});
const validFrame = fc
  .tuple(target, fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0xffff }), bytes(300))
  .map(([t, id, serial, body]) => ({ t, id, serial, body, wire: encodeFrame(t, id, serial, body) }));

describe("recorded frames", () => {
  it("every recorded frame is one frame with a valid checksum", () => {
    for (const name of Object.keys(RECORDED) as RecordedFrame[]) {
      const events = new Jt808Deframer().push(wire(name));
      expect(frames(events), name).toHaveLength(1);
      const d = decodeFrame(inner(name));
      expect(d.ok, name).toBe(true);
    }
  });

  it("reads a 2013 header (12 bytes, 6-byte BCD phone), unescaping the serial 0x007e", () => {
    const d = decodeFrame(inner("loc2013"));
    if (!d.ok) throw new Error(d.error);
    expect(d.frame.header).toEqual({
      messageId: 0x0200,
      version: "2013",
      protocolVersion: 0,
      phone: "013800138000",
      serial: 0x7e,
      bodyLength: 48,
      encryption: 0,
      subpackage: null,
      headerLength: 12,
    });
    expect(d.frame.body).toHaveLength(48);
  });

  it("reads a 2019 header (version flag, protocol version, 10-byte BCD phone) to the same device", () => {
    const d = decodeFrame(inner("loc2019"));
    if (!d.ok) throw new Error(d.error);
    expect(d.frame.header).toMatchObject({
      messageId: 0x0200,
      version: "2019",
      protocolVersion: 1,
      phone: "013800138000",
      serial: 5,
      bodyLength: 34,
      headerLength: 17,
    });
  });

  it("reads an empty heartbeat body in both versions", () => {
    for (const name of ["hb2013", "hb2019"] as const) {
      const d = decodeFrame(inner(name));
      if (!d.ok) throw new Error(d.error);
      expect(d.frame.header.messageId).toBe(MessageId.Heartbeat);
      expect(d.frame.body).toHaveLength(0);
    }
  });

  it("encodes the platform's answers byte for byte as recorded, keeping the terminal's version", () => {
    const t13: Jt808Target = { version: "2013", protocolVersion: 0, phone: "013800138000" };
    const t19: Jt808Target = { version: "2019", protocolVersion: 1, phone: "013800138000" };
    expect(
      encodeFrame(t13, MessageId.PlatformResponse, 0, buildPlatformResponse(0x7e, 0x0200, ResponseResult.Ok)),
    ).toEqual(wire("ack_loc2013"));
    expect(
      encodeFrame(t19, MessageId.RegistrationResponse, 0, buildRegistrationResponse(0, 0, "zj~}2026")),
    ).toEqual(wire("regack2019"));
  });

  it("a 2013 terminal that sets the reserved bit 14 is read as 2013 when only that layout fits", () => {
    const content = Buffer.concat([header2013(0x0102, 0x4000 | 4), Buffer.from("abcd")]);
    const d = decodeFrame(frameOf(content).subarray(1, -1));
    if (!d.ok) throw new Error(d.error);
    expect(d.frame.header).toMatchObject({ version: "2013", phone: "013800138000", headerLength: 12 });
    expect(d.frame.body.toString()).toBe("abcd");
  });
});

describe("decodeFrame refusals", () => {
  it("a bad checksum is refused with the header readable (to answer 'bad message')", () => {
    const content = header2013(0x0002, 0);
    const d = decodeFrame(frameOf(content, true).subarray(1, -1));
    expect(d).toMatchObject({ ok: false, error: "bad_checksum", header: { messageId: 2, serial: 1 } });
  });

  it("a broken escape is refused; the header is still read when it precedes the break", () => {
    const good = inner("hb2013");
    const broken = Buffer.concat([good.subarray(0, -1), Buffer.of(0x7d, 0x03), good.subarray(-1)]);
    expect(decodeFrame(broken)).toMatchObject({
      ok: false,
      error: "bad_escape",
      header: { phone: "013800138000" },
    });
    expect(decodeFrame(Buffer.of(0x7d, 0x05, 1, 2, 3))).toEqual({
      ok: false,
      error: "bad_escape",
      header: null,
    });
    expect(decodeFrame(Buffer.concat([good, Buffer.of(0x7d)]))).toMatchObject({
      ok: false,
      error: "bad_escape",
    });
  });

  it("short frames, bad BCD phones, body length mismatches and encryption are refused", () => {
    expect(decodeFrame(Buffer.of(1, 2, 3))).toMatchObject({ ok: false, error: "too_short", header: null });
    const badPhone = Buffer.concat([header2013(0x0002, 0, "0138001380a0")]);
    expect(decodeFrame(frameOf(badPhone).subarray(1, -1))).toMatchObject({ ok: false, error: "bad_phone" });
    const longer = Buffer.concat([header2013(0x0200, 5), Buffer.alloc(4)]);
    expect(decodeFrame(frameOf(longer).subarray(1, -1))).toMatchObject({
      ok: false,
      error: "body_length",
      header: { messageId: 0x0200 },
    });
    const rsa = Buffer.concat([header2013(0x0200, (1 << 10) | 2), Buffer.alloc(2)]);
    expect(decodeFrame(frameOf(rsa).subarray(1, -1))).toMatchObject({ ok: false, error: "rsa_unsupported" });
    const reserved = Buffer.concat([header2013(0x0200, (2 << 10) | 2), Buffer.alloc(2)]);
    expect(decodeFrame(frameOf(reserved).subarray(1, -1))).toMatchObject({
      ok: false,
      error: "bad_encryption",
    });
  });

  it("reads the subpackage fields (bit 13) and refuses impossible ones", () => {
    const head = Buffer.concat([header2013(0x0704, 0x2000 | 3), Buffer.of(0, 4, 0, 2)]);
    const d = decodeFrame(frameOf(Buffer.concat([head, Buffer.of(9, 9, 9)])).subarray(1, -1));
    if (!d.ok) throw new Error(d.error);
    expect(d.frame.header).toMatchObject({ subpackage: { total: 4, index: 2 }, headerLength: 16 });
    expect([...d.frame.body]).toEqual([9, 9, 9]);
    const bad = Buffer.concat([header2013(0x0704, 0x2000), Buffer.of(0, 2, 0, 3)]);
    expect(decodeFrame(frameOf(bad).subarray(1, -1))).toMatchObject({ ok: false, error: "bad_header" });
  });
});

describe("Jt808Deframer", () => {
  it("reports bytes before the first flag as garbage and skips empty runs between flags", () => {
    const d = new Jt808Deframer();
    const events = d.push(Buffer.concat([Buffer.from("GET / HTTP/1.1"), wire("hb2013"), wire("hb2019")]));
    expect(events[0]).toEqual({ kind: "garbage", bytes: 14 });
    expect(frames(events)).toEqual([inner("hb2013"), inner("hb2019")]);
  });

  it("yields a frame split over many chunks once, and keeps garbage between frames from eating the next", () => {
    const d = new Jt808Deframer();
    const stream = Buffer.concat([wire("loc2013"), Buffer.from("noise~more noise"), wire("auth2013")]);
    const out: Buffer[] = [];
    for (const b of stream) out.push(...frames(d.push(Buffer.of(b))));
    expect(out.filter((f) => decodeFrame(f).ok)).toEqual([inner("loc2013"), inner("auth2013")]);
  });

  it("drops an oversized frame, reports it at once, and recovers at the next flag", () => {
    const d = new Jt808Deframer(64);
    const first = d.push(Buffer.concat([Buffer.of(FLAG), Buffer.alloc(40, 1)]));
    expect(first).toEqual([]);
    const second = d.push(Buffer.alloc(40, 1));
    expect(second).toEqual([{ kind: "oversized", bytes: 80 }]);
    expect(d.bufferedBytes).toBe(0);
    expect(d.push(Buffer.alloc(1000, 2))).toEqual([]);
    expect(frames(d.push(Buffer.concat([wire("hb2013")])))).toEqual([inner("hb2013")]);
  });
});

describe("properties (fast-check)", () => {
  it("escape and unescape are inverse; escaped data never contains a flag", () => {
    fc.assert(
      fc.property(bytes(512), (raw) => {
        const e = escape(raw);
        expect(e.includes(FLAG)).toBe(false);
        expect(unescape(e)).toEqual(raw);
      }),
    );
  });

  it("unescape accepts only canonical escapes: whatever it accepts escapes back to the same bytes", () => {
    fc.assert(
      fc.property(bytes(256), (data) => {
        const u = unescape(data);
        if (u !== null) expect(escape(u)).toEqual(data);
      }),
    );
  });

  it("encodeFrame ↔ decodeFrame round-trips header and body in both versions", () => {
    fc.assert(
      fc.property(validFrame, ({ t, id, serial, body, wire: w }) => {
        const events = new Jt808Deframer().push(w);
        expect(events).toHaveLength(1);
        const d = decodeFrame(w.subarray(1, -1));
        if (!d.ok) throw new Error(d.error);
        expect(d.frame.header).toMatchObject({
          messageId: id,
          serial,
          phone: t.phone,
          version: t.version,
          protocolVersion: t.version === "2019" ? t.protocolVersion : 0,
          bodyLength: body.length,
        });
        expect(d.frame.body).toEqual(body);
      }),
    );
  });

  it("any byte stream in any chunks never throws, stays bounded, and never passes a bad checksum", () => {
    fc.assert(
      fc.property(
        bytes(4000),
        fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1 }),
        (stream, cuts) => {
          const d = new Jt808Deframer(256);
          let pos = 0;
          let i = 0;
          while (pos < stream.length) {
            const n = cuts[i++ % cuts.length]!;
            for (const ev of d.push(stream.subarray(pos, pos + n))) {
              expect(d.bufferedBytes).toBeLessThanOrEqual(256);
              if (ev.kind !== "frame") continue;
              expect(ev.data.length).toBeLessThanOrEqual(256);
              const r = decodeFrame(ev.data);
              if (!r.ok) continue;
              const raw = unescape(ev.data)!;
              expect(checksum(raw.subarray(0, -1))).toBe(raw[raw.length - 1]);
              expect(r.frame.header.headerLength + r.frame.body.length + 1).toBe(raw.length);
            }
            pos += n;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("valid frames mixed with garbage and cut anywhere all come out, in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(bytes(60), validFrame), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1 }),
        (parts, cuts) => {
          const stream = Buffer.concat(parts.flatMap(([garbage, f]) => [garbage, f.wire]));
          const d = new Jt808Deframer();
          const out: Buffer[] = [];
          let pos = 0;
          let i = 0;
          while (pos < stream.length) {
            const n = cuts[i++ % cuts.length]!;
            out.push(...frames(d.push(stream.subarray(pos, pos + n))));
            pos += n;
          }
          // Every valid frame appears, in order (garbage may add candidates in between).
          let k = 0;
          for (const f of out) if (k < parts.length && f.equals(parts[k]![1].wire.subarray(1, -1))) k++;
          expect(k).toBe(parts.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a single corrupted byte anywhere in a frame is always detected", () => {
    fc.assert(
      fc.property(validFrame, fc.nat(), fc.integer({ min: 1, max: 255 }), ({ wire: w }, at, flip) => {
        const raw = unescape(w.subarray(1, -1))!;
        const i = at % raw.length;
        raw[i] = raw[i]! ^ flip;
        expect(decodeFrame(escape(raw)).ok).toBe(false);
      }),
    );
  });

  it("random mutations of a valid frame are refused or decode consistently", () => {
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant("set" as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
      fc.record({
        kind: fc.constant("insert" as const),
        at: fc.nat(),
        value: fc.integer({ min: 0, max: 255 }),
      }),
      fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), value: fc.constant(0) }),
    );
    fc.assert(
      fc.property(validFrame, fc.array(mutation, { minLength: 1, maxLength: 6 }), ({ wire: w }, muts) => {
        const data = [...w.subarray(1, -1)];
        for (const m of muts) {
          const at = m.at % (data.length + 1);
          if (m.kind === "set" && data.length > 0) data[at % data.length] = m.value;
          if (m.kind === "insert") data.splice(at, 0, m.value);
          if (m.kind === "delete" && data.length > 0) data.splice(at % data.length, 1);
        }
        const mutated = Buffer.from(data);
        const d = decodeFrame(mutated);
        if (!d.ok) return;
        const raw = unescape(mutated)!;
        expect(checksum(raw.subarray(0, -1))).toBe(raw[raw.length - 1]);
        expect(d.frame.body.length).toBe(d.frame.header.bodyLength);
        if (d.frame.header.subpackage === null) {
          const again = decodeFrame(
            encodeFrame(
              d.frame.header,
              d.frame.header.messageId,
              d.frame.header.serial,
              d.frame.body,
            ).subarray(1, -1),
          );
          expect(again).toEqual(d);
        }
      }),
      { numRuns: 500 },
    );
  });
});
