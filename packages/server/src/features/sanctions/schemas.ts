import { categories, sanctionKinds, sanctionStatuses } from "@zhijiao/domain";
import {
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

export const proposeSanctionBody = {
  type: "object",
  additionalProperties: false,
  required: ["kind", "facts"],
  properties: {
    kind: { type: "string", enum: [...sanctionKinds] },
    facts: { type: "string", minLength: 1, maxLength: 4000 },
    evidenceFileIds: { type: "array", maxItems: 20, items: { type: "string", pattern: uuidPattern } },
  },
} as const;

export const sanctionDecisionBody = {
  type: "object",
  additionalProperties: false,
  required: ["approve"],
  properties: { approve: { type: "boolean" }, comment: { type: "string", maxLength: 1000 } },
} as const;

export const listSanctionsQuery = {
  type: "object",
  additionalProperties: false,
  properties: { ...pageQueryProps, status: { type: "string", enum: [...sanctionStatuses] } },
} as const;

/** A commendation or sanction with its rule, its document and, for a court, the ruling due. */
export const sanctionSchema = object({
  id: str,
  subjectId: str,
  subjectName: str,
  category: oneOf(categories),
  categoryLabel: str,
  officeId: str,
  officeName: str,
  countyId: str,
  kind: oneOf(sanctionKinds),
  kindLabel: str,
  rule: str,
  addressee: str,
  status: oneOf(sanctionStatuses),
  statusLabel: str,
  facts: str,
  evidenceFileIds: strList,
  proposedBy: nullable(str),
  proposedAt: dateTime,
  proposedOn: dateStr,
  decidedBy: nullable(str),
  decidedAt: nullable(dateTime),
  decidedOn: nullable(dateStr),
  decisionComment: nullable(str),
  documentKind: nullable(str),
  documentNumber: nullable(str),
  courtRulingDueOn: nullable(dateStr),
  version: int,
});

export const sanctionPageSchema = pageOf(sanctionSchema);

/** A fact a suggestion rests on: a measure not corrected since, or the days of absence. */
const suggestionFact = {
  anyOf: [
    object({
      type: { type: "string", const: "sanction" },
      id: str,
      kind: oneOf(sanctionKinds),
      label: str,
      decidedOn: nullable(dateStr),
      facts: str,
    }),
    object({ type: { type: "string", const: "absence" }, days: int }),
  ],
} as const;

/** What a file's record now supports (R-SN-1/2/4/5): the system suggests, a person decides. */
export const suggestionsSchema = object({
  absenceDays: int,
  suggestions: {
    type: "array",
    items: object({
      kind: oneOf(sanctionKinds),
      label: str,
      rule: str,
      grounds: str,
      facts: { type: "array", items: suggestionFact },
    }),
  },
});
