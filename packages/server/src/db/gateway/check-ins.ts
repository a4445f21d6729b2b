import type { Selectable } from "kysely";
import { DomainError, subjectScope, type SubjectScope } from "@zhijiao/domain";
import type { SupervisionRecordsTable } from "../schema.ts";
import type { Gateway } from "./gateway.ts";
import { placeScopeWhere } from "./scope-sql.ts";
import { isUuid } from "./subjects.ts";
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
  private readonly scope: SubjectScope;
  constructor(gw: Gateway) {
    super(gw);
    this.scope = subjectScope(gw.caller);
  }

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
    const where = placeScopeWhere("supervision_records", this.scope);
    const status = f.status;
    const [rows, count] = await Promise.all([
      this.named()
        .where(where)
        .$if(status !== undefined, (q) =>
          q.where("supervision_records.confirmed_at", status === "confirmed" ? "is not" : "is", null),
        )
        .orderBy("supervision_records.occurred_at", "desc")
        .orderBy("supervision_records.id")
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute(),
      this.db
        .selectFrom("supervision_records")
        .where("supervision_records.kind", "=", "check_in")
        .where(where)
        .$if(status !== undefined, (q) =>
          q.where("supervision_records.confirmed_at", status === "confirmed" ? "is not" : "is", null),
        )
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow(),
    ]);
    const { page, pageSize, ...filter } = f;
    await this.gw.auditOversightRead("check_in.list", "supervision_record", { filter, page, pageSize });
    return { rows, total: Number(count.n) };
  }

  /** A check-in in scope, or 404. */
  async find(id: string): Promise<CheckInRow> {
    if (!isUuid(id)) throw new DomainError("NOT_FOUND", { resource: "check_in" });
    const row = await this.named()
      .where("supervision_records.id", "=", id)
      .where(placeScopeWhere("supervision_records", this.scope))
      .executeTakeFirst();
    if (!row) throw new DomainError("NOT_FOUND", { resource: "check_in", id });
    return row;
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
