import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeFrame, type Jt808Frame } from "./codec.ts";
import {
  Jt808BodyError,
  alarmEvents,
  bcdTime,
  buildAuthenticationBody,
  buildBatchLocationBody,
  buildLocationBody,
  buildPlatformResponse,
  buildQueryTimeResponse,
  buildRegistrationBody,
  buildRegistrationResponse,
  parseAuthentication,
  parseBatchLocation,
  parseBcdTime,
  parseLocationReport,
  parsePlatformResponse,
  parseRegistration,
  parseRegistrationResponse,
  parseTerminalResponse,
  reportToFix,
  type LocationReport,
  type RegistrationInfo,
} from "./messages.ts";
import { inner, type RecordedFrame } from "./recorded-frames.ts";

function recorded(name: RecordedFrame): Jt808Frame {
  const d = decodeFrame(inner(name));
  if (!d.ok) throw new Error(`${name}: ${d.error}`);
  return d.frame;
}

function fixOf(report: LocationReport) {
  const t = reportToFix(report);
  if (!("fix" in t)) throw new Error(t.skip);
  return t.fix;
}

describe("recorded messages", () => {
  it("0x0100 registration, 2013 field sizes, GBK plate", () => {
    const f = recorded("reg2013");
    expect(parseRegistration(f.body, f.header.version)).toEqual({
      provinceId: 44,
      cityId: 0x0605,
      manufacturerId: "ZJDEV",
      terminalModel: "BR-01",
      terminalId: "T000001",
      plateColor: 1,
      plate: "粤B12345",
    });
  });

  it("0x0100 registration, 2019 field sizes", () => {
    const f = recorded("reg2019");
    expect(parseRegistration(f.body, f.header.version)).toEqual({
      provinceId: 44,
      cityId: 0x0605,
      manufacturerId: "ZJDEV",
      terminalModel: "BR-2019",
      terminalId: "BR2019000001",
      plateColor: 0,
      plate: "",
    });
  });

  it("0x0100 registration in the 2011 layout (8-byte model) under a 2013 header", () => {
    const body = Buffer.concat([
      Buffer.of(0, 44, 0, 1),
      Buffer.from("70111"),
      Buffer.from("BSJ-M7B\0"),
      Buffer.from("0000001"),
      Buffer.of(1),
      Buffer.from("d4c1423838383838", "hex"),
    ]);
    expect(parseRegistration(body, "2013")).toMatchObject({ terminalModel: "BSJ-M7B", plate: "粤B88888" });
  });

  it("0x0102 authentication: 2013 whole body, 2019 length-prefixed code + IMEI + software version", () => {
    const a13 = recorded("auth2013");
    expect(parseAuthentication(a13.body, "2013")).toEqual({
      authCode: "zj~}2026",
      imei: null,
      softwareVersion: null,
    });
    const a19 = recorded("auth2019");
    expect(parseAuthentication(a19.body, "2019")).toEqual({
      authCode: "zj~}2026",
      imei: "869000000000123",
      softwareVersion: "1.0.3",
    });
  });

  it("0x0200 location report 2013: fields, alarm events, additional items, GMT+8 time", () => {
    const r = parseLocationReport(recorded("loc2013").body);
    expect(r).toMatchObject({
      alarmBits: 0x101,
      statusBits: 0x2,
      positioned: true,
      lat: 23.032456,
      lon: 113.145678,
      altitudeM: 126,
      speedKmh: 12.5,
      heading: 90,
      extras: { mileageKm: 3213, signalStrength: 31, satellites: 12, battery: 75 },
      skippedItems: [0xeb],
      truncatedItems: false,
    });
    expect(r.time?.toISOString()).toBe("2026-11-20T02:30:00.000Z");
    expect(fixOf(r)).toEqual({
      time: new Date("2026-11-20T02:30:00Z"),
      lat: 23.032456,
      lon: 113.145678,
      accuracyM: null,
      speedKmh: 12.5,
      heading: 90,
      altitudeM: 126,
      battery: 75,
      alarmBits: 0x101,
      statusBits: 0x2,
      events: ["sos", "tamper"],
    });
  });

  it("0x0200 location report 2019: under-voltage → low_battery, battery item", () => {
    const fix = fixOf(parseLocationReport(recorded("loc2019").body));
    expect(fix).toMatchObject({
      time: new Date("2026-11-20T02:31:15Z"),
      lat: 23.021478,
      lon: 113.121435,
      altitudeM: 12,
      speedKmh: 36,
      heading: 270,
      battery: 15,
      events: ["low_battery"],
    });
  });

  it("0x0704 batch upload: type, length-prefixed items, an unpositioned item is not a position", () => {
    const batch = parseBatchLocation(recorded("batch2013").body);
    expect(batch.type).toBe(1);
    expect(batch.items).toHaveLength(2);
    const [first, second] = batch.items as LocationReport[];
    expect(fixOf(first!)).toMatchObject({
      lat: 23.035392,
      lon: 113.145678,
      altitudeM: 20,
      battery: 80,
      time: new Date("2026-11-20T02:20:00Z"),
      events: [],
    });
    expect(reportToFix(second!)).toEqual({ skip: "not_fixed" });
    expect(alarmEvents(second!.alarmBits)).toEqual(["sos"]);
  });
});

describe("location rules", () => {
  const base = { lat: 23.03, lon: 113.14, time: new Date("2026-11-20T02:00:00Z") };

  it("south and west status bits give negative coordinates", () => {
    const r = parseLocationReport(buildLocationBody({ ...base, lat: -33.8688, lon: -70.6693 }));
    expect(r.statusBits & 0b1100).toBe(0b1100);
    expect(fixOf(r)).toMatchObject({ lat: -33.8688, lon: -70.6693 });
  });

  it("out-of-range coordinates and unparsable times are skipped with a reason", () => {
    const body = buildLocationBody(base);
    const lat = Buffer.from(body);
    lat.writeUInt32BE(90_000_001, 8);
    expect(reportToFix(parseLocationReport(lat))).toEqual({ skip: "bad_coordinates" });
    const lon = Buffer.from(body);
    lon.writeUInt32BE(180_000_001, 12);
    expect(reportToFix(parseLocationReport(lon))).toEqual({ skip: "bad_coordinates" });
    for (const t of ["261320103000", "260230103000", "261120243000", "2611201030a0"]) {
      const bad = Buffer.from(body);
      Buffer.from(t, "hex").copy(bad, 22);
      expect(reportToFix(parseLocationReport(bad)), t).toEqual({ skip: "bad_time" });
    }
  });

  it("a heading beyond 359 is dropped, not the fix", () => {
    expect(fixOf(parseLocationReport(buildLocationBody({ ...base, heading: 400 }))).heading).toBeNull();
  });

  it("alarm bits 0, 7 and 8 map to sos, low_battery and tamper; others to nothing", () => {
    expect(alarmEvents(0)).toEqual([]);
    expect(alarmEvents(1 << 0)).toEqual(["sos"]);
    expect(alarmEvents(1 << 7)).toEqual(["low_battery"]);
    expect(alarmEvents(1 << 8)).toEqual(["tamper"]);
    expect(alarmEvents(0xffff_fe7e)).toEqual([]);
  });

  it("additional items: truncated lists and wrong lengths are noted, the base report kept", () => {
    const body = buildLocationBody({ ...base, items: [{ id: 0x01, value: Buffer.of(1, 2) }] });
    expect(parseLocationReport(body)).toMatchObject({ skippedItems: [0x01], extras: {} });
    const truncated = Buffer.concat([buildLocationBody(base), Buffer.of(0x30, 5, 1)]);
    expect(parseLocationReport(truncated)).toMatchObject({ truncatedItems: true, positioned: true });
    const battery = buildLocationBody({ ...base, items: [{ id: 0xe4, value: Buffer.of(101) }] });
    expect(parseLocationReport(battery)).toMatchObject({ skippedItems: [0xe4], extras: {} });
    const word = buildLocationBody({ ...base, items: [{ id: 0xe4, value: Buffer.of(0, 64) }] });
    expect(parseLocationReport(word).extras.battery).toBe(64);
  });

  it("short bodies and broken batches are refused with Jt808BodyError", () => {
    expect(() => parseLocationReport(Buffer.alloc(27))).toThrow(Jt808BodyError);
    const one = buildLocationBody(base);
    const batch = buildBatchLocationBody(0, [one, one]);
    expect(() => parseBatchLocation(batch.subarray(0, -1))).toThrow(Jt808BodyError);
    expect(() => parseBatchLocation(Buffer.concat([batch, Buffer.of(0)]))).toThrow(/trailing/);
    const shortItem = buildBatchLocationBody(0, [one, Buffer.alloc(5)]);
    expect(parseBatchLocation(shortItem).items[1]).toEqual({ error: "truncated" });
  });

  it("BCD times: GMT+8 on the wire, UTC for 0x8004", () => {
    const t = new Date("2026-11-20T16:05:09Z");
    expect(bcdTime(t).toString("hex")).toBe("261121000509");
    expect(parseBcdTime(bcdTime(t))).toEqual(t);
    expect(buildQueryTimeResponse(t).toString("hex")).toBe("261120160509");
  });
});

describe("builders", () => {
  it("0x8001 and 0x8100 bodies", () => {
    expect(buildPlatformResponse(0x7e, 0x0200, 0).toString("hex")).toBe("007e020000");
    expect(parsePlatformResponse(buildPlatformResponse(9, 0x0102, 1))).toEqual({
      answerSerial: 9,
      answerId: 0x0102,
      result: 1,
    });
    expect(buildRegistrationResponse(3, 0, "A1").toString("hex")).toBe("0003004131");
    expect(buildRegistrationResponse(3, 4, "ignored").toString("hex")).toBe("000304");
    expect(parseRegistrationResponse(buildRegistrationResponse(3, 0, "A1"))).toEqual({
      answerSerial: 3,
      result: 0,
      authCode: "A1",
    });
    expect(() => buildRegistrationResponse(3, 0, "码")).toThrow(RangeError);
  });

  it("0x0001 terminal general response", () => {
    expect(parseTerminalResponse(Buffer.from("0005810000", "hex"))).toEqual({
      answerSerial: 5,
      answerId: 0x8100,
      result: 0,
    });
  });
});

describe("properties (fast-check)", () => {
  const location = fc.record({
    alarmBits: fc.integer({ min: 0, max: 0xffffffff }),
    statusBits: fc.integer({ min: 0, max: 0xffffffff }),
    positioned: fc.boolean(),
    lat: fc.integer({ min: -90_000_000, max: 90_000_000 }).map((n) => n / 1e6),
    lon: fc.integer({ min: -180_000_000, max: 180_000_000 }).map((n) => n / 1e6),
    altitudeM: fc.integer({ min: 0, max: 0xffff }),
    speedKmh: fc.integer({ min: 0, max: 0xffff }).map((n) => n / 10),
    heading: fc.integer({ min: 0, max: 359 }),
    time: fc
      .integer({ min: Date.UTC(2000, 0, 1) - 8 * 3600_000, max: Date.UTC(2099, 11, 31) - 8 * 3600_000 })
      .map((ms) => new Date(Math.floor(ms / 1000) * 1000)),
    extras: fc.record(
      {
        mileageKm: fc.integer({ min: 0, max: 0xffffffff }).map((n) => n / 10),
        fuelL: fc.integer({ min: 0, max: 0xffff }).map((n) => n / 10),
        recordedSpeedKmh: fc.integer({ min: 0, max: 0xffff }).map((n) => n / 10),
        signalStrength: fc.integer({ min: 0, max: 255 }),
        satellites: fc.integer({ min: 0, max: 255 }),
        battery: fc.integer({ min: 0, max: 100 }),
      },
      { requiredKeys: [] },
    ),
  });

  it("buildLocationBody ↔ parseLocationReport round-trips", () => {
    fc.assert(
      fc.property(location, (input) => {
        const r = parseLocationReport(buildLocationBody(input));
        expect(r.positioned).toBe(input.positioned);
        expect(r.lat).toBe(input.lat);
        expect(r.lon).toBe(input.lon);
        expect(r).toMatchObject({
          alarmBits: input.alarmBits,
          altitudeM: input.altitudeM,
          speedKmh: input.speedKmh,
          heading: input.heading,
          extras: input.extras,
          skippedItems: [],
        });
        expect(r.time).toEqual(input.time);
        const t = reportToFix(r);
        expect("fix" in t).toBe(input.positioned);
      }),
    );
  });

  it("registration and authentication round-trip in both versions", () => {
    const str = (max: number) => fc.stringMatching(new RegExp(`^[A-Za-z0-9-]{0,${max}}$`));
    fc.assert(
      fc.property(
        fc.constantFrom("2013" as const, "2019" as const),
        fc.record({
          provinceId: fc.integer({ min: 0, max: 0xffff }),
          cityId: fc.integer({ min: 0, max: 0xffff }),
          manufacturerId: str(5),
          terminalModel: str(20),
          terminalId: str(7),
          plateColor: fc.integer({ min: 0, max: 255 }),
          plate: str(12),
        }),
        str(40),
        (version, info: RegistrationInfo, authCode) => {
          expect(parseRegistration(buildRegistrationBody(version, info), version)).toEqual(info);
          const auth = { authCode, imei: "869000000000123", softwareVersion: "2.1" };
          expect(parseAuthentication(buildAuthenticationBody(version, auth), version)).toMatchObject({
            authCode,
          });
        },
      ),
    );
  });

  it("any body given to any parser either parses or throws Jt808BodyError", () => {
    const parsers: ((b: Buffer) => unknown)[] = [
      parseLocationReport,
      parseBatchLocation,
      parseTerminalResponse,
      (b) => parseRegistration(b, "2013"),
      (b) => parseRegistration(b, "2019"),
      (b) => parseAuthentication(b, "2013"),
      (b) => parseAuthentication(b, "2019"),
      (b) => reportToFix(parseLocationReport(b)),
    ];
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (arr) => {
        const body = Buffer.from(arr);
        for (const p of parsers) {
          try {
            p(body);
          } catch (e) {
            expect(e).toBeInstanceOf(Jt808BodyError);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
