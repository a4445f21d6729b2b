import {
  categories,
  intervieweeRelations,
  investigationStatuses,
  investigationSteps,
  opinions,
  sexes,
  type InvestigationStep,
} from "@zhijiao/domain";
import {
  bool,
  datePattern,
  dateStr,
  dateTime,
  int,
  nullable,
  object,
  oneOf,
  pageOf,
  pageQueryProps,
  str,
  strList,
  uuidPattern,
} from "../../http/schema-parts.ts";
import { caseDeadlineSchema, caseEventSchema } from "../case/case-view-schemas.ts";

const text = (max: number) => ({ type: "string", minLength: 1, maxLength: max }) as const;
const date = { type: "string", pattern: datePattern } as const;
const uuid = { type: "string", pattern: uuidPattern } as const;

export const createInvestigationBody = {
  type: "object",
  additionalProperties: false,
  required: [
    "commissioningOrgId",
    "receivedOn",
    "fastTrack",
    "personName",
    "sex",
    "idNumber",
    "residenceAddress",
    "proposedCategory",
    "crime",
  ],
  properties: {
    commissioningOrgId: uuid,
    commissionNumber: { type: "string", maxLength: 60 },
    receivedOn: date,
    fastTrack: { type: "boolean" },
    personName: text(30),
    sex: { type: "string", enum: sexes },
    idNumber: { type: "string", minLength: 15, maxLength: 18 },
    residenceAddress: text(200),
    residenceDivisionCode: { type: "string", pattern: "^\\d{6}$" },
    proposedCategory: { type: "string", enum: categories },
    crime: text(100),
  },
} as const;

export const listInvestigationsQuery = {
  type: "object",
  additionalProperties: false,
  properties: { ...pageQueryProps, status: { type: "string", enum: investigationStatuses } },
} as const;

export const assignmentBody = {
  type: "object",
  additionalProperties: false,
  required: ["officeId"],
  properties: { officeId: uuid },
} as const;

export const transcriptBody = {
  type: "object",
  additionalProperties: false,
  required: ["interviewee", "relation", "interviewedOn", "content"],
  properties: {
    interviewee: text(30),
    relation: { type: "string", enum: intervieweeRelations },
    interviewedOn: date,
    place: { type: "string", maxLength: 100 },
    content: text(20000),
  },
} as const;

export const extensionBody = {
  type: "object",
  additionalProperties: false,
  required: ["workingDays", "reason"],
  properties: { workingDays: { type: "integer", minimum: 1, maximum: 60 }, reason: text(500) },
} as const;

export const opinionBody = {
  type: "object",
  additionalProperties: false,
  required: ["opinion", "reasons", "opinionOn"],
  properties: { opinion: { type: "string", enum: opinions }, reasons: text(4000), opinionOn: date },
} as const;

export const transcriptParams = {
  type: "object",
  required: ["id", "transcriptId"],
  properties: { id: { type: "string", maxLength: 64 }, transcriptId: { type: "string", maxLength: 64 } },
} as const;

export const fileParams = {
  type: "object",
  required: ["id", "transcriptId", "fileId"],
  properties: {
    id: { type: "string", maxLength: 64 },
    transcriptId: { type: "string", maxLength: 64 },
    fileId: { type: "string", maxLength: 64 },
  },
} as const;

/** R-IV-1: an investigation (调查评估) commissioned by a court, procuratorate, police or prison. */
export const investigationSchema = object({
  id: str,
  status: oneOf(investigationStatuses),
  statusLabel: str,
  commissioningOrgId: str,
  commissioningOrgName: str,
  commissionNumber: nullable(str),
  receivedOn: dateStr,
  fastTrack: bool,
  /** The date in force: the extended one, else the original. */
  dueOn: dateStr,
  dueProvisional: bool,
  originalDueOn: dateStr,
  extendedDueOn: nullable(dateStr),
  extensionReason: nullable(str),
  personName: str,
  sex: oneOf(sexes),
  birthDate: dateStr,
  minor: bool,
  idNumberMasked: nullable(str),
  residenceAddress: str,
  residenceDivisionCode: nullable(str),
  proposedCategory: oneOf(categories),
  proposedCategoryLabel: str,
  crime: str,
  officeId: nullable(str),
  officeName: nullable(str),
  countyId: str,
  countyName: str,
  opinion: nullable(oneOf(opinions)),
  opinionLabel: nullable(str),
  opinionReasons: nullable(str),
  opinionOn: nullable(dateStr),
  documentNumber: nullable(str),
  copiedToProcuratorateOn: nullable(dateStr),
  subjectId: nullable(str),
  version: int,
});

export const investigationPageSchema = pageOf(investigationSchema);

/** A transcript of an interview (调查笔录) and its attachments. */
export const transcriptSchema = object({
  id: str,
  interviewee: str,
  relation: oneOf(intervieweeRelations),
  relationLabel: str,
  interviewedOn: dateStr,
  place: nullable(str),
  content: str,
  fileIds: strList,
  createdAt: dateTime,
});

/** The investigation page: the record, its interviews, deadlines, events and the steps open now. */
export const investigationViewSchema = object({
  ...investigationSchema.properties,
  openSteps: { type: "array", items: oneOf(Object.keys(investigationSteps) as InvestigationStep[]) },
  transcripts: { type: "array", items: transcriptSchema },
  deadlines: { type: "array", items: caseDeadlineSchema },
  timeline: { type: "array", items: caseEventSchema },
});

/** The file just attached to a transcript. */
export const attachedFileSchema = object({ fileId: str });
