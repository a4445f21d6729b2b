import type { Presented } from "../../http/schema-parts.ts";
import type { documentTemplateEntrySchema } from "./schemas.ts";
import type { DocumentTemplateEntry } from "./template-entry.ts";

export function presentDocumentTemplate(
  entry: DocumentTemplateEntry,
): Presented<typeof documentTemplateEntrySchema> {
  const t = entry.template;
  return {
    kind: entry.kind,
    label: entry.label,
    fields: entry.fields.map((f) => ({ key: f.key, label: f.label })),
    template: {
      title: t.title,
      numberWord: t.numberWord,
      addressee: t.addressee ?? null,
      body: [...t.body],
      cc: t.cc ?? null,
    },
    customised: entry.customised,
    updatedAt: entry.updatedAt,
  };
}
