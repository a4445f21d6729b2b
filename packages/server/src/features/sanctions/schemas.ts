import { sanctionKinds, sanctionStatuses } from "@zhijiao/domain";
import { pageQueryProps, uuidPattern } from "../../http/schema-parts.ts";

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
