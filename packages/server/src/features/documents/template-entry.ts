/** What the document-template use cases share: whose templates apply, and one kind's entry. */
import type { Actor } from "@zhijiao/domain";
import type { DocumentTemplateOverride } from "../../db/gateway/index.ts";
import {
  defaultTemplates,
  documentKindLabels,
  templateFields,
  type DocumentKind,
  type DocumentTemplate,
  type TemplateField,
} from "../../docs/templates.ts";

/** One kind of document as the province's console edits it. */
export interface DocumentTemplateEntry {
  kind: DocumentKind;
  label: string;
  fields: readonly TemplateField[];
  /** The template in force: the province's own, else the default. */
  template: DocumentTemplate;
  customised: boolean;
  updatedAt: Date | null;
}

/** The province whose templates apply to the caller: its own organisation, or the one above it. */
export function provinceOf(actor: Actor): string | null {
  return actor.org.kind === "province" ? actor.org.id : actor.org.provinceId;
}

export function templateEntry(
  kind: DocumentKind,
  override: DocumentTemplateOverride | null,
): DocumentTemplateEntry {
  return {
    kind,
    label: documentKindLabels[kind],
    fields: templateFields[kind],
    template: override?.template ?? defaultTemplates[kind],
    customised: override !== null,
    updatedAt: override?.updatedAt ?? null,
  };
}
