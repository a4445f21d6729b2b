import { sql } from "kysely";
import type { DateString } from "@zhijiao/domain";
import { Repository } from "./repository.ts";

/** What the release sweep needs of a file. */
export interface ReleaseSweepSubject {
  id: string;
  name: string;
  status: string;
  office_id: string;
  county_id: string;
  city_id: string;
  province_id: string;
  minor: boolean;
  correction_end_on: DateString;
}

/**
 * The end of a case (R-RL-1, R-TM-1) beyond the file itself: an open transfer ended by a
 * termination, and the reads of the release sweep. The sweep's reads are unscoped: it runs as
 * the system, with no caller.
 */
export class ClosureRepository extends Repository {
  /** Ends the open transfer of a file (the case was terminated during it); answers its id. */
  async withdrawOpenTransfer(subjectId: string, reason: string): Promise<string | null> {
    const row = await this.db
      .updateTable("transfers")
      .set((eb) => ({
        status: "withdrawn",
        closed_reason: reason,
        version: eb("version", "+", 1),
        updated_at: this.gw.now,
      }))
      .where("subject_id", "=", subjectId)
      .where("status", "not in", ["completed", "refused", "withdrawn"])
      .returning("id")
      .executeTakeFirst();
    return row?.id ?? null;
  }

  /**
   * Release sweep: files in correction ending by `horizon` with something still to do: the
   * release-due event once the end has come (`today`), the release deadline, or the
   * preparation deadline (unless the preparation is done). `skip` leaves out files that failed
   * in this run.
   */
  async releaseCandidates(
    today: DateString,
    horizon: DateString,
    limit: number,
    skip: readonly string[],
  ): Promise<ReleaseSweepSubject[]> {
    // Deadlines are matched as one hashed set per kind (no per-file probe); events through their subject index.
    const withDeadline = (kind: string) =>
      this.db
        .selectFrom("deadlines")
        .select("deadlines.subject_id")
        .where("deadlines.kind", "=", kind)
        .where("deadlines.subject_id", "is not", null);
    let q = this.db
      .selectFrom("subjects")
      .select([
        "id",
        "name",
        "status",
        "office_id",
        "county_id",
        "city_id",
        "province_id",
        "minor",
        "correction_end_on",
      ])
      .where("status", "=", "in_correction")
      .where("correction_end_on", "<=", horizon)
      .where((eb) => {
        const hasEvent = (step: string) =>
          eb.exists(
            eb
              .selectFrom("case_events")
              .select(sql`1`.as("one"))
              .whereRef("case_events.subject_id", "=", "subjects.id")
              .where("case_events.step", "=", step),
          );
        return eb.or([
          eb.and([eb("correction_end_on", "<=", today), eb.not(hasEvent("release_due"))]),
          eb("subjects.id", "not in", withDeadline("release")),
          eb.and([
            eb("subjects.id", "not in", withDeadline("release_preparation")),
            eb.not(hasEvent("prepare_release")),
          ]),
        ]);
      });
    if (skip.length) q = q.where("id", "not in", skip);
    return q.orderBy("correction_end_on").orderBy("id").limit(limit).execute();
  }

  /** One file for the sweep, read again in the item's own transaction and locked against a concurrent step. */
  async subjectForSweep(id: string): Promise<ReleaseSweepSubject | undefined> {
    return this.db
      .selectFrom("subjects")
      .select([
        "id",
        "name",
        "status",
        "office_id",
        "county_id",
        "city_id",
        "province_id",
        "minor",
        "correction_end_on",
      ])
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirst();
  }

  /** Whether a case has had a deadline of this kind, open or closed. */
  async hasDeadline(subjectId: string, kind: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("deadlines")
      .select("id")
      .where("subject_id", "=", subjectId)
      .where("kind", "=", kind)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }
}

/** Session sweep: sessions ended, or idle, before the cutoff are removed in bounded batches. */
export class StaleSessionRepository extends Repository {
  /** Deletes up to `limit` stale sessions; answers how many. */
  async purge(cutoff: Date, limit: number): Promise<number> {
    const stale = this.db
      .selectFrom("sessions")
      .select("token_hash")
      .where((eb) => eb.or([eb("ended_at", "<", cutoff), eb("last_seen_at", "<", cutoff)]))
      .limit(limit);
    const res = await this.db.deleteFrom("sessions").where("token_hash", "in", stale).executeTakeFirst();
    return Number(res.numDeletedRows);
  }
}
