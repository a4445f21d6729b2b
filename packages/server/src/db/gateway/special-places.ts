import type { Insertable, Selectable, Updateable } from "kysely";
import { DomainError } from "@zhijiao/domain";
import type { SpecialPlaceRequestsTable } from "../schema.ts";
import type { Gateway } from "./gateway.ts";
import { isUuid } from "./subjects.ts";

export type SpecialPlaceRequestRow = Selectable<SpecialPlaceRequestsTable>;

/**
 * Special-place approvals (进入特定场所, R-LV-4) of a file. Callers hold the file: scope is
 * checked through the subject the request belongs to (404 when it is out of scope).
 */
export class SpecialPlaceRepository {
  constructor(private readonly gw: Gateway) {}

  async insert(values: Insertable<SpecialPlaceRequestsTable>): Promise<SpecialPlaceRequestRow> {
    return this.gw.trx
      .insertInto("special_place_requests")
      .values(values)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** The request by id, unscoped (the caller then checks the file), or 404. */
  async get(id: string): Promise<SpecialPlaceRequestRow> {
    if (!isUuid(id)) throw new DomainError("NOT_FOUND", { resource: "special_place_request" });
    const row = await this.gw.trx
      .selectFrom("special_place_requests")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    if (!row) throw new DomainError("NOT_FOUND", { resource: "special_place_request", id });
    return row;
  }

  async ofSubject(subjectId: string): Promise<SpecialPlaceRequestRow[]> {
    return this.gw.trx
      .selectFrom("special_place_requests")
      .selectAll()
      .where("subject_id", "=", subjectId)
      .orderBy("created_at", "desc")
      .orderBy("id")
      .execute();
  }

  /** Records the decision on a request still pending at the version read (else 409). */
  async decide(
    current: SpecialPlaceRequestRow,
    set: Updateable<SpecialPlaceRequestsTable>,
  ): Promise<SpecialPlaceRequestRow> {
    const row = await this.gw.trx
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
