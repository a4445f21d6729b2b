/** Citizen identity numbers of GB 11643-1999 (18 characters, mod 11-2 check digit). */
import { DomainError } from "../errors/codes.ts";
import { addYears, compareDates, isValidDate, type DateString } from "../periods/dates.ts";
import type { Sex } from "../subjects/codes.ts";

export interface ParsedIdNumber {
  /** Trimmed, with an upper-case X check digit. */
  idNumber: string;
  birthDate: DateString;
  sex: Sex;
  /** The GB/T 2260 code of the place of first registration (characters 1-6). */
  divisionCode: string;
}

// Weight of position i is 2^(17-i) mod 11 (ISO 7064 MOD 11-2).
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const checkCharacters = "10X98765432";
/** Births before this year are treated as typing errors, not as people under supervision. */
const earliestBirthYear = 1900;

/** The check character (0-9 or X) for the first 17 digits of an identity number. */
export function idNumberCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError("idNumberCheckDigit needs exactly 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i]!;
  return checkCharacters[sum % 11]!;
}

function invalid(reason: string, message: string): DomainError {
  return new DomainError("ID_NUMBER_INVALID", { field: "idNumber", reason }, message);
}

/**
 * Parses and checks an identity number: 17 digits and a check character, a real birth date
 * (not after `today` when given, not before 1900) and a correct check digit.
 * Throws `ID_NUMBER_INVALID` with `details.reason` = format | birth_date | check_digit.
 */
export function parseIdNumber(s: string, today?: DateString): ParsedIdNumber {
  const idNumber = typeof s === "string" ? s.trim().toUpperCase() : "";
  if (!/^\d{17}[\dX]$/.test(idNumber)) {
    throw invalid("format", "身份证号码应为 18 位，前 17 位为数字，末位为数字或 X");
  }
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (!isValidDate(birthDate) || Number(idNumber.slice(6, 10)) < earliestBirthYear) {
    throw invalid("birth_date", "身份证号码中的出生日期不存在");
  }
  if (today !== undefined && compareDates(birthDate, today) > 0) {
    throw invalid("birth_date", "身份证号码中的出生日期晚于今天");
  }
  if (idNumberCheckDigit(idNumber.slice(0, 17)) !== idNumber[17]) {
    throw invalid("check_digit", "身份证号码校验位错误，请核对号码");
  }
  // The sequence number (characters 15-17) is odd for men and even for women.
  const sex: Sex = Number(idNumber[16]) % 2 === 1 ? "male" : "female";
  return { idNumber, birthDate, sex, divisionCode: idNumber.slice(0, 6) };
}

export function isValidIdNumber(s: string, today?: DateString): boolean {
  try {
    parseIdNumber(s, today);
    return true;
  } catch {
    return false;
  }
}

/** For display: first 6 and last 4 characters, 8 asterisks between (440602********123X). */
export function maskIdNumber(id: string): string {
  const s = id.trim().toUpperCase();
  if (s.length <= 10) return "*".repeat(s.length);
  return s.slice(0, 6) + "*".repeat(s.length - 10) + s.slice(-4);
}

/** The last 4 and last 6 characters (upper case), which the search indexes as keyed hashes. */
export function idNumberTails(id: string): { tail4: string; tail6: string } {
  const s = id.trim().toUpperCase();
  return { tail4: s.slice(-4), tail6: s.slice(-6) };
}

/**
 * Age in full years (周岁) on `onDate`. Chinese law counts a year of age as complete only from
 * the day after the birthday (SPC interpretation on minors 2006 art. 2; Civil Code arts. 201-202),
 * so on the 18th birthday itself a person is still 17. Someone born on 29 February has the
 * birthday on 28 February in other years.
 */
export function ageOn(birthDate: DateString, onDate: DateString): number {
  if (compareDates(onDate, birthDate) < 0) throw new RangeError("onDate is before birthDate");
  let years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (years > 0 && compareDates(onDate, addYears(birthDate, years)) <= 0) years -= 1;
  return years;
}

/** Whether a person born on `birthDate` is a minor (under 18 full years) on `onDate`. */
export function isMinorOn(birthDate: DateString, onDate: DateString): boolean {
  return compareDates(onDate, birthDate) < 0 || ageOn(birthDate, onDate) < 18;
}
