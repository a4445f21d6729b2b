import {
  caseSteps,
  categories,
  deadlineKinds,
  deadlineStates,
  handoverDocumentKinds,
  levels,
  opinions,
  receptionModes,
  releaseTypes,
  sexes,
  subjectStatuses,
  teamMemberTypes,
} from "@zhijiao/domain";
import {
  anyObject,
  bool,
  dateStr,
  dateTime,
  int,
  nullable,
  object,
  oneOf,
  str,
  strList,
} from "../../http/schema-parts.ts";
import { transferSchema } from "../transfers/schemas.ts";

/** One entry of the timeline (一人一档): a step of the case, of its investigation or of supervision. */
export const caseEventSchema = object({
  id: str,
  step: str,
  stepLabel: str,
  occurredOn: dateStr,
  at: dateTime,
  actorName: nullable(str),
  summary: str,
  data: anyObject,
  documentKind: nullable(str),
  documentNumber: nullable(str),
  transferId: nullable(str),
  investigationId: nullable(str),
});

export const caseEventListSchema = object({ items: { type: "array", items: caseEventSchema } });

/**
 * A deadline of a case with its label, rule and where it stands today, as the case and the
 * investigation show it (the deadlines list presents the same shape).
 */
export const caseDeadlineSchema = object({
  id: str,
  kind: oneOf(deadlineKinds),
  kindLabel: str,
  rule: nullable(str),
  dueOn: dateStr,
  provisional: bool,
  state: oneOf(deadlineStates),
  subjectId: nullable(str),
  investigationId: nullable(str),
  transferId: nullable(str),
  caseName: nullable(str),
  officeId: nullable(str),
  closedOn: nullable(dateStr),
});

const handoverDocumentSchema = object({
  id: str,
  kind: oneOf(handoverDocumentKinds),
  kindLabel: str,
  documentNumber: nullable(str),
  receivedOn: dateStr,
  note: nullable(str),
});

const teamMemberSchema = object({
  name: str,
  type: oneOf(teamMemberTypes),
  typeLabel: str,
  sex: oneOf(sexes),
  phone: nullable(str),
  knowsMinors: bool,
});

const planSchema = object({
  version: int,
  basicSituation: str,
  riskAnalysis: str,
  measures: str,
  createdAt: dateTime,
});

/** The case as it stands: state, steps open, handover, team, plans, transfer, deadlines, closure. */
export const caseViewSchema = object({
  subjectId: str,
  name: str,
  status: oneOf(subjectStatuses),
  statusLabel: str,
  archived: bool,
  archivedOn: nullable(dateStr),
  openSteps: { type: "array", items: oneOf(caseSteps) },
  category: oneOf(categories),
  sex: oneOf(sexes),
  minor: bool,
  level: oneOf(levels),
  correctionStartOn: dateStr,
  correctionEndOn: dateStr,
  releasePreparationDueOn: dateStr,
  judgmentEffectiveOn: nullable(dateStr),
  reportDueOn: nullable(dateStr),
  reportedOn: nullable(dateStr),
  receptionMode: nullable(oneOf(receptionModes)),
  handover: object({
    noticeReceivedOn: nullable(dateStr),
    documents: { type: "array", items: handoverDocumentSchema },
    missing: { type: "array", items: object({ kind: oneOf(handoverDocumentKinds), label: str }) },
    check: nullable(
      object({
        noticeDueOn: dateStr,
        documentsDueOn: dateStr,
        noticeLate: nullable(bool),
        documentsLate: nullable(bool),
      }),
    ),
  }),
  announcement: nullable(
    object({
      announcedOn: dateStr,
      place: str,
      participants: strList,
      content: str,
      documentNumber: nullable(str),
    }),
  ),
  releasePreparation: nullable(object({ preparedOn: dateStr, personalSummary: str, appraisal: str })),
  team: { type: "array", items: teamMemberSchema },
  plans: { type: "array", items: planSchema },
  transfer: nullable(transferSchema),
  deadlines: { type: "array", items: caseDeadlineSchema },
  investigation: nullable(
    object({
      id: str,
      opinion: nullable(oneOf(opinions)),
      opinionLabel: nullable(str),
      documentNumber: nullable(str),
    }),
  ),
  closure: nullable(
    object({ type: oneOf(releaseTypes), typeLabel: str, ground: nullable(str), on: nullable(dateStr) }),
  ),
  notices: {
    type: "array",
    items: object({ id: str, kind: str, title: str, recipientName: str, createdAt: dateTime }),
  },
});

/** The version of the correction plan just recorded. */
export const planVersionSchema = object({ version: int });
