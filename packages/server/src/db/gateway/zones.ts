import type { Insertable, Selectable } from "kysely";
import { DomainError } from "@zhijiao/domain";
import type { ZonesTable } from "../schema.ts";
import { checkedThroughOwner, scopedTo } from "./scope.ts";
import { Repository } from "./repository.ts";

export type StoredZoneRow = Selectable<ZonesTable>;

/**
 * A subject's stored zones (court-ban places, leave destinations, curfews, manual ones); the
 * residence zone is implicit and never stored. Callers hold the file the zones belong to.
 */
export class ZoneRepository extends Repository {
  async insert(values: Omit<Insertable<ZonesTable>, "shape"> & { shape: unknown }): Promise<StoredZoneRow> {
    return this.db
      .insertInto("zones")
      .values({ ...values, shape: JSON.stringify(values.shape) })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** The file's zones not ended, oldest first. */
  async inForce(subjectId: string): Promise<StoredZoneRow[]> {
    return this.db
      .selectFrom("zones")
      .selectAll()
      .where("subject_id", "=", subjectId)
      .where("ended_at", "is", null)
      .orderBy("created_at")
      .orderBy("id")
      .execute();
  }

  /** A zone by id, unscoped (the caller then checks its file), or 404. */
  async get(id: string): Promise<StoredZoneRow> {
    return scopedTo(this.gw, checkedThroughOwner("zones.id", "zone")).find(
      this.db.selectFrom("zones").selectAll(),
      id,
    );
  }

  /** Ends a zone still in force (else ZONE_ENDED, 409); the row stays for the record. */
  async end(id: string): Promise<StoredZoneRow> {
    const row = await this.db
      .updateTable("zones")
      .set({ ended_at: this.gw.now })
      .where("id", "=", id)
      .where("ended_at", "is", null)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new DomainError("ZONE_ENDED", { id });
    return row;
  }

  /** Ends the zones a record opened (a leave's destination on return); answers how many. */
  async endFromSource(source: string, sourceId: string): Promise<StoredZoneRow[]> {
    return this.db
      .updateTable("zones")
      .set({ ended_at: this.gw.now })
      .where("source", "=", source)
      .where("source_id", "=", sourceId)
      .where("ended_at", "is", null)
      .returningAll()
      .execute();
  }
}
