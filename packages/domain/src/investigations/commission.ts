/** R-IV-1: a commission for an investigation (调查评估) and its opinion, checked before anything is stored. */
import { DomainError } from "../errors/codes.ts";
import { isMinorOn, parseIdNumber } from "../identity/id-number.ts";
import { isValidDivisionCode } from "../organizations/division-codes.ts";
import { compareDates, isValidDate, type DateString } from "../periods/dates.ts";
import { categories, sexes, type Category, type Sex } from "../subjects/codes.ts";

export const investigationStatuses = ["received", "assigned", "concluded"] as const;
export type InvestigationStatus = (typeof investigationStatuses)[number];
export const investigationStatusLabels: Record<InvestigationStatus, string> = {
  received: "已接收委托",
  assigned: "调查中",
  concluded: "已出具意见",
};

export const opinions = ["suitable", "unsuitable"] as const;
export type Opinion = (typeof opinions)[number];
export const opinionLabels: Record<Opinion, string> = {
  suitable: "适宜社区矫正",
  unsuitable: "不适宜社区矫正",
};

export const intervieweeRelations = ["relative", "committee", "employer", "victim", "other"] as const;
export type IntervieweeRelation = (typeof intervieweeRelations)[number];
export const intervieweeRelationLabels: Record<IntervieweeRelation, string> = {
  relative: "家庭成员或亲属",
  committee: "村(居)民委员会",
  employer: "所在单位或就读学校",
  victim: "被害人",
  other: "其他",
};

/** Who may commission an investigation (LAW 18; SPC21 282). */
export const commissioningOrgKinds = ["court", "procuratorate", "police", "prison"] as const;

export interface CommissionInput {
  commissioningOrgId: string;
  commissionNumber?: string;
  receivedOn: DateString;
  fastTrack: boolean;
  personName: string;
  sex: Sex;
  idNumber: string;
  residenceAddress: string;
  residenceDivisionCode?: string;
  proposedCategory: Category;
  crime: string;
}

export interface ValidCommission extends CommissionInput {
  birthDate: DateString;
  minor: boolean;
}

function invalid(field: string, message: string): never {
  throw new DomainError("VALIDATION_FAILED", { field }, message);
}

function text(v: unknown, field: string, label: string, max: number): string {
  const t = typeof v === "string" ? v.trim() : "";
  if (!t) invalid(field, `请填写${label}`);
  if (Array.from(t).length > max) invalid(field, `${label}不能超过 ${max} 个字`);
  return t;
}

/** A date of a step: a real date, not in the future, not before `notBefore` when given. */
export function stepDate(
  v: unknown,
  field: string,
  label: string,
  today: DateString,
  notBefore?: { date: DateString; label: string },
): DateString {
  if (!isValidDate(v)) invalid(field, `${label}不是有效日期（YYYY-MM-DD）`);
  if (compareDates(v, today) > 0) invalid(field, `${label}不能晚于今天`);
  if (notBefore && compareDates(v, notBefore.date) < 0)
    invalid(field, `${label}不能早于${notBefore.label}（${notBefore.date}）`);
  return v;
}

/** Checks a commission: the person's identity number against the stated sex, the dates, the codes. */
export function validateCommission(input: CommissionInput, today: DateString): ValidCommission {
  const personName = text(input.personName, "personName", "被调查人姓名", 30);
  const parsed = parseIdNumber(input.idNumber, today);
  if (!sexes.includes(input.sex)) invalid("sex", "性别无效");
  if (parsed.sex !== input.sex) throw new DomainError("ID_NUMBER_SEX_MISMATCH", { field: "sex" });
  const receivedOn = stepDate(input.receivedOn, "receivedOn", "收到委托日期", today);
  if (!categories.includes(input.proposedCategory)) invalid("proposedCategory", "拟适用的矫正类别无效");
  if (input.residenceDivisionCode !== undefined && !isValidDivisionCode(input.residenceDivisionCode))
    throw new DomainError("DIVISION_CODE_INVALID", { field: "residenceDivisionCode" });
  return {
    ...input,
    personName,
    idNumber: parsed.idNumber,
    receivedOn,
    commissionNumber: input.commissionNumber?.trim() || undefined,
    residenceAddress: text(input.residenceAddress, "residenceAddress", "居住地", 200),
    crime: text(input.crime, "crime", "涉嫌罪名", 100),
    birthDate: parsed.birthDate,
    minor: isMinorOn(parsed.birthDate, receivedOn),
  };
}

/** The opinion's reasons are required, whichever way it goes (R-IV-1). */
export function validateOpinion(
  input: { opinion: Opinion; reasons: string; opinionOn: DateString },
  today: DateString,
  receivedOn: DateString,
): { opinion: Opinion; reasons: string; opinionOn: DateString } {
  if (!opinions.includes(input.opinion)) invalid("opinion", "评估意见应为适宜或不适宜社区矫正");
  return {
    opinion: input.opinion,
    reasons: text(input.reasons, "reasons", "评估意见的理由", 4000),
    opinionOn: stepDate(input.opinionOn, "opinionOn", "出具意见日期", today, {
      date: receivedOn,
      label: "收到委托日期",
    }),
  };
}

/** The steps of an investigation and the statuses they are open in. */
export const investigationSteps = {
  assign: ["received", "assigned"],
  transcript: ["assigned"],
  extend: ["received", "assigned"],
  opinion: ["assigned"],
} as const satisfies Record<string, readonly InvestigationStatus[]>;
export type InvestigationStep = keyof typeof investigationSteps;

/** Refuses a step the investigation's status does not allow (409). */
export function checkInvestigationStep(step: InvestigationStep, status: InvestigationStatus): void {
  const allowed: readonly InvestigationStatus[] = investigationSteps[step];
  if (allowed.includes(status)) return;
  if (status === "concluded") throw new DomainError("INVESTIGATION_CLOSED", { step, status });
  throw new DomainError("INVESTIGATION_NOT_ASSIGNED", { step, status, allowedFrom: allowed });
}
