/**
 * The values a document's placeholders take (templates.ts `templateFields`), from the case data
 * the use case loaded. Dates are written the Chinese way; a value not known is left out and
 * the renderer prints "——".
 */
import {
  breachConsequence,
  categoryLabels,
  describeMember,
  levelLabels,
  opinionLabels,
  sexLabels,
  terminationGroundLabels,
  type Category,
  type Level,
  type Opinion,
  type Sex,
  type TeamMemberType,
  type TerminationGround,
} from "@zhijiao/domain";
import type { CaseEventRow, InvestigationRow, SubjectRow, TeamMemberRow } from "../db/gateway/index.ts";
import { chineseDate } from "./chinese-date.ts";

type Values = Record<string, string>;

const cn = (d: string | null | undefined) => (d ? chineseDate(d) : "");

export interface AreaNames {
  countyAgencyName: string;
  procuratorateName: string;
  policeName: string;
}

/** Values every document of a subject shares. */
export function subjectValues(row: SubjectRow, idNumber: string, area: AreaNames): Values {
  return {
    subjectName: row.name,
    sex: sexLabels[row.sex as Sex],
    birthDate: cn(row.birth_date),
    idNumber,
    residenceAddress: row.residence_address,
    categoryLabel: categoryLabels[row.category as Category],
    crime: row.crime,
    decidingAuthority: row.deciding_authority,
    judgmentNumber: row.judgment_number,
    judgmentEffectiveOn: cn(row.judgment_effective_on),
    correctionStartOn: cn(row.correction_start_on),
    correctionEndOn: cn(row.correction_end_on),
    officeName: row.office_name,
    breachConsequence: breachConsequence(row.category),
    ...area,
  };
}

/** Values of the investigation opinion (its person is not a subject yet). */
export function investigationValues(
  inv: InvestigationRow,
  idNumber: string,
  area: AreaNames,
  interviews: readonly { interviewee: string; relationLabel: string; interviewedOn: string }[],
): Values {
  return {
    subjectName: inv.person_name,
    sex: sexLabels[inv.sex as Sex],
    birthDate: cn(inv.birth_date),
    idNumber,
    residenceAddress: inv.residence_address,
    categoryLabel: categoryLabels[inv.proposed_category as Category],
    crime: inv.crime,
    officeName: inv.office_name ?? "",
    commissioningOrgName: inv.commissioning_org_name,
    receivedOn: cn(inv.received_on),
    opinionLabel: inv.opinion ? opinionLabels[inv.opinion as Opinion] : "",
    reasons: inv.opinion_reasons ?? "",
    interviewSummary: interviews
      .map((i) => `${cn(i.interviewedOn)}走访${i.interviewee}（${i.relationLabel}）`)
      .join("；"),
    ...area,
  };
}

export function teamText(team: readonly TeamMemberRow[]): string {
  return team.map((m) => describeMember({ name: m.name, type: m.type as TeamMemberType })).join("、");
}

/** The values a step's event adds for its document. */
export function eventValues(event: CaseEventRow, extra: { team?: string; level?: string } = {}): Values {
  const d = event.data as Record<string, unknown>;
  const s = (k: string) => (typeof d[k] === "string" ? (d[k] as string) : "");
  switch (event.step) {
    case "record_search":
      return {
        reportDueOn: cn(s("reportDueOn")),
        reportSituation: "未在规定期限内报到",
        searchRecord: `${s("measures")}。${s("result")}`,
      };
    case "announce_entry":
      return {
        announcedOn: cn(s("announcedOn")),
        place: s("place"),
        participants: Array.isArray(d.participants) ? (d.participants as string[]).join("、") : "",
        duties: s("content"),
        teamMembers: extra.team ?? "",
      };
    case "release":
      return { releasedOn: cn(s("releasedOn") || event.occurred_on), conductSummary: s("conductSummary") };
    case "terminate":
      return {
        terminationTypeLabel: terminationGroundLabels[s("ground") as TerminationGround] ?? s("ground"),
        reason: s("reason"),
        decidedOn: cn(s("decidedOn") || event.occurred_on),
        rulingAuthority: s("rulingAuthority"),
        rulingNumber: s("rulingNumber"),
      };
    default:
      return {
        levelLabel: extra.level ? (levelLabels[extra.level as Level] ?? "") : "",
        teamMembers: extra.team ?? "",
      };
  }
}
