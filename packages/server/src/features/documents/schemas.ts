import { documentKinds } from "../../docs/templates.ts";
import { bool, dateTime, nullable, object, oneOf, str, strList } from "../../http/schema-parts.ts";

export const documentKindParams = {
  type: "object",
  additionalProperties: false,
  required: ["kind"],
  properties: { kind: { type: "string", enum: documentKinds } },
} as const;

// Lengths here are outer bounds; validateTemplate applies the real limits with a message per field.
const optionalLine = (max: number) =>
  ({ anyOf: [{ type: "string", maxLength: max }, { type: "null" }] }) as const;

export const documentTemplateBody = {
  type: "object",
  additionalProperties: false,
  required: ["template"],
  properties: {
    template: {
      type: "object",
      additionalProperties: false,
      required: ["title", "numberWord", "body"],
      properties: {
        title: { type: "string", maxLength: 200 },
        numberWord: { type: "string", maxLength: 50 },
        addressee: optionalLine(1000),
        body: { type: "array", maxItems: 40, items: { type: "string", maxLength: 4000 } },
        cc: optionalLine(2000),
      },
    },
  },
} as const;

/** One kind of enforcement document with the wording in force in the caller's province. */
export const documentTemplateEntrySchema = object({
  kind: oneOf(documentKinds),
  label: str,
  /** The placeholders this kind may use. */
  fields: { type: "array", items: object({ key: str, label: str }) },
  /** The template in force: the province's own, else the default. */
  template: object({
    title: str,
    numberWord: str,
    addressee: nullable(str),
    body: strList,
    cc: nullable(str),
  }),
  customised: bool,
  updatedAt: nullable(dateTime),
});

export const documentTemplateListSchema = object({
  items: { type: "array", items: documentTemplateEntrySchema },
});
