/**
 * The term rules of DOMAIN.md §1: how long each category of subject is supervised.
 * A period of N months that starts on S ends on addMonths(S, N) minus one day
 * (start 2026-01-10, 2 years → end 2028-01-09).
 */
import { DomainError } from "../errors/codes.ts";
import type { Category, Penalty, Sentence } from "../subjects/codes.ts";
import { penaltyLabels } from "../subjects/codes.ts";
import { addDays, compareDates, isValidDate, lastDayOfMonths, type DateString } from "./dates.ts";

/**
 * Which end dates the law allows for a start date. `min`/`max` bound the end date (both
 * inclusive, `max` null when the law sets no bound); `expected` is set when exactly one end is lawful.
 */
export interface CorrectionPeriodBounds {
  min: DateString;
  max: DateString | null;
  expected: DateString | null;
  /** The article the bounds come from, e.g. "CL 73". */
  rule: string;
}

export interface CorrectionPeriodInput {
  category: Category;
  sentence: Sentence;
  correctionStartOn: DateString;
  correctionEndOn: DateString;
}

/** Life parole lasts ten years (CL 83). */
const lifeParoleMonths = 120;
/** Upper bound of any fixed-term sentence, including commuted death sentences and combined terms (CL 50, 69). */
const maxFixedTermMonths = 300;

type Details = { rule: string; field: string; min?: unknown; max?: unknown; expected?: unknown };

function periodError(details: Details, message: string): DomainError {
  return new DomainError("CORRECTION_PERIOD_INVALID", { ...details }, message);
}

function requirePenalty(sentence: Sentence, allowed: readonly Penalty[], rule: string, message: string) {
  if (!allowed.includes(sentence.penalty)) {
    throw periodError({ rule, field: "sentence.penalty", expected: allowed }, message);
  }
}

function checkMonths(
  value: number | undefined,
  field: string,
  rule: string,
  label: string,
  min: number,
  max: number,
) {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw periodError({ rule, field, min, max }, `${label}应为 ${min} 至 ${max} 个月之间的整数月数`);
  }
}

function requireMonths(value: number | undefined, field: string, rule: string, label: string): number {
  if (value === undefined) {
    throw periodError({ rule, field }, `请填写${label}（月数）`);
  }
  return value;
}

/**
 * The lawful end dates for a category, sentence and start date. Throws
 * `CORRECTION_PERIOD_INVALID` when the sentence itself does not fit the category's rules
 * (e.g. 缓刑 of 拘役 with a 1-month probation).
 */
export function correctionPeriodBounds(
  category: Category,
  given: Sentence,
  startOn: DateString,
): CorrectionPeriodBounds {
  // JSON may carry null for an absent number.
  const sentence: Sentence = {
    ...given,
    termMonths: given.termMonths ?? undefined,
    probationMonths: given.probationMonths ?? undefined,
    custodyDays: given.custodyDays ?? undefined,
  };
  if (!isValidDate(startOn)) {
    throw periodError({ rule: "date", field: "correctionStartOn" }, "矫正起始日期不是有效日期（YYYY-MM-DD）");
  }
  const custodyDays = sentence.custodyDays ?? 0;
  if (!Number.isInteger(custodyDays) || custodyDays < 0) {
    throw periodError(
      { rule: "CL 41", field: "sentence.custodyDays", min: 0 },
      "先行羁押天数应为不小于 0 的整数",
    );
  }
  switch (category) {
    case "01": {
      // 管制: 3 months to 2 years (CL 38); from execution; a day in custody offsets two (CL 41).
      requirePenalty(sentence, ["surveillance"], "CL 38", "管制类矫正对象的原判刑罚应为管制");
      checkMonths(sentence.termMonths, "sentence.termMonths", "CL 38", "管制刑期", 3, 24);
      if (sentence.termMonths === undefined) {
        return { min: addDays(startOn, 1), max: lastDayOfMonths(startOn, 24), expected: null, rule: "CL 38" };
      }
      const end = addDays(lastDayOfMonths(startOn, sentence.termMonths), -2 * custodyDays);
      if (compareDates(end, startOn) < 0) {
        throw periodError(
          { rule: "CL 41", field: "sentence.custodyDays" },
          "先行羁押一日折抵管制刑期二日，折抵后已无剩余管制期限，不应纳入社区矫正",
        );
      }
      return { min: end, max: end, expected: end, rule: "CL 38 / CL 41" };
    }
    case "02": {
      // 缓刑: probation from the day the judgment is final (CL 73).
      requirePenalty(
        sentence,
        ["criminal_detention", "fixed_term"],
        "CL 72",
        "缓刑只适用于被判处拘役或者三年以下有期徒刑的犯罪分子",
      );
      const detention = sentence.penalty === "criminal_detention";
      const termLabel = `原判${penaltyLabels[sentence.penalty]}刑期`;
      const term = requireMonths(sentence.termMonths, "sentence.termMonths", "CL 72", termLabel);
      // 拘役 is 1 to 6 months (CL 42); 有期徒刑 at least 6 months (CL 45), suspended only up to 3 years (CL 72).
      if (detention) checkMonths(term, "sentence.termMonths", "CL 42", termLabel, 1, 6);
      else checkMonths(term, "sentence.termMonths", "CL 72", termLabel, 6, 36);
      const probation = requireMonths(
        sentence.probationMonths,
        "sentence.probationMonths",
        "CL 73",
        "缓刑考验期",
      );
      const [floor, ceiling] = detention ? [2, 12] : [12, 60];
      const min = Math.max(term, floor);
      if (!Number.isInteger(probation) || probation < min || probation > ceiling) {
        throw periodError(
          { rule: "CL 73", field: "sentence.probationMonths", min, max: ceiling },
          detention
            ? "缓刑考验期不得少于原判刑期，且拘役缓刑的考验期为原判刑期以上一年以下，不能少于二个月"
            : "缓刑考验期不得少于原判刑期，且有期徒刑缓刑的考验期为一年以上五年以下",
        );
      }
      const end = lastDayOfMonths(startOn, probation);
      return { min: end, max: end, expected: end, rule: "CL 73" };
    }
    case "03": {
      // 假释: the unserved term; ten years after a life sentence (CL 83); from release.
      requirePenalty(
        sentence,
        ["fixed_term", "life", "death_suspended"],
        "CL 81",
        "假释只适用于被判处有期徒刑、无期徒刑或者死刑缓期执行后减刑的犯罪分子",
      );
      if (sentence.penalty === "life") {
        const end = lastDayOfMonths(startOn, lifeParoleMonths);
        return { min: end, max: end, expected: end, rule: "CL 83" };
      }
      checkMonths(sentence.termMonths, "sentence.termMonths", "CL 45", "原判刑期", 1, maxFixedTermMonths);
      const months = sentence.termMonths ?? maxFixedTermMonths;
      return {
        min: addDays(startOn, 1),
        max: lastDayOfMonths(startOn, months),
        expected: null,
        rule: "CL 83",
      };
    }
    case "04": {
      // 暂予监外执行: until the condition ends or the term expires; never a 管制 sentence (CPL 265).
      requirePenalty(
        sentence,
        ["criminal_detention", "fixed_term", "life", "death_suspended"],
        "CPL 265",
        "暂予监外执行适用于被判处有期徒刑、拘役或者无期徒刑的罪犯，管制不涉及监外执行",
      );
      checkMonths(sentence.termMonths, "sentence.termMonths", "CL 45", "原判刑期", 1, maxFixedTermMonths);
      const max = sentence.termMonths === undefined ? null : lastDayOfMonths(startOn, sentence.termMonths);
      return { min: addDays(startOn, 1), max, expected: null, rule: "CPL 265" };
    }
  }
}

/**
 * The end date the law fixes, or null where it gives no single answer (管制 without a term,
 * 假释 of a fixed term, 暂予监外执行) or where the sentence does not fit the category.
 */
export function computeCorrectionEnd(
  category: Category,
  sentence: Sentence,
  startOn: DateString,
): DateString | null {
  try {
    return correctionPeriodBounds(category, sentence, startOn).expected;
  } catch (e) {
    if (e instanceof DomainError) return null;
    throw e;
  }
}

function categoryMessage(category: Category, bounds: CorrectionPeriodBounds): string {
  switch (category) {
    case "01":
      return bounds.expected
        ? `管制期限自执行之日起计算，先行羁押一日折抵刑期二日，矫正终止日期应为 ${bounds.expected}`
        : "管制期限为三个月以上二年以下，矫正终止日期应晚于起始日期且不超过二年";
    case "02":
      return `缓刑考验期自判决确定之日起计算，矫正终止日期应为 ${bounds.expected ?? ""}`;
    case "03":
      return bounds.expected
        ? `无期徒刑的假释考验期限为十年，自假释之日起计算，矫正终止日期应为 ${bounds.expected}`
        : "有期徒刑的假释考验期限为没有执行完毕的刑期，矫正终止日期应晚于起始日期且不超过原判刑期";
    case "04":
      return "暂予监外执行的矫正终止日期应晚于起始日期，且不超过原判刑期";
  }
}

/**
 * Checks a correction period against the term rules of its category (DOMAIN.md §1). Throws
 * `CORRECTION_PERIOD_INVALID` with details `{ rule, field, min?, max?, expected? }` and a
 * Chinese explanation.
 */
export function validateCorrectionPeriod(input: CorrectionPeriodInput): CorrectionPeriodBounds {
  const { category, sentence, correctionStartOn, correctionEndOn } = input;
  if (!isValidDate(correctionStartOn)) {
    throw periodError({ rule: "date", field: "correctionStartOn" }, "矫正起始日期不是有效日期（YYYY-MM-DD）");
  }
  if (!isValidDate(correctionEndOn)) {
    throw periodError({ rule: "date", field: "correctionEndOn" }, "矫正终止日期不是有效日期（YYYY-MM-DD）");
  }
  if (compareDates(correctionEndOn, correctionStartOn) < 0) {
    throw periodError(
      { rule: "date", field: "correctionEndOn", min: correctionStartOn },
      "矫正终止日期不能早于起始日期",
    );
  }
  const bounds = correctionPeriodBounds(category, sentence, correctionStartOn);
  const tooEarly = compareDates(correctionEndOn, bounds.min) < 0;
  const tooLate = bounds.max !== null && compareDates(correctionEndOn, bounds.max) > 0;
  if (tooEarly || tooLate) {
    const details: Details = { rule: bounds.rule, field: "correctionEndOn" };
    if (bounds.expected) details.expected = bounds.expected;
    else {
      details.min = bounds.min;
      if (bounds.max) details.max = bounds.max;
    }
    throw periodError(details, categoryMessage(category, bounds));
  }
  return bounds;
}
