import type { Insertable, Selectable, Updateable } from "kysely";
import { DomainError } from "@zhijiao/domain";
import type { SpecialPlaceRequestsTable } from "../schema.ts";
import { checkedThroughOwner, placedRows, scopedTo } from "./scope.ts";
import { Repository } from "./repository.ts";

export type SpecialPlaceRequestRow = Selectable<SpecialPlaceRequestsTable>;
export type NamedSpecialPlaceRequestRow = SpecialPlaceRequestRow & {
  subject_name: string;
  office_name: string;
};

/** A request by id: the use case then checks its file. */
const byId = checkedThroughOwner("special_place_requests.id", "special_place_request");
/** Lists: requests carry the place of their file, like the file (minors not above the county). */
const inPlace = placedRows("special_place_requests", "special_place_request");

/**
 * Special-place approvals (进入特定场所, R-LV-4) of a file. Callers hold the file: scope is
 * checked through the subject the request belongs to (404 when it is out of scope).
 */
export class SpecialPlaceRepository extends Repository {
  async insert(values: Insertable<SpecialPlaceRequestsTable>): Promise<SpecialPlaceRequestRow> {
    return this.db
      .insertInto("special_place_requests")
      .values(values)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** The request by id, unscoped (the caller then checks the file), or 404. */
  async get(id: string): Promise<SpecialPlaceRequestRow> {
    return scopedTo(this.gw, byId).find(this.db.selectFrom("special_place_requests").selectAll(), id);
  }

  async ofSubject(subjectId: string): Promise<SpecialPlaceRequestRow[]> {
    return this.db
      .selectFrom("special_place_requests")
      .selectAll()
      .where("subject_id", "=", subjectId)
      .orderBy("created_at", "desc")
      .orderBy("id")
      .execute();
  }

  /** Requests in the caller's scope (like files), newest first; `pending`: the county's queue. */
  async list(f: {
    status?: string;
    page: number;
    pageSize: number;
  }): Promise<{ rows: NamedSpecialPlaceRequestRow[]; total: number }> {
    return scopedTo(this.gw, inPlace).list(
      this.db
        .selectFrom("special_place_requests")
        .innerJoin("subjects", "subjects.id", "special_place_requests.subject_id")
        .innerJoin("organizations as office", "office.id", "special_place_requests.office_id")
        .selectAll("special_place_requests")
        .select(["subjects.name as subject_name", "office.name as office_name"])
        .$if(f.status !== undefined, (q) => q.where("special_place_requests.status", "=", f.status!))
        .orderBy("special_place_requests.created_at", "desc")
        .orderBy("special_place_requests.id"),
      this.db
        .selectFrom("special_place_requests")
        .$if(f.status !== undefined, (q) => q.where("special_place_requests.status", "=", f.status!)),
      f,
      { action: "special_place.list", resourceType: "special_place_request" },
    );
  }

  /** Records the decision on a request still pending at the version read (else 409). */
  async decide(
    current: SpecialPlaceRequestRow,
    set: Updateable<SpecialPlaceRequestsTable>,
  ): Promise<SpecialPlaceRequestRow> {
    const row = await this.db
      .updateTable("special_place_requests")
      .set({ ...set, version: current.version + 1, updated_at: this.gw.now })
      .where("id", "=", current.id)
      .where("version", "=", current.version)
      .where("status", "=", "pending")
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new DomainError("VERSION_CONFLICT", { id: current.id, version: current.version });
    return row;
  }
}
