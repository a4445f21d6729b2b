/**
 * Rewards and sanctions (DOMAIN.md §6, LAW 28): what each measure is, which categories it
 * applies to, who it goes to once the county agency approves it, and what the record supports.
 * The system proposes, people decide: `suggestSanctions` only names rules and their facts.
 */
import { DomainError } from "../errors/codes.ts";
import { addDays, addMonths, compareDates, daysBetween, type DateString } from "../periods/dates.ts";
import { categoryLabels, type Category } from "../subjects/codes.ts";
import type { DocumentKind } from "../documents/kinds.ts";
import type { SanctionRules } from "./sanction-rules.ts";

export const sanctionKinds = [
  "commendation",
  "reprimand",
  "warning",
  "police_penalty",
  "revoke_probation",
  "revoke_parole",
  "committal",
  "arrest",
  "reduction",
] as const;
export type SanctionKind = (typeof sanctionKinds)[number];

export const sanctionKindLabels: Record<SanctionKind, string> = {
  commendation: "表扬",
  reprimand: "训诫",
  warning: "警告",
  police_penalty: "提请治安管理处罚",
  revoke_probation: "提请撤销缓刑",
  revoke_parole: "提请撤销假释",
  committal: "提请收监执行",
  arrest: "提请逮捕",
  reduction: "减刑建议",
};

export const sanctionStatuses = ["proposed", "approved", "rejected"] as const;
export type SanctionStatus = (typeof sanctionStatuses)[number];
export const sanctionStatusLabels: Record<SanctionStatus, string> = {
  proposed: "待审批",
  approved: "已批准",
  rejected: "不予批准",
};

/** The rule each measure rests on. */
export const sanctionRuleIds: Record<SanctionKind, string> = {
  commendation: "R-SN-7",
  reprimand: "R-SN-1",
  warning: "R-SN-2",
  police_penalty: "R-SN-3",
  revoke_probation: "R-SN-4",
  revoke_parole: "R-SN-4",
  committal: "R-SN-5",
  arrest: "R-SN-6",
  reduction: "R-SN-6",
};

/** The document an approval issues (a commendation is recorded on the file without one). */
export const sanctionDocumentKinds: Record<SanctionKind, DocumentKind | null> = {
  commendation: null,
  reprimand: "reprimand-decision",
  warning: "warning-decision",
  police_penalty: "police-penalty-proposal",
  revoke_probation: "revoke-probation-proposal",
  revoke_parole: "revoke-parole-proposal",
  committal: "committal-proposal",
  arrest: "arrest-proposal",
  reduction: "reduction-proposal",
};

/**
 * Who takes the measure once the county agency approves it: the agency itself (commendation,
 * reprimand, warning), the police (R-SN-3), or a court (R-SN-6: revocation and committal to the
 * court of the place of execution or the original court, LAW 46/49; arrest with a revocation,
 * LAW 47; reduction to the intermediate court, LAW 33).
 */
export type SanctionAddressee = "county" | "police" | "court" | "intermediate_court";
export const sanctionAddressees: Record<SanctionKind, SanctionAddressee> = {
  commendation: "county",
  reprimand: "county",
  warning: "county",
  police_penalty: "police",
  revoke_probation: "court",
  revoke_parole: "court",
  committal: "court",
  arrest: "court",
  reduction: "intermediate_court",
};

/** Every measure is decided by the county agency after the office's investigation (R-SN-1). */
export const sanctionDecider = "county" as const;

/** The categories a measure applies to (R-SN-3, R-SN-4, R-SN-5); absent: all of them. */
const allowedCategories: Partial<Record<SanctionKind, readonly Category[]>> = {
  // R-SN-3: not for 假释 (any breach can revoke parole, CL 86).
  police_penalty: ["01", "02", "04"],
  // R-SN-4: revocation only of 缓刑 or 假释.
  revoke_probation: ["02"],
  revoke_parole: ["03"],
  // R-SN-5: 收监 only for 暂予监外执行.
  committal: ["04"],
};

/** R-SN-3/4/5: refuses a measure the subject's category does not allow (400 SANCTION_CATEGORY). */
export function checkSanctionCategory(kind: SanctionKind, category: string): void {
  const allowed = allowedCategories[kind];
  if (!allowed || (allowed as readonly string[]).includes(category)) return;
  const label = categoryLabels[category as Category] ?? category;
  throw new DomainError(
    "SANCTION_CATEGORY",
    { field: "kind", kind, category, allowed, rule: sanctionRuleIds[kind] },
    `${sanctionKindLabels[kind]}不适用于${label}类矫正对象（${sanctionRuleIds[kind]}：适用于${allowed
      .map((c) => categoryLabels[c])
      .join("、")}）`,
  );
}

/** R-SN-7: a commendation once the subject has been under correction the minimum months (cfg). */
export function checkCommendationTime(
  rules: SanctionRules,
  correctionStartOn: DateString,
  today: DateString,
): void {
  const earliest = addMonths(correctionStartOn, rules.commendationMinMonths);
  if (compareDates(today, earliest) < 0)
    throw new DomainError(
      "COMMENDATION_TOO_EARLY",
      { field: "kind", rule: "R-SN-7", earliestOn: earliest, minMonths: rules.commendationMinMonths },
      `在矫满${rules.commendationMinMonths}个月后方可提请表扬（R-SN-7），最早 ${earliest}`,
    );
}

/**
 * R-SN-6: the day to follow up a court's ruling on an approved proposal (30 days; an arrest 48
 * hours, tracked as 2 days); null for measures that do not go to a court. The law counts the
 * court's period from its receipt of the proposal (LAW 33, 47-49), a day the agency does not
 * record; this date counts from the day of issue, when the proposal is sent, so it is the
 * earliest the court's period can end. The documents therefore state the law's period from
 * receipt and print no date of their own.
 */
export function courtRulingDue(
  rules: SanctionRules,
  kind: SanctionKind,
  decidedOn: DateString,
): DateString | null {
  const addressee = sanctionAddressees[kind];
  if (addressee !== "court" && addressee !== "intermediate_court") return null;
  return addDays(decidedOn, kind === "arrest" ? rules.arrestDecisionDays : rules.courtRulingDays);
}

/** A measure on the file, as the suggestions read it. */
export interface SanctionFact {
  id: string;
  kind: SanctionKind;
  status: SanctionStatus;
  /** The day of the decision (approved or rejected); null while proposed. */
  decidedOn: DateString | null;
  facts: string;
}

/** What the suggestions are made from. */
export interface SanctionRecord {
  category: string;
  sanctions: readonly SanctionFact[];
  /** Days of absence or late reporting (unreturned leave, loss of contact) not yet sanctioned. */
  absenceDays: number;
}

/** What triggered a suggestion: earlier measures, or days of absence. */
export type SuggestionFact =
  | {
      type: "sanction";
      id: string;
      kind: SanctionKind;
      label: string;
      decidedOn: DateString | null;
      facts: string;
    }
  | { type: "absence"; days: number };

export interface SanctionSuggestion {
  kind: SanctionKind;
  label: string;
  rule: string;
  /** Why, in plain Chinese. */
  grounds: string;
  facts: SuggestionFact[];
}

/** How strong each measure is, for "not corrected since": a stronger approved measure answers the weaker ones. */
const severity: Record<SanctionKind, number> = {
  commendation: 0,
  reprimand: 1,
  warning: 2,
  police_penalty: 3,
  reduction: 0,
  revoke_probation: 4,
  revoke_parole: 4,
  committal: 4,
  arrest: 4,
};

/**
 * Approved measures of `kind` not yet answered by a stronger approved measure: the ones that
 * "were not corrected" in R-SN-2/4/5 terms (a warning answers the reprimands before it).
 */
export function uncorrected(sanctions: readonly SanctionFact[], kind: SanctionKind): SanctionFact[] {
  const approved = sanctions
    .filter((s) => s.status === "approved" && s.decidedOn !== null)
    .slice()
    .sort((a, b) => compareDates(a.decidedOn!, b.decidedOn!));
  let lastStronger: DateString | null = null;
  for (const s of approved) if (severity[s.kind] > severity[kind]) lastStronger = s.decidedOn;
  return approved.filter(
    (s) => s.kind === kind && (lastStronger === null || compareDates(s.decidedOn!, lastStronger) > 0),
  );
}

function sanctionFact(s: SanctionFact): SuggestionFact {
  return {
    type: "sanction",
    id: s.id,
    kind: s.kind,
    label: sanctionKindLabels[s.kind],
    decidedOn: s.decidedOn,
    facts: s.facts,
  };
}

/** The revocation (or committal) a category allows: R-SN-4 for 缓刑/假释, R-SN-5 for 暂予监外执行. */
function revocationFor(category: string): SanctionKind | null {
  if (category === "02") return "revoke_probation";
  if (category === "03") return "revoke_parole";
  if (category === "04") return "committal";
  return null;
}

/**
 * What the record now supports (R-SN-1/2/4/5), each with its rule and the facts that triggered
 * it; measures already proposed and awaiting decision are not suggested again. Pure: a person
 * with the right role decides.
 */
export function suggestSanctions(rules: SanctionRules, record: SanctionRecord): SanctionSuggestion[] {
  const out: SanctionSuggestion[] = [];
  const pending = new Set(record.sanctions.filter((s) => s.status === "proposed").map((s) => s.kind));
  const add = (s: Omit<SanctionSuggestion, "label" | "rule"> & { rule?: string }) => {
    if (pending.has(s.kind) || out.some((o) => o.kind === s.kind)) return;
    out.push({ label: sanctionKindLabels[s.kind], rule: s.rule ?? sanctionRuleIds[s.kind], ...s });
  };
  const revocation = revocationFor(record.category);

  const warnings = uncorrected(record.sanctions, "warning");
  if (revocation && warnings.length >= rules.warningsForRevocation)
    add({
      kind: revocation,
      grounds: `受到警告${warnings.length}次仍不改正`,
      facts: warnings.map(sanctionFact),
    });

  const days = record.absenceDays;
  if (revocation && days > rules.absenceRevocationDays)
    add({
      kind: revocation,
      grounds: `脱离监管或未按规定报到超过一个月（${days}日）`,
      facts: [{ type: "absence", days }],
    });

  const reprimands = uncorrected(record.sanctions, "reprimand");
  if (reprimands.length >= rules.reprimandsForWarning)
    add({
      kind: "warning",
      grounds: `受到训诫${reprimands.length}次仍不改正`,
      facts: reprimands.map(sanctionFact),
    });
  if (days > rules.absenceWarningDays && !(revocation && days > rules.absenceRevocationDays))
    add({
      kind: "warning",
      grounds: `未按规定报到或脱离监管超过${rules.absenceWarningDays}日（${days}日）`,
      facts: [{ type: "absence", days }],
    });
  if (days > 0 && days <= rules.absenceWarningDays)
    add({
      kind: "reprimand",
      grounds: `未按规定报到或脱离监管${days}日，未超过${rules.absenceWarningDays}日`,
      facts: [{ type: "absence", days }],
    });
  return out;
}

/** A leave as it bears on absence: its end date and, once reported back, the days late (R-LV-3). */
export interface LeaveAbsence {
  endOn: DateString;
  returnedOn: DateString | null;
  daysLate: number | null;
}

/** A loss of contact (脱管, R-MS-1): the day contact was lost and, once the search ends, the day found. */
export interface ContactLoss {
  lostOn: DateString;
  foundOn: DateString | null;
}

/**
 * Days of absence not yet answered by a measure (R-LV-3 → R-SN-1/2/4): days late on leaves
 * that ended after `since` (the last approved reprimand or stronger measure), and, for a leave
 * still not reported back, each day after its end until today; and the days out of contact
 * (脱管, R-MS-1) of losses that began after `since`.
 */
export function absenceDays(
  leaves: readonly LeaveAbsence[],
  since: DateString | null,
  today: DateString,
  contactLosses: readonly ContactLoss[] = [],
): number {
  let days = 0;
  for (const l of leaves) {
    if (since !== null && compareDates(l.endOn, since) < 0) continue;
    if (l.returnedOn !== null) days += Math.max(0, l.daysLate ?? 0);
    else if (compareDates(today, l.endOn) > 0) days += daysBetween(l.endOn, today);
  }
  // R-MS-1: the days out of contact, from losing contact to the day found (or today while searching).
  for (const c of contactLosses) {
    if (since !== null && compareDates(c.lostOn, since) < 0) continue;
    days += Math.max(0, daysBetween(c.lostOn, c.foundOn ?? today));
  }
  return days;
}

/** The day of the last approved measure of reprimand strength or more: absence before it is answered. */
export function lastDisciplineOn(sanctions: readonly SanctionFact[]): DateString | null {
  let last: DateString | null = null;
  for (const s of sanctions)
    if (
      s.status === "approved" &&
      s.decidedOn &&
      severity[s.kind] >= 1 &&
      (last === null || compareDates(s.decidedOn, last) > 0)
    )
      last = s.decidedOn;
  return last;
}
