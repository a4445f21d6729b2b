import { idNumberTails, maskIdNumber, maskPhone, type ValidSubject } from "@zhijiao/domain";
import { nameTokens } from "../../db/gateway/index.ts";
import type { FieldCipher } from "../../security/secrets.ts";

/** The stored form of a validated subject record: sensitive fields encrypted, hashed and masked. */
export function subjectColumns(v: ValidSubject, cipher: FieldCipher) {
  const tails = idNumberTails(v.idNumber);
  return {
    name: v.name,
    name_tokens: nameTokens(v.name),
    sex: v.sex,
    ethnicity: v.ethnicity,
    birth_date: v.birthDate,
    id_number_enc: cipher.encrypt(v.idNumber),
    id_number_hash: cipher.hash("id", v.idNumber),
    id_tail4_hash: cipher.hash("id4", tails.tail4),
    id_tail6_hash: cipher.hash("id6", tails.tail6),
    id_number_masked: maskIdNumber(v.idNumber),
    phone_enc: v.phone ? cipher.encrypt(v.phone) : null,
    phone_masked: v.phone ? maskPhone(v.phone) : null,
    household_address: v.householdAddress ?? null,
    household_division_code: v.householdDivisionCode ?? null,
    residence_address: v.residenceAddress,
    residence_division_code: v.residenceDivisionCode,
    category: v.category,
    crime: v.crime,
    sentence: JSON.stringify(v.sentence),
    deciding_authority: v.decidingAuthority,
    judgment_number: v.judgmentNumber,
    judgment_effective_on: v.judgmentEffectiveOn ?? null,
    correction_start_on: v.correctionStartOn,
    correction_end_on: v.correctionEndOn,
    level: v.level,
    minor: v.minor,
    four_histories: v.fourHistories ?? [],
    three_involvements: v.threeInvolvements ?? [],
    received_on: v.receivedOn ?? null,
  };
}
