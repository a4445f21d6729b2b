import { idNumberCheckDigit, type SubjectInput } from "@zhijiao/domain";

let serial = 0;

/** A valid identity number: 18 characters with its GB 11643 check digit. */
export function buildIdNumber(
  opts: { birth?: string; sex?: "male" | "female"; prefix?: string } = {},
): string {
  serial += 1;
  const birth = (opts.birth ?? "1988-05-17").replaceAll("-", "");
  // Serial digits well away from the demo generator's, odd for men and even for women.
  const seq = 900 + (serial % 50) * 2 + (opts.sex === "female" ? 0 : 1);
  const first17 = `${opts.prefix ?? "440605"}${birth}${String(seq).padStart(3, "0")}`;
  return first17 + idNumberCheckDigit(first17);
}

/** A complete, valid subject record (缓刑, 有期徒刑一年缓刑二年) for the given office. */
export function buildSubject(officeId: string, overrides: Partial<SubjectInput> = {}): SubjectInput {
  const sex = overrides.sex ?? "male";
  return {
    name: "测试对象",
    sex,
    ethnicity: "01",
    idNumber: buildIdNumber({ sex, prefix: `44060${(serial % 5) + 1}` }),
    phone: "13800001234",
    householdAddress: "广东省佛山市南海区桂城街道海五路1号",
    householdDivisionCode: "440605",
    residenceAddress: "广东省佛山市南海区桂城街道南海大道北28号",
    residenceDivisionCode: "440605",
    category: "02",
    crime: "危险驾驶罪",
    sentence: { penalty: "fixed_term", termMonths: 12, probationMonths: 24, text: "有期徒刑一年，缓刑二年" },
    decidingAuthority: "佛山市南海区人民法院",
    judgmentNumber: "（2026）粤0605刑初1001号",
    judgmentEffectiveOn: "2026-01-10",
    correctionStartOn: "2026-01-10",
    correctionEndOn: "2028-01-09",
    officeId,
    level: "normal",
    ...overrides,
  };
}

/** A 1×1 PNG, base64-encoded, as the phone's camera would send a (much larger) picture. */
export const TEST_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
).toString("base64");
