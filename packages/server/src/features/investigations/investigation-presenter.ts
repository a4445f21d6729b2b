import {
  categoryLabels,
  intervieweeRelationLabels,
  investigationStatusLabels,
  investigationSteps,
  opinionLabels,
  seesIdentity,
  type Actor,
  type Category,
  type IntervieweeRelation,
  type InvestigationStatus,
  type Opinion,
  type Sex,
} from "@zhijiao/domain";
import type { InvestigationView } from "./get-investigation.ts";
import type { InvestigationRow, TranscriptRow } from "../../db/gateway/index.ts";
import { presentCaseEvent } from "../case/case-event-presenter.ts";
import { presentDeadline } from "../deadlines/deadline-presenter.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { investigationSchema, investigationViewSchema, transcriptSchema } from "./schemas.ts";

export function presentInvestigation(
  row: InvestigationRow,
  actor: Actor,
): Presented<typeof investigationSchema> {
  const status = row.status as InvestigationStatus;
  return {
    id: row.id,
    status,
    statusLabel: investigationStatusLabels[status],
    commissioningOrgId: row.commissioning_org_id,
    commissioningOrgName: row.commissioning_org_name,
    commissionNumber: row.commission_number,
    receivedOn: row.received_on,
    fastTrack: row.fast_track,
    dueOn: row.extended_due_on ?? row.due_on,
    dueProvisional: row.due_provisional,
    originalDueOn: row.due_on,
    extendedDueOn: row.extended_due_on,
    extensionReason: row.extension_reason,
    personName: row.person_name,
    sex: row.sex as Sex,
    birthDate: row.birth_date,
    minor: row.minor,
    idNumberMasked: seesIdentity(actor.role) ? row.id_number_masked : null,
    residenceAddress: row.residence_address,
    residenceDivisionCode: row.residence_division_code,
    proposedCategory: row.proposed_category as Category,
    proposedCategoryLabel: categoryLabels[row.proposed_category as Category],
    crime: row.crime,
    officeId: row.office_id,
    officeName: row.office_name,
    countyId: row.county_id,
    countyName: row.county_name,
    opinion: row.opinion as Opinion | null,
    opinionLabel: row.opinion ? opinionLabels[row.opinion as Opinion] : null,
    opinionReasons: row.opinion_reasons,
    opinionOn: row.opinion_on,
    documentNumber: row.document_number,
    copiedToProcuratorateOn: row.copied_to_procuratorate_on,
    subjectId: row.subject_id,
    version: row.version,
  };
}

export function presentTranscript(t: TranscriptRow): Presented<typeof transcriptSchema> {
  return {
    id: t.id,
    interviewee: t.interviewee,
    relation: t.relation as IntervieweeRelation,
    relationLabel: intervieweeRelationLabels[t.relation as IntervieweeRelation],
    interviewedOn: t.interviewed_on,
    place: t.place,
    content: t.content,
    fileIds: t.file_ids,
    createdAt: t.created_at,
  };
}

/** The investigation page: the record, its interviews, deadlines, events and the steps open now. */
export function presentInvestigationView(
  v: InvestigationView,
  actor: Actor,
): Presented<typeof investigationViewSchema> {
  const status = v.row.status as InvestigationStatus;
  return {
    ...presentInvestigation(v.row, actor),
    openSteps: (Object.keys(investigationSteps) as (keyof typeof investigationSteps)[]).filter((s) =>
      (investigationSteps[s] as readonly string[]).includes(status),
    ),
    transcripts: v.transcripts.map(presentTranscript),
    deadlines: v.deadlines.map((d) => presentDeadline(d, v.env.today, v.env.rules)),
    timeline: v.timeline.map(presentCaseEvent),
  };
}
