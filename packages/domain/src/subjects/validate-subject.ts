/**
 * Validation of a subject file's basic information (一人一档, docs/API.md "SubjectInput"):
 * identity number, codes, divisions and the correction period, with the minor flag of R-PR-2.
 * The first problem found is thrown as a DomainError whose `details.field` names the JSON field.
 */
import { DomainError, type ErrorCode } from "../errors/codes.ts";
import { isMinorOn, parseIdNumber } from "../identity/id-number.ts";
import { isValidPhone } from "../identity/phone.ts";
import { isValidDivisionCode } from "../organizations/division-codes.ts";
import { compareDates, isValidDate, type DateString } from "../periods/dates.ts";
import { validateCorrectionPeriod } from "../periods/term-rules.ts";
import {
  categories,
  fourHistories as fourHistoryCodes,
  levels,
  penalties,
  sexLabels,
  sexes,
  threeInvolvements as threeInvolvementCodes,
  type Category,
  type FourHistory,
  type Level,
  type Sentence,
  type Sex,
  type SubjectStatus,
  type ThreeInvolvement,
} from "./codes.ts";
import { isValidEthnicity } from "./ethnicities.ts";

/** The statuses a file may be created with; the others are reached through lifecycle events. */
export const createStatuses = ["awaiting_report", "in_correction"] as const;
export type CreateStatus = (typeof createStatuses)[number];

/** The body of `POST /api/subjects` (docs/API.md), JSON names. */
export interface SubjectInput {
  name: string;
  sex: Sex;
  /** GB 3304 code "01".."56". */
  ethnicity: string;
  /** 18 characters, GB 11643. */
  idNumber: string;
  phone?: string;
  householdAddress?: string;
  /** 6 digits, GB/T 2260. */
  householdDivisionCode?: string;
  residenceAddress: string;
  residenceDivisionCode: string;
  category: Category;
  crime: string;
  sentence: Sentence;
  decidingAuthority: string;
  judgmentNumber: string;
  judgmentEffectiveOn?: DateString;
  correctionStartOn: DateString;
  correctionEndOn: DateString;
  officeId: string;
  level: Level;
  /** Default "in_correction". */
  status?: CreateStatus;
  receivedOn?: DateString;
  /** Set automatically when under 18 at the start; `false` cannot clear that. */
  minor?: boolean;
  fourHistories?: FourHistory[];
  threeInvolvements?: ThreeInvolvement[];
}

/** The optional fields a correction may clear by sending null. */
export const clearableSubjectFields = [
  "phone",
  "householdAddress",
  "householdDivisionCode",
  "judgmentEffectiveOn",
  "receivedOn",
] as const;
type ClearableKey = (typeof clearableSubjectFields)[number];

/**
 * The body of `PATCH /api/subjects/:id` without `version`: any fields of SubjectInput; null
 * clears one of the clearable optional fields.
 */
export type SubjectPatch = Partial<Omit<SubjectInput, ClearableKey>> & {
  [K in ClearableKey]?: SubjectInput[K] | null;
};

/** A checked and normalised subject: the input plus the birth date and minor flag the rules derive. */
export interface ValidSubject extends Omit<
  SubjectInput,
  "status" | "minor" | "fourHistories" | "threeInvolvements"
> {
  /** Trimmed, upper-case X. */
  idNumber: string;
  /** From the identity number. */
  birthDate: DateString;
  /** R-PR-2: under 18 on the first day of correction, or flagged so. */
  minor: boolean;
  status: SubjectStatus;
  fourHistories: FourHistory[];
  threeInvolvements: ThreeInvolvement[];
}

type OptionalKey =
  | "phone"
  | "householdAddress"
  | "householdDivisionCode"
  | "judgmentEffectiveOn"
  | "receivedOn"
  | "minor"
  | "fourHistories"
  | "threeInvolvements";

/** A stored file a patch applies to; optional fields may be null as read from the database. */
export type ExistingSubject = Omit<SubjectInput, OptionalKey | "status"> & {
  [K in OptionalKey]?: SubjectInput[K] | null;
} & { status?: SubjectStatus | null; birthDate?: DateString | null };

export interface SubjectValidationOptions {
  /** Today's date in Asia/Shanghai (see `todayIn`): births and decisions cannot be later. */
  today: DateString;
}

function fail(code: ErrorCode, field: string, message: string, extra: Record<string, unknown> = {}): never {
  throw new DomainError(code, { field, ...extra }, message);
}

function invalid(field: string, message: string, extra: Record<string, unknown> = {}): never {
  return fail("VALIDATION_FAILED", field, message, extra);
}

const absent = (v: unknown): v is null | undefined => v === undefined || v === null;

function requiredText(v: unknown, field: string, label: string, max: number): string {
  if (typeof v !== "string" || v.trim() === "") invalid(field, `请填写${label}`);
  const t = v.trim();
  if (Array.from(t).length > max) invalid(field, `${label}不能超过 ${max} 个字符`, { max });
  return t;
}

/** An optional text: absent, null and blank all mean "not given". */
function optionalText(v: unknown, field: string, label: string, max: number): string | undefined {
  if (absent(v) || (typeof v === "string" && v.trim() === "")) return undefined;
  return requiredText(v, field, label, max);
}

function oneOf<T extends string>(v: unknown, list: readonly T[], field: string, message: string): T {
  if (typeof v !== "string" || !(list as readonly string[]).includes(v))
    invalid(field, message, { allowed: list });
  return v as T;
}

function optionalDate(v: unknown, field: string, label: string, today: DateString): DateString | undefined {
  if (absent(v) || v === "") return undefined;
  if (!isValidDate(v)) invalid(field, `${label}不是有效日期（YYYY-MM-DD）`);
  if (compareDates(v, today) > 0) invalid(field, `${label}不能晚于今天`, { max: today });
  return v;
}

function codeList<T extends string>(v: unknown, list: readonly T[], field: string, label: string): T[] {
  if (absent(v)) return [];
  if (!Array.isArray(v)) invalid(field, `${label}应为代码列表`);
  const seen = new Set<T>();
  for (const code of v as unknown[]) {
    const c = oneOf(code, list, field, `${label}包含无效代码：${String(code)}`);
    if (seen.has(c)) invalid(field, `${label}包含重复代码：${c}`);
    seen.add(c);
  }
  return [...seen].sort();
}

function optionalCount(v: unknown, field: string, label: string, min: number): number | undefined {
  if (absent(v)) return undefined;
  if (typeof v !== "number" || !Number.isInteger(v) || v < min)
    invalid(field, `${label}应为不小于 ${min} 的整数`, { min });
  return v;
}

function checkSentence(v: unknown): Sentence {
  if (typeof v !== "object" || v === null || Array.isArray(v)) invalid("sentence", "请填写原判刑罚");
  const s = v as Record<string, unknown>;
  const sentence: Sentence = {
    penalty: oneOf(s.penalty, penalties, "sentence.penalty", "原判刑种无效"),
  };
  const termMonths = optionalCount(s.termMonths, "sentence.termMonths", "原判刑期（月）", 1);
  const probationMonths = optionalCount(s.probationMonths, "sentence.probationMonths", "缓刑考验期（月）", 1);
  const custodyDays = optionalCount(s.custodyDays, "sentence.custodyDays", "先行羁押天数", 0);
  const text = optionalText(s.text, "sentence.text", "判决刑罚表述", 200);
  if (termMonths !== undefined) sentence.termMonths = termMonths;
  if (probationMonths !== undefined) sentence.probationMonths = probationMonths;
  if (custodyDays !== undefined) sentence.custodyDays = custodyDays;
  if (text !== undefined) sentence.text = text;
  return sentence;
}

/** Checks everything; `record` is untrusted JSON shaped like SubjectInput. */
function validateRecord(
  record: Record<string, unknown>,
  statusList: readonly SubjectStatus[],
  minorFlag: boolean,
  { today }: SubjectValidationOptions,
): ValidSubject {
  if (!isValidDate(today)) throw new RangeError("today must be a date YYYY-MM-DD");

  const name = requiredText(record.name, "name", "姓名", 64);
  const sex = oneOf(record.sex, sexes, "sex", "性别应为男或女");
  if (!isValidEthnicity(record.ethnicity))
    fail("ETHNICITY_INVALID", "ethnicity", "民族代码无效，应为 GB 3304 的 01 至 56");
  const ethnicity = record.ethnicity;

  if (typeof record.idNumber !== "string") invalid("idNumber", "请填写身份证号码");
  const id = parseIdNumber(record.idNumber, today);
  if (id.sex !== sex) {
    fail("ID_NUMBER_SEX_MISMATCH", "sex", `身份证号码显示性别为${sexLabels[id.sex]}，与所填性别不一致`, {
      expected: id.sex,
    });
  }
  if (!absent(record.birthDate) && record.birthDate !== id.birthDate) {
    fail(
      "ID_NUMBER_BIRTH_MISMATCH",
      "birthDate",
      `身份证号码显示出生日期为 ${id.birthDate}，与所填出生日期不一致`,
      {
        expected: id.birthDate,
      },
    );
  }

  const phone = optionalText(record.phone, "phone", "联系电话", 32);
  if (phone !== undefined && !isValidPhone(phone)) {
    fail("PHONE_INVALID", "phone", "联系电话应为 11 位手机号码，或带区号的固定电话（如 0757-86281234）");
  }
  const householdAddress = optionalText(record.householdAddress, "householdAddress", "户籍地址", 200);
  const householdDivisionCode = optionalText(
    record.householdDivisionCode,
    "householdDivisionCode",
    "户籍地行政区划代码",
    6,
  );
  if (householdDivisionCode !== undefined && !isValidDivisionCode(householdDivisionCode)) {
    fail(
      "DIVISION_CODE_INVALID",
      "householdDivisionCode",
      "户籍地行政区划代码应为 6 位有效的 GB/T 2260 代码",
    );
  }
  const residenceAddress = requiredText(record.residenceAddress, "residenceAddress", "居住地址", 200);
  if (!isValidDivisionCode(record.residenceDivisionCode)) {
    fail(
      "DIVISION_CODE_INVALID",
      "residenceDivisionCode",
      "居住地行政区划代码应为 6 位有效的 GB/T 2260 代码",
    );
  }
  const residenceDivisionCode = record.residenceDivisionCode;

  const category = oneOf(
    record.category,
    categories,
    "category",
    "矫正类别应为 01 管制、02 缓刑、03 假释或 04 暂予监外执行",
  );
  const crime = requiredText(record.crime, "crime", "罪名", 200);
  const sentence = checkSentence(record.sentence);
  const decidingAuthority = requiredText(record.decidingAuthority, "decidingAuthority", "决定机关", 100);
  const judgmentNumber = requiredText(record.judgmentNumber, "judgmentNumber", "判决书（决定书）文号", 100);
  const judgmentEffectiveOn = optionalDate(
    record.judgmentEffectiveOn,
    "judgmentEffectiveOn",
    "判决生效日期",
    today,
  );

  const correctionStartOn = record.correctionStartOn as DateString;
  const correctionEndOn = record.correctionEndOn as DateString;
  validateCorrectionPeriod({ category, sentence, correctionStartOn, correctionEndOn });
  if (judgmentEffectiveOn !== undefined) {
    if (compareDates(judgmentEffectiveOn, correctionStartOn) > 0) {
      fail("CORRECTION_PERIOD_INVALID", "correctionStartOn", "矫正起始日期不能早于判决生效日期", {
        rule: "date",
        min: judgmentEffectiveOn,
      });
    }
    if (category === "02" && judgmentEffectiveOn !== correctionStartOn) {
      fail(
        "CORRECTION_PERIOD_INVALID",
        "correctionStartOn",
        "缓刑考验期从判决确定之日起计算，矫正起始日期应为判决生效日期",
        {
          rule: "CL 73",
          expected: judgmentEffectiveOn,
        },
      );
    }
  }

  const officeId = requiredText(record.officeId, "officeId", "负责的司法所", 64);
  const level = oneOf(record.level, levels, "level", "管理等级应为严管、普管或宽管");
  const status = absent(record.status)
    ? "in_correction"
    : oneOf(record.status, statusList, "status", "状态无效：只能填写待报到或在矫，其他状态经相应流程变更");
  const receivedOn = optionalDate(record.receivedOn, "receivedOn", "接收日期", today);
  if (!absent(record.minor) && typeof record.minor !== "boolean")
    invalid("minor", "未成年人标记应为 true 或 false");
  const fourHistories = codeList(record.fourHistories, fourHistoryCodes, "fourHistories", "四史");
  const threeInvolvements = codeList(
    record.threeInvolvements,
    threeInvolvementCodes,
    "threeInvolvements",
    "三涉",
  );

  const valid: ValidSubject = {
    name,
    sex,
    ethnicity,
    idNumber: id.idNumber,
    birthDate: id.birthDate,
    residenceAddress,
    residenceDivisionCode,
    category,
    crime,
    sentence,
    decidingAuthority,
    judgmentNumber,
    correctionStartOn,
    correctionEndOn,
    officeId,
    level,
    status,
    // R-PR-2: once under 18 at the start, always protected; a flag can add protection, never remove it.
    minor: minorFlag || isMinorOn(id.birthDate, correctionStartOn),
    fourHistories,
    threeInvolvements,
  };
  if (phone !== undefined) valid.phone = phone;
  if (householdAddress !== undefined) valid.householdAddress = householdAddress;
  if (householdDivisionCode !== undefined) valid.householdDivisionCode = householdDivisionCode;
  if (judgmentEffectiveOn !== undefined) valid.judgmentEffectiveOn = judgmentEffectiveOn;
  if (receivedOn !== undefined) valid.receivedOn = receivedOn;
  return valid;
}

/**
 * Checks a new subject file and derives its birth date and minor flag. `birthDate` is not part
 * of the API body; a caller that has one (an import, a form) may pass it to have it compared
 * with the identity number.
 */
export function validateSubjectInput(
  input: SubjectInput & { birthDate?: DateString },
  options: SubjectValidationOptions,
): ValidSubject {
  const record = input as unknown as Record<string, unknown>;
  return validateRecord(record, createStatuses, record.minor === true, options);
}

/**
 * Applies a patch to a stored file and checks the merged record as a whole. Fields absent from
 * the patch keep their stored values; null clears an optional field; a sentence is replaced
 * as a whole. The stored birth date is
 * derived again from the (possibly corrected) identity number, and a stored minor flag stays
 * unless the patch sets `minor: false` for someone who was 18 or older at the start.
 */
export function validateSubjectPatch(
  existing: ExistingSubject,
  patch: SubjectPatch,
  options: SubjectValidationOptions,
): ValidSubject {
  const merged: Record<string, unknown> = { ...(existing as Record<string, unknown>) };
  delete merged.birthDate;
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) merged[key] = value;
  }
  // Lifecycle states are reached through their events; a patch may only correct the initial state.
  const currentStatus = existing.status ?? "in_correction";
  const statusList: readonly SubjectStatus[] = (createStatuses as readonly SubjectStatus[]).includes(
    currentStatus,
  )
    ? createStatuses
    : [currentStatus];
  const minorFlag = patch.minor ?? existing.minor ?? false;
  return validateRecord(merged, statusList, minorFlag === true, options);
}
