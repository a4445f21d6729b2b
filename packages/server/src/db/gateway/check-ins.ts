import type { Selectable } from "kysely";
import { DomainError } from "@zhijiao/domain";
import type { SupervisionRecordsTable } from "../schema.ts";
import { placedRows, scopedTo } from "./scope.ts";
import { Repository } from "./repository.ts";

export type CheckInRow = Selectable<SupervisionRecordsTable> & {
  subject_name: string;
  office_name: string;
  confirmed_by_name: string | null;
};

export type CheckInStatus = "unconfirmed" | "confirmed";

export interface CheckInListFilter {
  status?: CheckInStatus;
  page: number;
  pageSize: number;
}

/**
 * The subjects' mobile check-ins (supervision records of kind `check_in`), scoped like the files
 * they belong to, and their confirmation by the office (issue 4, the workbench's 新打卡).
 */
export class CheckInRepository extends Repository {
  private readonly inScope = scopedTo(this.gw, placedRows("supervision_records", "check_in"));

  private named() {
    return this.db
      .selectFrom("supervision_records")
      .innerJoin("subjects", "subjects.id", "supervision_records.subject_id")
      .innerJoin("organizations as office", "office.id", "supervision_records.office_id")
      .leftJoin("users as confirmer", "confirmer.id", "supervision_records.confirmed_by")
      .selectAll("supervision_records")
      .select(["subjects.name as subject_name", "office.name as office_name"])
      .select("confirmer.display_name as confirmed_by_name")
      .where("supervision_records.kind", "=", "check_in");
  }

  /** Check-ins in the caller's scope, newest first. */
  async list(f: CheckInListFilter): Promise<{ rows: CheckInRow[]; total: number }> {
    const status = f.status;
    return this.inScope.list(
      this.named()
        .$if(status !== undefined, (q) =>
          q.where("supervision_records.confirmed_at", status === "confirmed" ? "is not" : "is", null),
        )
        .orderBy("supervision_records.occurred_at", "desc")
        .orderBy("supervision_records.id"),
      this.db
        .selectFrom("supervision_records")
        .where("supervision_records.kind", "=", "check_in")
        .$if(status !== undefined, (q) =>
          q.where("supervision_records.confirmed_at", status === "confirmed" ? "is not" : "is", null),
        ),
      f,
      { action: "check_in.list", resourceType: "supervision_record" },
    );
  }

  /** A check-in in scope, or 404. */
  async find(id: string): Promise<CheckInRow> {
    return this.inScope.find(this.named(), id);
  }

  /** Confirms a check-in not yet confirmed (409 `CHECK_IN_CONFIRMED` otherwise). */
  async confirm(current: CheckInRow): Promise<CheckInRow> {
    const res = await this.db
      .updateTable("supervision_records")
      .set({ confirmed_at: this.gw.now, confirmed_by: this.gw.caller.userId })
      .where("id", "=", current.id)
      .where("kind", "=", "check_in")
      .where("confirmed_at", "is", null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new DomainError("CHECK_IN_CONFIRMED", { id: current.id });
    return this.named().where("supervision_records.id", "=", current.id).executeTakeFirstOrThrow();
  }
}
