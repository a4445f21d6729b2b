import { orgKinds } from "@zhijiao/domain";
import { nullable, object, oneOf, pageOf, str } from "../../http/schema-parts.ts";

export const listOrganizationsQuery = {
  type: "object",
  additionalProperties: false,
  properties: { kind: { type: "string", enum: orgKinds } },
} as const;

export const createOrganizationBody = {
  type: "object",
  additionalProperties: false,
  required: ["name", "kind", "divisionCode"],
  properties: {
    name: { type: "string", minLength: 2, maxLength: 100 },
    kind: { type: "string", enum: orgKinds },
    parentId: { type: ["string", "null"], maxLength: 64 },
    divisionCode: { type: "string", pattern: "^\\d{6}(\\d{3})?$" },
  },
} as const;

export const patchOrganizationBody = {
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  properties: {
    name: { type: "string", minLength: 2, maxLength: 100 },
    divisionCode: { type: "string", pattern: "^\\d{6}(\\d{3})?$" },
  },
} as const;

/** An organisation of the tree with its denormalised ancestors. */
export const orgSchema = object({
  id: str,
  name: str,
  kind: oneOf(orgKinds),
  kindLabel: str,
  divisionCode: str,
  parentId: nullable(str),
  provinceId: nullable(str),
  cityId: nullable(str),
  countyId: nullable(str),
});

export const orgPageSchema = pageOf(orgSchema);
