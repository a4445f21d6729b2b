/** The subject form's values and the API's bodies: form values → POST and PATCH bodies, a stored subject or an investigation → form values. */
import type { Category, Penalty, Sentence, SubjectInput } from "@zhijiao/domain";
import type { InvestigationView, Subject } from "../../../api/types";
import { trimmed } from "../../../lib/text";

/** What the form holds: SubjectInput with every field possibly empty while typing. */
export type FormValues = Partial<Omit<SubjectInput, "sentence">> & { sentence?: Partial<Sentence> };

/** Every field name of the form, as `details.field` names them. */
export const formFields = [
  "name",
  "sex",
  "ethnicity",
  "idNumber",
  "phone",
  "householdAddress",
  "householdDivisionCode",
  "residenceAddress",
  "residenceDivisionCode",
  "category",
  "crime",
  "sentence.penalty",
  "sentence.termMonths",
  "sentence.probationMonths",
  "sentence.custodyDays",
  "sentence.text",
  "decidingAuthority",
  "judgmentNumber",
  "judgmentEffectiveOn",
  "correctionStartOn",
  "correctionEndOn",
  "officeId",
  "level",
  "status",
  "receivedOn",
  "minor",
  "fourHistories",
  "threeInvolvements",
] as const;

/** Codes whose errors concern one field even when the server names none. */
export const fieldOfCode: Record<string, string> = {
  ID_NUMBER_INVALID: "idNumber",
  ID_NUMBER_DUPLICATE: "idNumber",
  ID_NUMBER_SEX_MISMATCH: "sex",
  PHONE_INVALID: "phone",
  ETHNICITY_INVALID: "ethnicity",
  CORRECTION_PERIOD_INVALID: "correctionEndOn",
  OFFICE_INVALID: "officeId",
};

/** Penalties without a term in months. */
export const termless: readonly Penalty[] = ["life", "death_suspended"];

function num(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/** The sentence as the API takes it: only the numbers that apply to the penalty and category. */
export function toSentence(
  s: Partial<Sentence> | undefined,
  category: Category | undefined,
): Sentence | undefined {
  if (!s?.penalty) return undefined;
  const out: Sentence = { penalty: s.penalty };
  const term = num(s.termMonths);
  const probation = num(s.probationMonths);
  const custody = num(s.custodyDays);
  const text = trimmed(s.text);
  if (term !== undefined && !termless.includes(s.penalty)) out.termMonths = term;
  if (probation !== undefined && category === "02") out.probationMonths = probation;
  if (custody !== undefined) out.custodyDays = custody;
  if (text !== undefined) out.text = text;
  return out;
}

/** Form values → the request body fields (absent optional fields left out). */
export function toRecord(v: FormValues, creating: boolean): Record<string, unknown> {
  const r: Record<string, unknown> = {
    name: trimmed(v.name),
    sex: v.sex,
    ethnicity: v.ethnicity,
    idNumber: trimmed(v.idNumber)?.toUpperCase(),
    phone: trimmed(v.phone),
    householdAddress: trimmed(v.householdAddress),
    householdDivisionCode: trimmed(v.householdDivisionCode),
    residenceAddress: trimmed(v.residenceAddress),
    residenceDivisionCode: trimmed(v.residenceDivisionCode),
    category: v.category,
    crime: trimmed(v.crime),
    sentence: toSentence(v.sentence, v.category),
    decidingAuthority: trimmed(v.decidingAuthority),
    judgmentNumber: trimmed(v.judgmentNumber),
    judgmentEffectiveOn: v.judgmentEffectiveOn || undefined,
    correctionStartOn: v.correctionStartOn || undefined,
    correctionEndOn: v.correctionEndOn || undefined,
    officeId: v.officeId,
    level: v.level,
    status: v.status,
    receivedOn: v.receivedOn || undefined,
    minor: v.minor,
    fourHistories: v.fourHistories ?? [],
    threeInvolvements: v.threeInvolvements ?? [],
  };
  if (!creating) {
    delete r.status;
    // R-SV-1: the level changes only through a proposal and its approval.
    delete r.level;
    if (r.minor === false) delete r.minor;
  }
  for (const k of Object.keys(r)) if (r[k] === undefined) delete r[k];
  return r;
}

/** A stored subject as form values (identity number and phone are entered only to correct them). */
export function fromSubject(s: Subject): FormValues {
  return {
    name: s.name,
    sex: s.sex,
    ethnicity: s.ethnicity,
    householdAddress: s.householdAddress ?? undefined,
    householdDivisionCode: s.householdDivisionCode ?? undefined,
    residenceAddress: s.residenceAddress,
    residenceDivisionCode: s.residenceDivisionCode,
    category: s.category,
    crime: s.crime,
    sentence: { ...s.sentence },
    decidingAuthority: s.decidingAuthority,
    judgmentNumber: s.judgmentNumber,
    judgmentEffectiveOn: s.judgmentEffectiveOn ?? undefined,
    correctionStartOn: s.correctionStartOn,
    correctionEndOn: s.correctionEndOn,
    officeId: s.officeId,
    level: s.level,
    receivedOn: s.receivedOn ?? undefined,
    minor: s.minor,
    fourHistories: s.fourHistories ?? [],
    threeInvolvements: s.threeInvolvements ?? [],
  };
}

/** Optional text a PATCH clears by sending it blank (the domain reads blank as "not given"). */
const clearableText = new Set(["householdAddress"]);

/** The fields that changed, for PATCH; identity number and phone only when re-entered. */
export function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const k of keys) {
    if (k === "idNumber" || k === "phone") {
      if (after[k] !== undefined) patch[k] = after[k];
      continue;
    }
    if (JSON.stringify(before[k]) === JSON.stringify(after[k])) continue;
    if (after[k] === undefined) {
      if (clearableText.has(k)) patch[k] = "";
      continue;
    }
    patch[k] = after[k];
  }
  return patch;
}

/** A concluded investigation's person as the start of a file awaiting report. */
export function fromInvestigation(inv: InvestigationView): FormValues {
  return {
    status: "awaiting_report",
    level: "strict",
    name: inv.personName,
    sex: inv.sex,
    residenceAddress: inv.residenceAddress,
    residenceDivisionCode: inv.residenceDivisionCode ?? undefined,
    category: inv.proposedCategory,
    crime: inv.crime,
    officeId: inv.officeId ?? undefined,
    decidingAuthority: inv.commissioningOrgName,
    minor: inv.minor ?? false,
    fourHistories: [],
    threeInvolvements: [],
  };
}
