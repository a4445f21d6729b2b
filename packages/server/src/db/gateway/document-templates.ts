import {
  defaultTemplates,
  validateTemplate,
  type DocumentKind,
  type DocumentTemplate,
} from "../../docs/templates.ts";
import { Repository } from "./repository.ts";

/** A province's own wording of one kind of document. */
export interface DocumentTemplateOverride {
  kind: DocumentKind;
  template: DocumentTemplate;
  updatedAt: Date;
  updatedBy: string | null;
}

/**
 * The wording of the enforcement documents (DOMAIN.md §9): the shipped default of each kind, or
 * the province's override of it (table document_templates). Templates are reference data every
 * staff member of the province reads; only the province changes its own.
 */
export class DocumentTemplateRepository extends Repository {
  /** The template a document of this kind is written from in the province. */
  async inForce(provinceId: string | null, kind: DocumentKind): Promise<DocumentTemplate> {
    return (await this.override(provinceId, kind))?.template ?? defaultTemplates[kind];
  }

  /** The province's override of one kind, or null when it uses the default. */
  async override(provinceId: string | null, kind: DocumentKind): Promise<DocumentTemplateOverride | null> {
    if (!provinceId) return null;
    const row = await this.db
      .selectFrom("document_templates")
      .select(["kind", "template", "updated_at", "updated_by"])
      .where("province_id", "=", provinceId)
      .where("kind", "=", kind)
      .executeTakeFirst();
    return row ? overrideOf(kind, row) : null;
  }

  /** Every override of the province, by kind. */
  async overrides(provinceId: string | null): Promise<Map<DocumentKind, DocumentTemplateOverride>> {
    const found = new Map<DocumentKind, DocumentTemplateOverride>();
    if (!provinceId) return found;
    const rows = await this.db
      .selectFrom("document_templates")
      .select(["kind", "template", "updated_at", "updated_by"])
      .where("province_id", "=", provinceId)
      .execute();
    for (const row of rows) {
      if (!(row.kind in defaultTemplates)) continue;
      const o = overrideOf(row.kind as DocumentKind, row);
      if (o) found.set(o.kind, o);
    }
    return found;
  }

  /** Stores the province's wording of a kind (already validated), audited with the previous one. */
  async set(provinceId: string, kind: DocumentKind, template: DocumentTemplate): Promise<void> {
    const before = await this.override(provinceId, kind);
    const by = this.gw.actor?.userId ?? null;
    const value = JSON.stringify(template);
    await this.db
      .insertInto("document_templates")
      .values({ province_id: provinceId, kind, template: value, updated_by: by, updated_at: this.gw.now })
      .onConflict((oc) =>
        oc
          .columns(["province_id", "kind"])
          .doUpdateSet({ template: value, updated_by: by, updated_at: this.gw.now }),
      )
      .execute();
    await this.gw.audit({
      action: "document_template.update",
      resourceType: "document_template",
      resourceId: kind,
      place: { countyId: null, cityId: null, provinceId },
      details: { kind, before: before?.template ?? null, after: template },
    });
  }

  /** Drops the province's wording of a kind, back to the default; false when there was none. */
  async reset(provinceId: string, kind: DocumentKind): Promise<boolean> {
    const before = await this.override(provinceId, kind);
    if (!before) return false;
    await this.db
      .deleteFrom("document_templates")
      .where("province_id", "=", provinceId)
      .where("kind", "=", kind)
      .execute();
    await this.gw.audit({
      action: "document_template.reset",
      resourceType: "document_template",
      resourceId: kind,
      place: { countyId: null, cityId: null, provinceId },
      details: { kind, before: before.template },
    });
    return true;
  }
}

/**
 * A stored override, re-checked against the kind's placeholders of this release: one that no
 * longer passes (a placeholder since withdrawn) is set aside and the default is used, rather than
 * printing a document with holes.
 */
function overrideOf(
  kind: DocumentKind,
  row: { template: unknown; updated_at: Date; updated_by: string | null },
): DocumentTemplateOverride | null {
  try {
    return {
      kind,
      template: validateTemplate(kind, row.template),
      updatedAt: row.updated_at,
      updatedBy: row.updated_by,
    };
  } catch {
    return null;
  }
}
