import { defaultCaseRules, type CaseRules } from "@zhijiao/domain";
import { anyObject, int, object, oneOf, str } from "../../http/schema-parts.ts";
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

/** One table of figures: those in force, the defaults and the province's overrides. */
export const ruleTableSchema = object({
  key: oneOf(ruleKeys),
  label: str,
  values: anyObject,
  defaults: anyObject,
  overrides: anyObject,
});

export const ruleTablesSchema = object({ items: { type: "array", items: ruleTableSchema } });

const caseRuleNames = Object.keys(defaultCaseRules) as (keyof CaseRules)[];
/** The case figures in force (every one a whole number of days or months). */
export const caseRulesSchema = object(
  Object.fromEntries(caseRuleNames.map((k) => [k, int])) as { [K in keyof CaseRules]-?: typeof int },
);
