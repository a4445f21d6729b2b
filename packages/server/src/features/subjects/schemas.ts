import {
  categories,
  clearableSubjectFields,
  createStatuses,
  fourHistories,
  levels,
  penalties,
  sexes,
  subjectStatuses,
  threeInvolvements,
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
  uuidPattern,
} from "../../http/schema-parts.ts";

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
    status: { type: "string", enum: createStatuses },
    investigationId: { type: "string", pattern: uuidPattern },
  },
} as const;

/** `S` or null: a correction clears an optional field by sending null. */
const orNull = <const S extends { type: string }>(schema: S) =>
  ({ ...schema, type: [schema.type, "null"] }) as const;
type Clearable = (typeof clearableSubjectFields)[number];
const clearable = Object.fromEntries(clearableSubjectFields.map((k) => [k, orNull(fields[k])])) as {
  [K in Clearable]: ReturnType<typeof orNull<(typeof fields)[K]>>;
};

export const patchSubjectBody = {
  type: "object",
  additionalProperties: false,
  required: ["version"],
  minProperties: 2,
  properties: {
    ...fields,
    ...clearable,
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
    officeId: { type: "string", format: "uuid" },
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

/** A row of the subject list: identity masked, hidden entirely from social workers. */
export const subjectSummarySchema = object({
  id: str,
  name: str,
  sex: oneOf(sexes),
  idNumberMasked: nullable(str),
  category: oneOf(categories),
  categoryLabel: str,
  status: oneOf(subjectStatuses),
  statusLabel: str,
  level: oneOf(levels),
  levelLabel: str,
  officeId: str,
  officeName: str,
  correctionStartOn: dateStr,
  correctionEndOn: dateStr,
  minor: bool,
});

/** The whole record of a file, sensitive fields masked (revealing them is a separate action). */
export const subjectSchema = object({
  ...subjectSummarySchema.properties,
  ethnicity: str,
  birthDate: dateStr,
  phoneMasked: nullable(str),
  householdAddress: nullable(str),
  householdDivisionCode: nullable(str),
  residenceAddress: str,
  residenceDivisionCode: str,
  crime: str,
  sentence,
  decidingAuthority: str,
  judgmentNumber: str,
  judgmentEffectiveOn: nullable(dateStr),
  receivedOn: nullable(dateStr),
  releasedOn: nullable(dateStr),
  reportDueOn: nullable(dateStr),
  reportedOn: nullable(dateStr),
  investigationId: nullable(str),
  fourHistories: { type: "array", items: oneOf(fourHistories) },
  threeInvolvements: { type: "array", items: oneOf(threeInvolvements) },
  hasPhoto: bool,
  countyId: str,
  countyName: str,
  archived: bool,
  version: int,
  createdAt: dateTime,
  updatedAt: dateTime,
});

export const subjectPageSchema = pageOf(subjectSummarySchema);

/** A field shown in full (null when the file has none). */
export const revealedSchema = object({ value: nullable(str) });
