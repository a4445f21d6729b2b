import { sql, type Insertable, type Selectable, type Updateable } from "kysely";
import { DomainError, mayWriteInOffice } from "@zhijiao/domain";
import type { SubjectsTable } from "../schema.ts";
import type { Place } from "./gateway.ts";
import { updateVersioned } from "./versioned.ts";
import { scopedTo, subjectFiles } from "./scope.ts";
import { Repository } from "./repository.ts";

export { isUuid } from "./scope.ts";

export type SubjectRow = Selectable<SubjectsTable> & { office_name: string; county_name: string };

export interface SubjectListFilter {
  status?: string;
  category?: string;
  level?: string;
  officeId?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** Unigrams and bigrams of a name: what the GIN index on name_tokens holds. */
export function nameTokens(name: string): string[] {
  const chars = Array.from(name.trim().toLowerCase());
  const grams = new Set<string>(chars);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}

/** The tokens a search needs: the bigrams of the query, or the one character. */
function queryTokens(q: string): string[] {
  const chars = Array.from(q.trim().toLowerCase());
  if (chars.length <= 1) return chars;
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => "\\" + c);
}

export function placeOf(row: { county_id: string; city_id: string; province_id: string }): Place & {
  countyId: string;
  cityId: string;
  provinceId: string;
} {
  return { countyId: row.county_id, cityId: row.city_id, provinceId: row.province_id };
}

/** Subject files, always within the caller's scope; reads of a file are audited. */
export class SubjectRepository extends Repository {
  private readonly files = scopedTo(this.gw, subjectFiles());

  /** Whole rows with their office and county names (the scope is applied by the caller). */
  private named() {
    return this.db
      .selectFrom("subjects")
      .innerJoin("organizations as office", "office.id", "subjects.office_id")
      .innerJoin("organizations as county", "county.id", "subjects.county_id")
      .selectAll("subjects")
      .select(["office.name as office_name", "county.name as county_name"]);
  }

  /** The list's filter (the scope is applied by the list). */
  private filtered(f: SubjectListFilter) {
    let q = this.db.selectFrom("subjects");
    if (f.status) q = q.where("subjects.status", "=", f.status);
    if (f.category) q = q.where("subjects.category", "=", f.category);
    if (f.level) q = q.where("subjects.level", "=", f.level);
    if (f.officeId) q = q.where("subjects.office_id", "=", f.officeId);
    const text = f.q?.trim();
    if (text) {
      const cipher = this.gw.cipher;
      if (/^\d{17}[\dXx]$/.test(text))
        q = q.where("subjects.id_number_hash", "=", cipher.hash("id", text.toUpperCase()));
      else if (/^\d{3}[\dXx]$/.test(text))
        q = q.where("subjects.id_tail4_hash", "=", cipher.hash("id4", text.toUpperCase()));
      else if (/^\d{5}[\dXx]$/.test(text))
        q = q.where("subjects.id_tail6_hash", "=", cipher.hash("id6", text.toUpperCase()));
      else {
        q = q.where("subjects.name_tokens", "@>", sql<string[]>`${queryTokens(text)}::text[]`);
        // One or two characters are a token themselves; longer text must also appear in order.
        if (Array.from(text).length > 2) q = q.where("subjects.name", "ilike", `%${escapeLike(text)}%`);
      }
    }
    return q;
  }

  async list(f: SubjectListFilter): Promise<{ rows: SubjectRow[]; total: number }> {
    const where = this.filtered(f);
    // The page's ids first, then their rows with names: the joins touch 20 rows, not every match.
    const [page, total] = await Promise.all([
      this.files
        .narrow(where.select("subjects.id"))
        .orderBy("subjects.created_at", "desc")
        .orderBy("subjects.id", "desc")
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute(),
      this.files.count(where),
    ]);
    const rows = page.length
      ? await this.files
          .narrow(this.named())
          .where(
            "subjects.id",
            "in",
            page.map((p) => p.id),
          )
          .orderBy("subjects.created_at", "desc")
          .orderBy("subjects.id", "desc")
          .execute()
      : [];
    const { page: pageNo, pageSize, ...filter } = f;
    await this.gw.auditOversightRead("subject.list", "subject", {
      filter,
      page: pageNo,
      pageSize,
      returned: rows.map((r) => r.id),
    });
    return { rows, total };
  }

  /** A file in scope, or 404. Not audited: use `read` for a view of the file. */
  async find(id: string): Promise<SubjectRow> {
    return this.files.find(this.named(), id);
  }

  /**
   * A file the caller is about to change: in scope (else 404), in an office the caller may
   * write in (else 403), and not archived (else 409).
   */
  async findForChange(id: string): Promise<SubjectRow> {
    const row = await this.find(id);
    const office = {
      id: row.office_id,
      kind: "office" as const,
      countyId: row.county_id,
      cityId: row.city_id,
      provinceId: row.province_id,
    };
    if (!mayWriteInOffice(this.gw.caller, office))
      throw new DomainError("FORBIDDEN", { action: "subject:update" });
    if (row.archived) throw new DomainError("FILE_ARCHIVED", { id });
    return row;
  }

  /**
   * A file the caller is about to take a lifecycle step on: in scope (404), writable by the
   * caller (403) as the holding office or county, or, with `shared`, as the other side of an
   * open transfer (R-TR-1). Archived files are refused by the state machine (FILE_ARCHIVED).
   */
  async findForStep(id: string, opts: { shared?: boolean } = {}): Promise<SubjectRow> {
    const row = await this.find(id);
    const actor = this.gw.caller;
    const office = (officeId: string, countyId: string) => ({
      id: officeId,
      kind: "office" as const,
      countyId,
      cityId: row.city_id,
      provinceId: row.province_id,
    });
    const holder = mayWriteInOffice(actor, office(row.office_id, row.county_id));
    const other =
      opts.shared === true &&
      row.shared_county_id !== null &&
      (actor.org.id === row.shared_county_id || actor.org.id === row.shared_office_id);
    if (!holder && !other) throw new DomainError("FORBIDDEN", { action: "case:step" });
    return row;
  }

  /**
   * Writes a lifecycle step's changes to the file, guarded by the version read (a concurrent
   * step answers VERSION_CONFLICT). The step's audit record is the case event's.
   */
  async applyStep(current: SubjectRow, set: Updateable<SubjectsTable>): Promise<SubjectRow> {
    await updateVersioned(this.gw, "subjects", current, set);
    return this.find(current.id);
  }

  /** A view of the file: audited in the same transaction. */
  async read(
    id: string,
    action = "subject.read",
    details: Record<string, unknown> = {},
  ): Promise<SubjectRow> {
    const row = await this.find(id);
    await this.gw.audit({
      action,
      resourceType: "subject",
      resourceId: id,
      subjectId: id,
      place: placeOf(row),
      details,
    });
    return row;
  }

  async idNumberHashTaken(hash: string, exceptId?: string): Promise<boolean> {
    // Deliberately unscoped: one open file per person across the whole platform.
    let q = this.db
      .selectFrom("subjects")
      .select("id")
      .where("id_number_hash", "=", hash)
      .where("status", "not in", ["released", "terminated"]);
    if (exceptId) q = q.where("id", "!=", exceptId);
    return (await q.executeTakeFirst()) !== undefined;
  }

  async insert(values: Insertable<SubjectsTable>, details: Record<string, unknown>): Promise<SubjectRow> {
    await this.db.insertInto("subjects").values(values).execute();
    await this.gw.audit({
      action: "subject.create",
      resourceType: "subject",
      resourceId: values.id,
      subjectId: values.id,
      place: { countyId: values.county_id, cityId: values.city_id, provinceId: values.province_id },
      details,
    });
    return this.find(values.id);
  }

  /** Optimistic update: refuses a stale version and an archived file. */
  async update(
    current: SubjectRow,
    set: Updateable<SubjectsTable>,
    expectedVersion: number,
    details: Record<string, unknown>,
  ): Promise<SubjectRow> {
    if (current.archived) throw new DomainError("FILE_ARCHIVED", { id: current.id });
    await updateVersioned(this.gw, "subjects", { id: current.id, version: expectedVersion }, set);
    const after = await this.find(current.id);
    await this.gw.audit({
      action: "subject.update",
      resourceType: "subject",
      resourceId: current.id,
      subjectId: current.id,
      place: placeOf(after),
      details,
    });
    return after;
  }

  async setPhoto(current: SubjectRow, fileId: string): Promise<void> {
    if (current.archived) throw new DomainError("FILE_ARCHIVED", { id: current.id });
    await this.db
      .updateTable("subjects")
      .set({ photo_file_id: fileId, updated_at: this.gw.now, version: current.version + 1 })
      .where("id", "=", current.id)
      .execute();
    await this.gw.audit({
      action: "subject.photo.update",
      resourceType: "subject",
      resourceId: current.id,
      subjectId: current.id,
      place: placeOf(current),
      details: { fileId },
    });
  }
}
