import {
  categoryLabels,
  levelLabels,
  seesIdentity,
  subjectStatusLabels,
  type Actor,
  type Category,
  type FourHistory,
  type Level,
  type Sentence,
  type Sex,
  type SubjectStatus,
  type ThreeInvolvement,
} from "@zhijiao/domain";
import type { SubjectRow } from "../../db/gateway/index.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { subjectSchema, subjectSummarySchema } from "./schemas.ts";

/** A row of the subject list: identity masked, hidden entirely from social workers. */
export function presentSubjectSummary(row: SubjectRow, actor: Actor): Presented<typeof subjectSummarySchema> {
  const identity = seesIdentity(actor.role);
  return {
    id: row.id,
    name: row.name,
    sex: row.sex as Sex,
    idNumberMasked: identity ? row.id_number_masked : null,
    category: row.category as Category,
    categoryLabel: categoryLabels[row.category as Category],
    status: row.status as SubjectStatus,
    statusLabel: subjectStatusLabels[row.status as SubjectStatus],
    level: row.level as Level,
    levelLabel: levelLabels[row.level as Level],
    officeId: row.office_id,
    officeName: row.office_name,
    correctionStartOn: row.correction_start_on,
    correctionEndOn: row.correction_end_on,
    minor: row.minor,
  };
}

/** The whole record of a file, sensitive fields masked (revealing them is a separate action). */
export function presentSubject(row: SubjectRow, actor: Actor): Presented<typeof subjectSchema> {
  const identity = seesIdentity(actor.role);
  return {
    ...presentSubjectSummary(row, actor),
    ethnicity: row.ethnicity,
    birthDate: row.birth_date,
    phoneMasked: identity ? row.phone_masked : null,
    householdAddress: row.household_address,
    householdDivisionCode: row.household_division_code,
    residenceAddress: row.residence_address,
    residenceDivisionCode: row.residence_division_code,
    crime: row.crime,
    sentence: row.sentence as unknown as Sentence,
    decidingAuthority: row.deciding_authority,
    judgmentNumber: row.judgment_number,
    judgmentEffectiveOn: row.judgment_effective_on,
    receivedOn: row.received_on,
    releasedOn: row.released_on,
    reportDueOn: row.report_due_on,
    reportedOn: row.reported_on,
    investigationId: row.investigation_id,
    fourHistories: row.four_histories as FourHistory[],
    threeInvolvements: row.three_involvements as ThreeInvolvement[],
    hasPhoto: row.photo_file_id !== null,
    countyId: row.county_id,
    countyName: row.county_name,
    archived: row.archived,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
