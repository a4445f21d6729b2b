import type { Insertable, Selectable, Updateable } from "kysely";
import { DomainError } from "@zhijiao/domain";
import type { AbsencesTable } from "../schema.ts";
import { checkedThroughOwner, scopedTo } from "./scope.ts";
import { Repository } from "./repository.ts";

export type AbsenceRow = Selectable<AbsencesTable>;

/**
 * Loss of contact (脱管, R-MS-1): the searches opened on a file and their outcome. Callers hold
 * the file: scope is checked through the subject the search belongs to.
 */
export class AbsenceRepository extends Repository {
  async insert(values: Insertable<AbsencesTable>): Promise<AbsenceRow> {
    return this.db.insertInto("absences").values(values).returningAll().executeTakeFirstOrThrow();
  }

  /** The search by id, unscoped (the caller then checks the file), or 404. */
  async get(id: string): Promise<AbsenceRow> {
    return scopedTo(this.gw, checkedThroughOwner("absences.id", "absence")).find(
      this.db.selectFrom("absences").selectAll(),
      id,
    );
  }

  async ofSubject(subjectId: string): Promise<AbsenceRow[]> {
    return this.db
      .selectFrom("absences")
      .selectAll()
      .where("subject_id", "=", subjectId)
      .orderBy("lost_on")
      .orderBy("created_at")
      .execute();
  }

  /** The file's open search, if any (one at a time). */
  async openOf(subjectId: string): Promise<AbsenceRow | undefined> {
    return this.db
      .selectFrom("absences")
      .selectAll()
      .where("subject_id", "=", subjectId)
      .where("status", "=", "searching")
      .executeTakeFirst();
  }

  /** Closes a search still open at the version read (else 409). */
  async close(current: AbsenceRow, set: Updateable<AbsencesTable>): Promise<AbsenceRow> {
    const row = await this.db
      .updateTable("absences")
      .set({ ...set, status: "found", version: current.version + 1, updated_at: this.gw.now })
      .where("id", "=", current.id)
      .where("version", "=", current.version)
      .where("status", "=", "searching")
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new DomainError("VERSION_CONFLICT", { id: current.id, version: current.version });
    return row;
  }
}
