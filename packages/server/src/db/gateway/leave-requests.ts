import { type Insertable, type Selectable, type Updateable } from "kysely";
import type { DateString, LeaveHistoryEntry } from "@zhijiao/domain";
import type { CourtBansTable, LeaveRequestsTable } from "../schema.ts";
import { isUuid, placedRows, scopedTo } from "./scope.ts";
import { updateVersioned } from "./versioned.ts";
import { Repository } from "./repository.ts";

export type LeaveRequestRow = Selectable<LeaveRequestsTable> & {
  subject_name: string;
  office_name: string;
  county_name: string;
};
export type CourtBanRow = Selectable<CourtBansTable>;

export interface LeaveListFilter {
  status?: string;
  subjectId?: string;
  page: number;
  pageSize: number;
}

/** The caller's scope on leave requests: the file's place as for subjects; a subject sees their own. */
const leaveRequests = placedRows("leave_requests", "leave_request", { subjectSeesOwn: true });

/** Leave requests (外出, R-LV-1/2/3), scoped by the place of the file they belong to. */
export class LeaveRequestRepository extends Repository {
  private readonly inScope = scopedTo(this.gw, leaveRequests);

  private named() {
    return this.db
      .selectFrom("leave_requests")
      .innerJoin("subjects", "subjects.id", "leave_requests.subject_id")
      .innerJoin("organizations as office", "office.id", "leave_requests.office_id")
      .innerJoin("organizations as county", "county.id", "leave_requests.county_id")
      .selectAll("leave_requests")
      .select(["subjects.name as subject_name", "office.name as office_name", "county.name as county_name"]);
  }

  async insert(values: Insertable<LeaveRequestsTable>): Promise<LeaveRequestRow> {
    await this.db.insertInto("leave_requests").values(values).execute();
    return this.find(values.id);
  }

  /** In scope, or 404. */
  async find(id: string): Promise<LeaveRequestRow> {
    return this.inScope.find(this.named(), id);
  }

  async list(f: LeaveListFilter): Promise<{ rows: LeaveRequestRow[]; total: number }> {
    let q = this.named();
    if (f.status) q = q.where("leave_requests.status", "=", f.status);
    if (f.subjectId) q = q.where("leave_requests.subject_id", "=", f.subjectId);
    return this.inScope.list(
      q.orderBy("leave_requests.created_at", "desc").orderBy("leave_requests.id"),
      this.db
        .selectFrom("leave_requests")
        .$if(f.status !== undefined, (qb) => qb.where("status", "=", f.status!))
        .$if(f.subjectId !== undefined, (qb) => qb.where("subject_id", "=", f.subjectId!)),
      f,
      { action: "leave.list", resourceType: "leave_request" },
    );
  }

  /**
   * R-LV-2: the file's leave history (dates and status), for the domain to count the cumulative
   * days. Unscoped: the caller already holds the file.
   */
  async history(subjectId: string): Promise<LeaveHistoryEntry[]> {
    const rows = await this.db
      .selectFrom("leave_requests")
      .select(["start_on", "end_on", "status"])
      .where("subject_id", "=", subjectId)
      .orderBy("start_on")
      .execute();
    return rows.map((r) => ({ startOn: r.start_on, endOn: r.end_on, status: r.status }));
  }

  /** A pending or approved (not yet returned) leave of the file overlapping these dates, if any. */
  async overlapping(subjectId: string, startOn: DateString, endOn: DateString) {
    return this.db
      .selectFrom("leave_requests")
      .select(["id", "start_on", "end_on", "status"])
      .where("subject_id", "=", subjectId)
      .where("status", "in", ["pending", "approved"])
      .where("start_on", "<=", endOn)
      .where("end_on", ">=", startOn)
      .orderBy("start_on")
      .executeTakeFirst();
  }

  /** R-LV-3: the earliest end date of the file's approved leave not yet returned from (the return due next). */
  async nextReturnDue(subjectId: string): Promise<DateString | null> {
    const row = await this.db
      .selectFrom("leave_requests")
      .select("end_on")
      .where("subject_id", "=", subjectId)
      .where("status", "=", "approved")
      .orderBy("end_on")
      .limit(1)
      .executeTakeFirst();
    return row?.end_on ?? null;
  }

  /** Files that exist (proof of a reason, R-LV-1): answers the ids that do not. */
  async missingFiles(ids: readonly string[]): Promise<string[]> {
    if (!ids.length) return [];
    const bad = ids.filter((id) => !isUuid(id));
    const good = ids.filter((id) => isUuid(id));
    const found = good.length
      ? (await this.db.selectFrom("files").select("id").where("id", "in", good).execute()).map((r) => r.id)
      : [];
    return [...bad, ...good.filter((id) => !found.includes(id))];
  }

  /** A versioned update (a concurrent decision answers VERSION_CONFLICT). */
  async update(current: LeaveRequestRow, set: Updateable<LeaveRequestsTable>): Promise<LeaveRequestRow> {
    await updateVersioned(this.gw, "leave_requests", current, set);
    return this.find(current.id);
  }
}

/** Court bans (禁止令, R-LV-5) of a file; callers hold the file (scope is checked through it). */
export class CourtBanRepository extends Repository {
  async insert(values: Insertable<CourtBansTable>): Promise<CourtBanRow> {
    return this.db.insertInto("court_bans").values(values).returningAll().executeTakeFirstOrThrow();
  }

  async ofSubject(subjectId: string): Promise<CourtBanRow[]> {
    return this.db
      .selectFrom("court_bans")
      .selectAll()
      .where("subject_id", "=", subjectId)
      .orderBy("from_on")
      .orderBy("created_at")
      .execute();
  }
}
