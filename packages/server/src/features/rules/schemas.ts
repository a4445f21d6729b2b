import { ruleKeys } from "./rule-sets.ts";

export const ruleKeyParams = {
  type: "object",
  additionalProperties: false,
  required: ["key"],
  properties: { key: { type: "string", enum: ruleKeys } },
} as const;

/** The figures themselves are checked against the table's defaults by the use case. */
export const setRulesBody = {
  type: "object",
  additionalProperties: false,
  required: ["values"],
  properties: { values: { type: "object", maxProperties: 50 } },
} as const;
