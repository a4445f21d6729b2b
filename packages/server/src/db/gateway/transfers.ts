import { sql, type Insertable, type Selectable, type SqlBool, type Updateable } from "kysely";
import { subjectScope, type ScopeColumn, openTransferStatuses } from "@zhijiao/domain";
import type { TransfersTable } from "../schema.ts";
import { updateVersioned } from "./versioned.ts";
import type { Place } from "./gateway.ts";
import type { ResponsiblePlace } from "./deadlines.ts";
import { isUuid, requireCountyAgency, scopedTo, subjectFiles, type TableScope } from "./scope.ts";
import { Repository } from "./repository.ts";

/** A transfer with the names and places of both sides and of the person concerned. */
export type TransferRow = Selectable<TransfersTable> & {
  subject_name: string;
  subject_minor: boolean;
  origin_office_name: string;
  origin_county_name: string;
  origin_city_id: string;
  origin_province_id: string;
  destination_office_name: string;
  destination_county_name: string;
  destination_city_id: string;
  destination_province_id: string;
};

/** The statuses of a transfer still under way (the others close it). */

export interface TransferListFilter {
  /** incoming: the caller is the destination; outgoing: the origin; both when absent. */
  direction?: "incoming" | "outgoing";
  open?: boolean;
  page: number;
  pageSize: number;
}

/** The two sides of a transfer as the columns a scope matches on. */
const sideColumns: Record<ScopeColumn, { origin: string; destination: string }> = {
  officeId: { origin: "transfers.origin_office_id", destination: "transfers.destination_office_id" },
  countyId: { origin: "transfers.origin_county_id", destination: "transfers.destination_county_id" },
  cityId: { origin: "origin_county.city_id", destination: "destination_county.city_id" },
  provinceId: { origin: "origin_county.province_id", destination: "destination_county.province_id" },
};

/**
 * R-TR-1: a transfer is readable by either side, whatever happens to the file afterwards (the
 * origin keeps its history): the caller's organisation matched against the origin's or the
 * destination's office, county, city or province; minors' transfers not above the county. The
 * queries join `subjects` and both counties; `direction` narrows to one side.
 */
function transferSides(direction?: "incoming" | "outgoing"): TableScope {
  return {
    resource: "transfer",
    id: "transfers.id",
    where(caller) {
      const scope = subjectScope(caller);
      if (scope.kind !== "org") return sql<SqlBool>`false`;
      const cols = sideColumns[scope.column];
      const origin = sql<SqlBool>`${sql.ref(cols.origin)} = ${scope.orgId}`;
      const destination = sql<SqlBool>`${sql.ref(cols.destination)} = ${scope.orgId}`;
      const side =
        direction === "incoming"
          ? destination
          : direction === "outgoing"
            ? origin
            : sql<SqlBool>`(${origin} or ${destination})`;
      return scope.includeMinors ? side : sql<SqlBool>`(${side} and not subjects.minor)`;
    },
  };
}

/** Whoever sees the file sees its open transfer (the queries join `subjects`). */
const transfersOfFile = subjectFiles("transfers.id", "transfer");

/** The destination as the place responsible for a deadline. */
export function destinationPlace(row: TransferRow, officeId: string | null): ResponsiblePlace {
  return {
    officeId,
    countyId: row.destination_county_id,
    cityId: row.destination_city_id,
    provinceId: row.destination_province_id,
    minor: row.subject_minor,
  };
}

/** The origin as the place responsible for a deadline. */
export function originPlace(row: TransferRow, officeId: string | null): ResponsiblePlace {
  return {
    officeId,
    countyId: row.origin_county_id,
    cityId: row.origin_city_id,
    provinceId: row.origin_province_id,
    minor: row.subject_minor,
  };
}

/** Changes of the place of execution (执行地变更), scoped to the agencies and offices of both sides. */
export class TransferRepository extends Repository {
  private readonly eitherSide = scopedTo(this.gw, transferSides());

  private named() {
    return this.db
      .selectFrom("transfers")
      .innerJoin("subjects", "subjects.id", "transfers.subject_id")
      .innerJoin("organizations as origin_office", "origin_office.id", "transfers.origin_office_id")
      .innerJoin("organizations as origin_county", "origin_county.id", "transfers.origin_county_id")
      .innerJoin(
        "organizations as destination_office",
        "destination_office.id",
        "transfers.destination_office_id",
      )
      .innerJoin(
        "organizations as destination_county",
        "destination_county.id",
        "transfers.destination_county_id",
      )
      .selectAll("transfers")
      .select([
        "subjects.name as subject_name",
        "subjects.minor as subject_minor",
        "origin_office.name as origin_office_name",
        "origin_county.name as origin_county_name",
        sql<string>`origin_county.city_id`.as("origin_city_id"),
        sql<string>`origin_county.province_id`.as("origin_province_id"),
        "destination_office.name as destination_office_name",
        "destination_county.name as destination_county_name",
        sql<string>`destination_county.city_id`.as("destination_city_id"),
        sql<string>`destination_county.province_id`.as("destination_province_id"),
      ]);
  }

  /** A transfer either side of which is the caller's, or 404. Not audited: `read` is. */
  async find(id: string): Promise<TransferRow> {
    return this.eitherSide.find(this.named(), id);
  }

  /** A view of the transfer (it names the person and the new address): audited. */
  async read(id: string): Promise<TransferRow> {
    const row = await this.find(id);
    await this.gw.audit({
      action: "transfer.read",
      resourceType: "transfer",
      resourceId: row.id,
      subjectId: row.subject_id,
      place: this.callerSide(row),
    });
    return row;
  }

  /**
   * A transfer the caller is about to take a step on: in scope (404), and the caller is the
   * county agency of that side, or with `office` its justice office (else 403).
   */
  async findForStep(
    id: string,
    side: "origin" | "destination",
    opts: { office?: boolean } = {},
  ): Promise<TransferRow> {
    const row = await this.find(id);
    const countyId = side === "origin" ? row.origin_county_id : row.destination_county_id;
    const officeId = side === "origin" ? row.origin_office_id : row.destination_office_id;
    requireCountyAgency(
      this.gw.caller,
      countyId,
      { action: "transfer:step", side },
      opts.office === true ? officeId : null,
    );
    return row;
  }

  /** The caller's transfers, newest application first. */
  async list(f: TransferListFilter): Promise<{ rows: TransferRow[]; total: number }> {
    const open = f.open === true ? openTransferStatuses : null;
    return scopedTo(this.gw, transferSides(f.direction)).list(
      this.named()
        .$if(open !== null, (q) => q.where("transfers.status", "in", open!))
        .orderBy("transfers.applied_on", "desc")
        .orderBy("transfers.created_at", "desc")
        .orderBy("transfers.id"),
      this.db
        .selectFrom("transfers")
        .innerJoin("subjects", "subjects.id", "transfers.subject_id")
        .innerJoin("organizations as origin_county", "origin_county.id", "transfers.origin_county_id")
        .innerJoin(
          "organizations as destination_county",
          "destination_county.id",
          "transfers.destination_county_id",
        )
        .$if(open !== null, (q) => q.where("transfers.status", "in", open!)),
      f,
      { action: "transfer.list", resourceType: "transfer" },
    );
  }

  /**
   * The transfer under way for a file, if any. Scoped like the file itself (whoever sees the
   * file sees its open transfer), for the case view.
   */
  async openFor(subjectId: string): Promise<TransferRow | undefined> {
    if (!isUuid(subjectId)) return undefined;
    return scopedTo(this.gw, transfersOfFile)
      .narrow(this.named())
      .where("transfers.subject_id", "=", subjectId)
      .where("transfers.status", "in", openTransferStatuses)
      .executeTakeFirst();
  }

  /** Every transfer of a file the caller can read, newest first (the file's own history). */
  async ofSubject(subjectId: string): Promise<TransferRow[]> {
    if (!isUuid(subjectId)) return [];
    return this.eitherSide
      .narrow(this.named())
      .where("transfers.subject_id", "=", subjectId)
      .orderBy("transfers.applied_on", "desc")
      .orderBy("transfers.created_at", "desc")
      .execute();
  }

  /** Inserts an application; the caller has already checked the file is its own. */
  async insert(values: Insertable<TransfersTable>): Promise<TransferRow> {
    await this.db.insertInto("transfers").values(values).execute();
    return this.unscopedFind(values.id);
  }

  /**
   * Versioned update (a concurrent step answers VERSION_CONFLICT). The step's audit record is
   * the case event's.
   */
  async update(current: TransferRow, set: Updateable<TransfersTable>): Promise<TransferRow> {
    await updateVersioned(this.gw, "transfers", current, set);
    return this.unscopedFind(current.id);
  }

  /** After a write the caller made: the row as stored (the caller may be an office that only just applied). */
  private async unscopedFind(id: string): Promise<TransferRow> {
    return this.named().where("transfers.id", "=", id).executeTakeFirstOrThrow();
  }

  /** The side of the transfer the caller reads from, as the place of its audit record. */
  private callerSide(row: TransferRow): Place {
    const org = this.gw.caller.org;
    const origin = org.id === row.origin_county_id || org.id === row.origin_office_id;
    const destination = org.id === row.destination_county_id || org.id === row.destination_office_id;
    if (destination && !origin)
      return {
        countyId: row.destination_county_id,
        cityId: row.destination_city_id,
        provinceId: row.destination_province_id,
      };
    if (origin)
      return {
        countyId: row.origin_county_id,
        cityId: row.origin_city_id,
        provinceId: row.origin_province_id,
      };
    // Oversight (procuratorate, city, province): the place of its own area.
    return { countyId: org.countyId, cityId: org.cityId, provinceId: org.provinceId };
  }
}
