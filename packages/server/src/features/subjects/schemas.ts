import {
  categories,
  fourHistories,
  levels,
  penalties,
  sexes,
  subjectStatuses,
  threeInvolvements,
} from "@zhijiao/domain";
import { datePattern, pageQueryProps, uuidPattern } from "../../http/schema-parts.ts";

const text = (max: number) => ({ type: "string", minLength: 1, maxLength: max }) as const;
const date = { type: "string", pattern: datePattern } as const;

const sentence = {
  type: "object",
  additionalProperties: false,
  required: ["penalty"],
  properties: {
    penalty: { type: "string", enum: penalties },
    termMonths: { type: "integer", minimum: 1, maximum: 600 },
    probationMonths: { type: "integer", minimum: 1, maximum: 120 },
    custodyDays: { type: "integer", minimum: 0, maximum: 10000 },
    text: { type: "string", maxLength: 200 },
  },
} as const;

const fields = {
  name: text(50),
  sex: { type: "string", enum: sexes },
  ethnicity: { type: "string", pattern: "^\\d{2}$" },
  idNumber: { type: "string", minLength: 15, maxLength: 18 },
  phone: { type: "string", maxLength: 20 },
  householdAddress: { type: "string", maxLength: 200 },
  householdDivisionCode: { type: "string", pattern: "^\\d{6}$" },
  residenceAddress: text(200),
  residenceDivisionCode: { type: "string", pattern: "^\\d{6}$" },
  category: { type: "string", enum: categories },
  crime: text(100),
  sentence,
  decidingAuthority: text(100),
  judgmentNumber: text(100),
  judgmentEffectiveOn: date,
  correctionStartOn: date,
  correctionEndOn: date,
  officeId: { type: "string", maxLength: 64 },
  level: { type: "string", enum: levels },
  receivedOn: date,
  minor: { type: "boolean" },
  fourHistories: {
    type: "array",
    uniqueItems: true,
    maxItems: 4,
    items: { type: "string", enum: fourHistories },
  },
  threeInvolvements: {
    type: "array",
    uniqueItems: true,
    maxItems: 3,
    items: { type: "string", enum: threeInvolvements },
  },
} as const;

export const createSubjectBody = {
  type: "object",
  additionalProperties: false,
  required: [
    "name",
    "sex",
    "ethnicity",
    "idNumber",
    "residenceAddress",
    "residenceDivisionCode",
    "category",
    "crime",
    "sentence",
    "decidingAuthority",
    "judgmentNumber",
    "correctionStartOn",
    "correctionEndOn",
    "officeId",
    "level",
  ],
  properties: {
    ...fields,
    status: { type: "string", enum: ["awaiting_report", "in_correction"] },
    investigationId: { type: "string", pattern: uuidPattern },
  },
} as const;

/** Optional fields a correction may clear by sending null. */
const clearable = [
  "phone",
  "householdAddress",
  "householdDivisionCode",
  "judgmentEffectiveOn",
  "receivedOn",
] as const;
const nullable = <T extends { type: string }>(schema: T) => ({ ...schema, type: [schema.type, "null"] });

export const patchSubjectBody = {
  type: "object",
  additionalProperties: false,
  required: ["version"],
  minProperties: 2,
  properties: {
    ...fields,
    ...Object.fromEntries(clearable.map((k) => [k, nullable(fields[k])])),
    version: { type: "integer", minimum: 1 },
  },
} as const;

export const listSubjectsQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    ...pageQueryProps,
    status: { type: "string", enum: subjectStatuses },
    category: { type: "string", enum: categories },
    level: { type: "string", enum: levels },
    officeId: { type: "string", maxLength: 64 },
    q: { type: "string", maxLength: 50 },
  },
} as const;

export const revealBody = {
  type: "object",
  additionalProperties: false,
  required: ["field", "reason"],
  properties: {
    field: { type: "string", enum: ["idNumber", "phone"] },
    reason: { type: "string", minLength: 1, maxLength: 200 },
  },
} as const;

export const auditPageQuery = {
  type: "object",
  additionalProperties: false,
  properties: { ...pageQueryProps },
} as const;
