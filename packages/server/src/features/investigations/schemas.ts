import { categories, intervieweeRelations, investigationStatuses, opinions, sexes } from "@zhijiao/domain";
import { datePattern, pageQueryProps, uuidPattern } from "../../http/schema-parts.ts";

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
