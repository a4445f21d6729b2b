// Test data: JT/T 808 frames exactly as they travel on the wire (hex, flags included). They were
// built by a separate Python script from the standard's field tables, not by codec.ts, so the
// tests compare two implementations. Several contain escapes (7d01 / 7d02).
// Terminal phone 013800138000 (the demo bracelet); 2019 frames carry it as 20 BCD digits.

export const RECORDED = {
  /** 0x0100 2013: province 44, city 0x0605, ZJDEV / BR-01 / T000001, blue plate 粤B12345 (GBK). */
  reg2013:
    "7e0100002d0138001380000001002c06055a4a44455642522d30310000000000000000000000000000005430303030303101d4c1423132333435e17e",
  /** 0x0102 2013: auth code "zj~}2026" (both escaped bytes) as the whole body. */
  auth2013: "7e0102000801380013800000027a6a7d027d0132303236b67e",
  /** 0x0002 2013, serial 3. */
  hb2013: "7e000200000138001380000003ab7e",
  /**
   * 0x0200 2013, serial 0x007e: alarm SOS + power cut, positioned, 23.032456 N 113.145678 E, 126 m,
   * 12.5 km/h, 90°, 2026-11-20 10:30:00 GMT+8; items mileage 3213.0 km, signal 31, 12 satellites,
   * battery 75 %, and an unknown 0xEB item.
   */
  loc2013:
    "7e02000030013800138000007d020000010100000002015f728806be774e007d02007d01005a261120103000010400007d018230011f31010ce4014beb03010203017e",
  /**
   * 0x0200 2019 (version 1), serial 5: alarm under-voltage, ACC + positioned, 23.021478 N
   * 113.121435 E, 12 m, 36 km/h, 270°, 2026-11-20 10:31:15 GMT+8; battery 15 %, 8 satellites.
   */
  loc2019:
    "7e02004022010000000001380013800000050000008000000003015f47a606be189b000c0168010e261120103115e4010f310108527e",
  /**
   * 0x0704 2013, serial 6: 2 items, type 1 (blind area): a fix at 23.035392 N 113.145678 E (raw
   * latitude 0x015F7E00, escaped), 20 m, 10:20:00, battery 80 %; then an unpositioned SOS report.
   */
  batch2013:
    "7e070400420138001380000006000201001f0000000000000002015f7d020006be774e001400000000261120102000e40150001c00000001000000000000000000000000000000000000261120102100ef7e",
  /** 0x0100 2019: ZJDEV / BR-2019 / BR2019000001, no plate. */
  reg2019:
    "7e0100404c01000000000138001380000000002c06055a4a44455600000000000042522d32303139000000000000000000000000000000000000000000000042523230313930303030303100000000000000000000000000000000000000e27e",
  /** 0x0102 2019: length-prefixed "zj~}2026", IMEI 869000000000123, software 1.0.3. */
  auth2019:
    "7e0102402c01000000000138001380000001087a6a7d027d0132303236383639303030303030303030313233312e302e33000000000000000000000000000000dd7e",
  /** 0x0002 2019, serial 2. */
  hb2019: "7e0002400001000000000138001380000002eb7e",
  /** The platform's 0x8001 (serial 0) answering loc2013: answer serial 0x007e, id 0x0200, ok. */
  ack_loc2013: "7e800100050138001380000000007d02020000527e",
  /** The platform's 0x8100 (serial 0, 2019) answering reg2019: result 0, auth code "zj~}2026". */
  regack2019: "7e8100400b010000000001380013800000000000007a6a7d027d0132303236747e",
} as const;

export type RecordedFrame = keyof typeof RECORDED;

export const wire = (name: RecordedFrame): Buffer => Buffer.from(RECORDED[name], "hex");

/** The bytes between the flags, as the deframer yields them. */
export const inner = (name: RecordedFrame): Buffer => wire(name).subarray(1, -1);
