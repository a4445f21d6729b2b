import type { Insertable, Selectable, Updateable } from "kysely";
import { DomainError, type DateString } from "@zhijiao/domain";
import type { PositioningAuthorizationsTable } from "../schema.ts";
import { rowsOfFile, scopedTo } from "./scope.ts";
import { Repository } from "./repository.ts";

/** An authorization with the names of who proposed and who decided it. */
export type PositioningRow = Selectable<PositioningAuthorizationsTable> & {
  proposed_by_name: string | null;
  decided_by_name: string | null;
};

/** What the expiry sweep reads: an authorization run out, with its file's place. */
export interface ExpiredPositioning {
  id: string;
  subject_id: string;
  until_on: DateString;
}

/** The file of an authorization as the expiry sweep needs it: who to notify, where to record. */
export interface PositionedFile {
  id: string;
  name: string;
  office_id: string;
  county_id: string;
  city_id: string;
  province_id: string;
}

/**
 * 使用电子定位装置审批 (R-EP-1), scoped through the file each belongs to (404 outside the
 * caller's scope). The sweep reads without a caller.
 */
export class PositioningRepository extends Repository {
  /** In scope when its file is; the sweep reads without a caller and never asks. */
  private readonly inScope = scopedTo(
    this.gw,
    rowsOfFile("pa.subject_id", "pa.id", "positioning_authorization"),
  );

  private named() {
    return this.db
      .selectFrom("positioning_authorizations as pa")
      .leftJoin("users as proposer", "proposer.id", "pa.proposed_by")
      .leftJoin("users as decider", "decider.id", "pa.decided_by")
      .selectAll("pa")
      .select(["proposer.display_name as proposed_by_name", "decider.display_name as decided_by_name"]);
  }

  async insert(values: Insertable<PositioningAuthorizationsTable>): Promise<PositioningRow> {
    await this.db.insertInto("positioning_authorizations").values(values).execute();
    return this.named().where("pa.id", "=", values.id).executeTakeFirstOrThrow();
  }

  /** An authorization whose file is in the caller's scope, or 404. */
  async find(id: string): Promise<PositioningRow> {
    return this.inScope.find(this.named(), id);
  }

  /** The file's authorizations, latest period first (the caller holds the file). */
  async ofSubject(subjectId: string): Promise<PositioningRow[]> {
    return this.named()
      .where("pa.subject_id", "=", subjectId)
      .orderBy("pa.from_on", "desc")
      .orderBy("pa.proposed_at", "desc")
      .orderBy("pa.id")
      .execute();
  }

  /** Records the decision on a proposal still pending at the version read (else 409). */
  async decide(
    current: PositioningRow,
    set: Updateable<PositioningAuthorizationsTable>,
  ): Promise<PositioningRow> {
    const res = await this.db
      .updateTable("positioning_authorizations")
      .set({ ...set, version: current.version + 1, updated_at: this.gw.now })
      .where("id", "=", current.id)
      .where("version", "=", current.version)
      .where("status", "=", "proposed")
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw new DomainError("VERSION_CONFLICT", { id: current.id, version: current.version });
    return this.named().where("pa.id", "=", current.id).executeTakeFirstOrThrow();
  }

  /** Approved authorizations whose last day is before `today` (the sweep; unscoped). */
  async expired(today: DateString, limit: number, skip: readonly string[]): Promise<ExpiredPositioning[]> {
    let q = this.db
      .selectFrom("positioning_authorizations")
      .select(["id", "subject_id", "until_on"])
      .where("status", "=", "approved")
      .where("until_on", "<", today);
    if (skip.length) q = q.where("id", "not in", skip);
    return q.orderBy("until_on").orderBy("id").limit(limit).execute();
  }

  /** The authorization locked for the sweep, read again (it may have been handled meanwhile). */
  async lockForSweep(id: string): Promise<Selectable<PositioningAuthorizationsTable> | undefined> {
    return this.db
      .selectFrom("positioning_authorizations")
      .selectAll()
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirst();
  }

  /** The file's authorizations, unscoped (the sweep). */
  async ofSubjectForSweep(subjectId: string): Promise<Selectable<PositioningAuthorizationsTable>[]> {
    return this.db
      .selectFrom("positioning_authorizations")
      .selectAll()
      .where("subject_id", "=", subjectId)
      .execute();
  }

  /** The file an authorization belongs to, with its place, unscoped (the sweep). */
  async fileForSweep(subjectId: string): Promise<PositionedFile> {
    return this.db
      .selectFrom("subjects")
      .select(["id", "name", "office_id", "county_id", "city_id", "province_id"])
      .where("id", "=", subjectId)
      .executeTakeFirstOrThrow();
  }

  /** Ends an approved authorization that has run out (the sweep). */
  async end(id: string, endedOn: DateString, reason: string): Promise<boolean> {
    const res = await this.db
      .updateTable("positioning_authorizations")
      .set((eb) => ({
        status: "ended",
        ended_on: endedOn,
        end_reason: reason,
        version: eb("version", "+", 1),
        updated_at: this.gw.now,
      }))
      .where("id", "=", id)
      .where("status", "=", "approved")
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }
}
