import { dutyStates, levels, supervisionRecordKinds } from "@zhijiao/domain";
import { pageQueryProps, uuidPattern } from "../../http/schema-parts.ts";

export const recordSupervisionBody = {
  type: "object",
  additionalProperties: false,
  required: ["kind", "occurredAt", "content"],
  properties: {
    kind: { type: "string", enum: [...supervisionRecordKinds] },
    occurredAt: { type: "string", format: "date-time" },
    place: { type: "string", maxLength: 200 },
    content: { type: "string", minLength: 1, maxLength: 4000 },
    hours: { type: "number", exclusiveMinimum: 0, maximum: 200 },
    fileIds: { type: "array", maxItems: 20, items: { type: "string", pattern: uuidPattern } },
  },
} as const;

export const listDutiesQuery = {
  type: "object",
  additionalProperties: false,
  properties: { ...pageQueryProps, state: { type: "string", enum: [...dutyStates], default: "overdue" } },
} as const;

export const proposeLevelChangeBody = {
  type: "object",
  additionalProperties: false,
  required: ["toLevel", "grounds"],
  properties: {
    toLevel: { type: "string", enum: [...levels] },
    grounds: { type: "string", minLength: 1, maxLength: 4000 },
  },
} as const;

export const listLevelChangesQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    ...pageQueryProps,
    status: { type: "string", enum: ["proposed", "approved", "rejected"] },
  },
} as const;

export const levelChangeDecisionBody = {
  type: "object",
  additionalProperties: false,
  required: ["approve"],
  properties: { approve: { type: "boolean" }, comment: { type: "string", maxLength: 1000 } },
} as const;
