import type { Insertable, Selectable, Updateable } from "kysely";
import { DomainError } from "@zhijiao/domain";
import type { SanctionsTable } from "../schema.ts";
import { isUuid, placedRows, requireCountyAgency, scopedTo } from "./scope.ts";
import { Repository } from "./repository.ts";

/** A sanction or commendation with the names the lists and the decision queue show. */
export type SanctionRow = Selectable<SanctionsTable> & {
  subject_name: string;
  subject_category: string;
  office_name: string;
};

export interface SanctionListFilter {
  status?: string;
  page: number;
  pageSize: number;
}

/**
 * Rewards and sanctions (R-SN-1..7), scoped like the files they belong to: by the office and
 * county of the file when the measure was proposed, minors only for those who may see them.
 */
export class SanctionRepository extends Repository {
  private readonly inScope = scopedTo(this.gw, placedRows("sanctions", "sanction"));

  private named() {
    return this.db
      .selectFrom("sanctions")
      .innerJoin("subjects", "subjects.id", "sanctions.subject_id")
      .innerJoin("organizations as office", "office.id", "sanctions.office_id")
      .selectAll("sanctions")
      .select([
        "subjects.name as subject_name",
        "subjects.category as subject_category",
        "office.name as office_name",
      ]);
  }

  /** In scope, or 404. */
  async find(id: string): Promise<SanctionRow> {
    return this.inScope.find(this.named(), id);
  }

  /**
   * A proposal the caller is about to decide: in scope (404), and the caller is the county
   * agency of its file (else 403, R-SN-1: the county decides).
   */
  async findForDecision(id: string): Promise<SanctionRow> {
    const row = await this.find(id);
    requireCountyAgency(this.gw.caller, row.county_id, { action: "sanction:decide" });
    return row;
  }

  /** Every measure of a file, oldest first. The caller has already read the file. */
  async ofSubject(subjectId: string): Promise<SanctionRow[]> {
    return this.named()
      .where("sanctions.subject_id", "=", subjectId)
      .orderBy("sanctions.proposed_at")
      .orderBy("sanctions.id")
      .execute();
  }

  /** The caller's measures (a county's decision queue with `status: "proposed"`), newest first. */
  async list(f: SanctionListFilter): Promise<{ rows: SanctionRow[]; total: number }> {
    return this.inScope.list(
      this.named()
        .$if(f.status !== undefined, (q) => q.where("sanctions.status", "=", f.status!))
        .orderBy("sanctions.proposed_at", "desc")
        .orderBy("sanctions.id"),
      this.db
        .selectFrom("sanctions")
        .$if(f.status !== undefined, (q) => q.where("sanctions.status", "=", f.status!)),
      f,
      { action: "sanction.list", resourceType: "sanction" },
    );
  }

  /** Evidence file ids that are not stored files. */
  async missingFiles(ids: readonly string[]): Promise<string[]> {
    const good = ids.filter((id) => isUuid(id));
    const found = good.length
      ? (await this.db.selectFrom("files").select("id").where("id", "in", good).execute()).map((r) => r.id)
      : [];
    return ids.filter((id) => !found.includes(id));
  }

  /** The file's leaves as they bear on absence (R-LV-3): approved or reported back. */
  async leaveAbsences(subjectId: string) {
    const rows = await this.db
      .selectFrom("leave_requests")
      .select(["end_on", "returned_on", "days_late"])
      .where("subject_id", "=", subjectId)
      .where("status", "in", ["approved", "returned"])
      .execute();
    return rows.map((r) => ({ endOn: r.end_on, returnedOn: r.returned_on, daysLate: r.days_late }));
  }

  async insert(values: Insertable<SanctionsTable>): Promise<SanctionRow> {
    await this.db.insertInto("sanctions").values(values).execute();
    return this.named().where("sanctions.id", "=", values.id).executeTakeFirstOrThrow();
  }

  /** Records the decision on a proposal still open at the version read (else 409). */
  async decide(current: SanctionRow, set: Updateable<SanctionsTable>): Promise<SanctionRow> {
    const res = await this.db
      .updateTable("sanctions")
      .set({ ...set, version: current.version + 1 })
      .where("id", "=", current.id)
      .where("version", "=", current.version)
      .where("status", "=", "proposed")
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw new DomainError("VERSION_CONFLICT", { id: current.id, version: current.version });
    return this.named().where("sanctions.id", "=", current.id).executeTakeFirstOrThrow();
  }
}
