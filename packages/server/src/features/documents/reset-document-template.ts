import { DomainError, assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { DocumentTemplateRepository } from "../../db/gateway/index.ts";
import type { DocumentKind } from "../../docs/templates.ts";
import { provinceOf, templateEntry, type DocumentTemplateEntry } from "./template-entry.ts";

/** The province goes back to the default wording of a kind (audited when it had its own). */
export async function resetDocumentTemplate({
  ctx,
  actor,
  meta,
  kind,
}: UseCaseArgs & { kind: DocumentKind }): Promise<DocumentTemplateEntry> {
  assertCan(actor, "template:manage");
  const provinceId = provinceOf(actor);
  if (!provinceId) throw new DomainError("FORBIDDEN", { action: "template:manage" });
  return inTransaction(ctx, actor, meta, async (gw) => {
    await new DocumentTemplateRepository(gw).reset(provinceId, kind);
    return templateEntry(kind, null);
  });
}
