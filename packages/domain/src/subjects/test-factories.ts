/** Test data for subject files. Not exported from the package index. */
import { idNumberCheckDigit } from "../identity/id-number.ts";
import type { SubjectInput } from "./validate-subject.ts";

/** A valid identity number for a division, birth date "YYYYMMDD" and 3-digit sequence (odd = male). */
export function buildIdNumber(birth = "19900307", sequence = "123", division = "440606"): string {
  const first17 = division + birth + sequence;
  return first17 + idNumberCheckDigit(first17);
}

/** A valid new file: a man given 有期徒刑一年，缓刑二年 in 顺德区, from 2026-01-10. */
export function buildSubjectInput(overrides: Partial<SubjectInput> = {}): SubjectInput {
  return {
    name: "张某",
    sex: "male",
    ethnicity: "01",
    idNumber: buildIdNumber(),
    phone: "13812345678",
    householdAddress: "广东省佛山市顺德区大良街道某路 1 号",
    householdDivisionCode: "440606",
    residenceAddress: "广东省佛山市顺德区大良街道某路 1 号",
    residenceDivisionCode: "440606",
    category: "02",
    crime: "危险驾驶罪",
    sentence: { penalty: "fixed_term", termMonths: 12, probationMonths: 24, text: "有期徒刑一年，缓刑二年" },
    decidingAuthority: "佛山市顺德区人民法院",
    judgmentNumber: "（2025）粤0606刑初1234号",
    judgmentEffectiveOn: "2026-01-10",
    correctionStartOn: "2026-01-10",
    correctionEndOn: "2028-01-09",
    officeId: "office-dl",
    level: "strict",
    receivedOn: "2026-01-15",
    ...overrides,
  };
}
