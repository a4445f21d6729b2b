import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { DocumentTemplateRepository } from "../../db/gateway/index.ts";
import { documentKinds } from "../../docs/templates.ts";
import { provinceOf, templateEntry, type DocumentTemplateEntry } from "./template-entry.ts";

/** DOMAIN.md §9: every kind of enforcement document with the wording in force in the caller's province. */
export async function listDocumentTemplates({
  ctx,
  actor,
  meta,
}: UseCaseArgs): Promise<DocumentTemplateEntry[]> {
  assertCan(actor, "document:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const overrides = await new DocumentTemplateRepository(gw).overrides(provinceOf(actor));
    return documentKinds.map((kind) => templateEntry(kind, overrides.get(kind) ?? null));
  });
}
