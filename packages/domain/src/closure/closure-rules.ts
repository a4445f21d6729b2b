/**
 * When a case may end and what its end records (R-RL-1, R-TM-1), and the "is it due" tests of
 * the release sweep: pure, with today as a parameter.
 */
import { DomainError } from "../errors/codes.ts";
import type { CaseRules } from "../deadlines/case-rules.ts";
import { stepDate } from "../investigations/commission.ts";
import { addDays, compareDates, type DateString } from "../periods/dates.ts";
import {
  releaseGroundLabels,
  terminationGroundCategories,
  terminationGroundLabels,
  terminationTypeCodes,
  type ReleaseGround,
  type ReleaseType,
  type TerminationGround,
} from "./codes.ts";

const notBeforeStart = (date: DateString) => ({ date, label: "矫正起始日期" });

/** R-RL-1: the personal summary and appraisal are dated, not later than today nor before the start. */
export function checkReleasePreparation(input: {
  preparedOn: DateString;
  today: DateString;
  correctionStartOn: DateString;
}): DateString {
  return stepDate(
    input.preparedOn,
    "preparedOn",
    "解矫准备日期",
    input.today,
    notBeforeStart(input.correctionStartOn),
  );
}

export interface ReleaseCheck {
  ground: ReleaseGround;
  releasedOn: DateString;
  today: DateString;
  correctionStartOn: DateString;
  correctionEndOn: DateString;
}

/**
 * R-RL-1: a release at expiry comes on or after the end date, both today and as dated (409
 * RELEASE_NOT_DUE); a pardon may come at any time. Answers the release type code (01 期满解除,
 * 99 其他 for a pardon).
 */
export function checkRelease(r: ReleaseCheck): ReleaseType {
  stepDate(r.releasedOn, "releasedOn", "解除日期", r.today, notBeforeStart(r.correctionStartOn));
  if (r.ground === "pardon") return "99";
  if (compareDates(r.today, r.correctionEndOn) < 0 || compareDates(r.releasedOn, r.correctionEndOn) < 0)
    throw new DomainError(
      "RELEASE_NOT_DUE",
      { correctionEndOn: r.correctionEndOn, releasedOn: r.releasedOn, ground: r.ground },
      `矫正期至 ${r.correctionEndOn} 届满，${releaseGroundLabels.expiry}解除不能早于该日`,
    );
  return "01";
}

export interface TerminationCheck {
  ground: TerminationGround;
  category: string;
  decidedOn: DateString;
  rulingNumber?: string | null;
  today: DateString;
}

/**
 * R-TM-1 (LAW 45): the ground fits the category (revocation of 缓刑 only for 缓刑, of 假释 only
 * for 假释, 收监 only for 暂予监外执行), a ruling or decision is cited unless the subject died,
 * and the date is not in the future. Answers the release type code of the ground.
 */
export function checkTermination(t: TerminationCheck): ReleaseType {
  if (!terminationGroundCategories[t.ground].includes(t.category))
    throw new DomainError(
      "VALIDATION_FAILED",
      { field: "ground", allowedCategories: terminationGroundCategories[t.ground] },
      `“${terminationGroundLabels[t.ground]}”不适用于该类别的矫正对象`,
    );
  stepDate(t.decidedOn, "decidedOn", "终止日期", t.today);
  if (t.ground !== "death" && !t.rulingNumber?.trim())
    throw new DomainError(
      "FACTS_MISSING",
      { field: "rulingNumber", missing: ["rulingNumber"] },
      "撤销缓刑、假释或收监执行须填写裁定（决定）文号",
    );
  return terminationTypeCodes[t.ground];
}

/** Release sweep: the correction period has ended, the release is due (on or after the end date). */
export function isReleaseDue(correctionEndOn: DateString, today: DateString): boolean {
  return compareDates(today, correctionEndOn) >= 0;
}

/** Release sweep: the period before the end in which the summary and appraisal are due has begun. */
export function isReleasePreparationOpen(
  rules: Pick<CaseRules, "releasePreparationDays">,
  correctionEndOn: DateString,
  today: DateString,
): boolean {
  return compareDates(addDays(today, rules.releasePreparationDays), correctionEndOn) >= 0;
}

/** Deadline sweep: an open deadline whose last day has passed. */
export function isOverdue(dueOn: DateString, today: DateString): boolean {
  return compareDates(today, dueOn) > 0;
}
