import type { Insertable, Selectable } from "kysely";
import type { RandomChecksTable } from "../schema.ts";
import { Repository } from "./repository.ts";

export type RandomCheckRow = Selectable<RandomChecksTable>;

/** Random checks (随机抽查) of a file; callers hold the file (scope checked through it). */
export class RandomCheckRepository extends Repository {
  async insert(values: Insertable<RandomChecksTable>): Promise<RandomCheckRow> {
    return this.db.insertInto("random_checks").values(values).returningAll().executeTakeFirstOrThrow();
  }

  async ofSubject(subjectId: string): Promise<RandomCheckRow[]> {
    return this.db
      .selectFrom("random_checks")
      .selectAll()
      .where("subject_id", "=", subjectId)
      .orderBy("requested_at", "desc")
      .limit(50)
      .execute();
  }

  async pendingOf(subjectId: string): Promise<RandomCheckRow | undefined> {
    return this.db
      .selectFrom("random_checks")
      .selectAll()
      .where("subject_id", "=", subjectId)
      .where("status", "=", "pending")
      .executeTakeFirst();
  }

  /** A check-in within the deadline answers the open check; answers it, or undefined. */
  async answer(
    subjectId: string,
    at: Date,
    answer: { recordId: string; lat: number; lon: number; accuracyM: number },
  ): Promise<RandomCheckRow | undefined> {
    return this.db
      .updateTable("random_checks")
      .set({
        status: "answered",
        answered_at: at,
        record_id: answer.recordId,
        lat: answer.lat,
        lon: answer.lon,
        accuracy_m: answer.accuracyM,
      })
      .where("subject_id", "=", subjectId)
      .where("status", "=", "pending")
      .where("due_at", ">=", at)
      .returningAll()
      .executeTakeFirst();
  }

  /** Checks past their deadline become missed; answers them with the file's office and county. */
  async markMissed(now: Date) {
    return this.db
      .updateTable("random_checks")
      .set({ status: "missed" })
      .from("subjects")
      .whereRef("subjects.id", "=", "random_checks.subject_id")
      .where("random_checks.status", "=", "pending")
      .where("random_checks.due_at", "<", now)
      .returning([
        "random_checks.id",
        "random_checks.subject_id",
        "random_checks.due_at",
        "subjects.name",
        "subjects.office_id",
        "subjects.county_id",
      ])
      .execute();
  }
}
