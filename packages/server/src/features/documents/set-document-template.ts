import { DomainError, assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { DocumentTemplateRepository } from "../../db/gateway/index.ts";
import { validateTemplate, type DocumentKind } from "../../docs/templates.ts";
import { provinceOf, templateEntry, type DocumentTemplateEntry } from "./template-entry.ts";

/**
 * DOMAIN.md §9: the province adjusts the wording of a kind of document for its own agencies.
 * Only placeholders of that kind are accepted; the change is audited with the previous wording.
 */
export async function setDocumentTemplate({
  ctx,
  actor,
  meta,
  kind,
  template,
}: UseCaseArgs & { kind: DocumentKind; template: unknown }): Promise<DocumentTemplateEntry> {
  assertCan(actor, "template:manage");
  const provinceId = provinceOf(actor);
  if (!provinceId) throw new DomainError("FORBIDDEN", { action: "template:manage" });
  const clean = validateTemplate(kind, template);
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new DocumentTemplateRepository(gw);
    await repo.set(provinceId, kind, clean);
    return templateEntry(kind, await repo.override(provinceId, kind));
  });
}
