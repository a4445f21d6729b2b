import { sql, type Selectable } from "kysely";
import { DomainError } from "@zhijiao/domain";
import type { AlertsTable } from "../schema.ts";
import { scopedTo, subjectFiles } from "./scope.ts";
import { Repository } from "./repository.ts";

export type AlertRow = Selectable<AlertsTable> & {
  subject_name: string;
  office_id: string;
  office_name: string;
  county_id: string;
  zone_name: string | null;
};

export interface AlertFilter {
  subjectId?: string;
  status?: string;
  type?: string;
  /** Opened within [openedFrom, openedTo): a day's duty log. */
  openedFrom?: Date;
  openedTo?: Date;
  page: number;
  pageSize: number;
}

/** Location alerts, in the caller's scope through the file they concern. */
export class AlertRepository extends Repository {
  /** An alert is seen with the file it concerns (the queries join `subjects`). */
  private readonly inScope = scopedTo(this.gw, subjectFiles("alerts.id", "alert"));

  private base() {
    return this.db
      .selectFrom("alerts")
      .innerJoin("subjects", "subjects.id", "alerts.subject_id")
      .innerJoin("organizations as office", "office.id", "subjects.office_id")
      .leftJoin("zones", "zones.id", "alerts.zone_id");
  }

  private named() {
    return this.base()
      .selectAll("alerts")
      .select([
        "subjects.name as subject_name",
        "subjects.office_id",
        "office.name as office_name",
        "subjects.county_id",
        sql<string | null>`coalesce(zones.name, alerts.details->>'zoneName')`.as("zone_name"),
      ]);
  }

  async list(f: AlertFilter): Promise<{ rows: AlertRow[]; total: number }> {
    return this.inScope.list(
      this.named()
        .$if(f.openedFrom !== undefined, (q) => q.where("alerts.opened_at", ">=", f.openedFrom!))
        .$if(f.openedTo !== undefined, (q) => q.where("alerts.opened_at", "<", f.openedTo!))
        .$if(f.subjectId !== undefined, (q) => q.where("alerts.subject_id", "=", f.subjectId!))
        .$if(f.status !== undefined, (q) => q.where("alerts.status", "=", f.status!))
        .$if(f.type !== undefined, (q) => q.where("alerts.type", "=", f.type!))
        .orderBy("alerts.opened_at", "desc")
        .orderBy("alerts.id"),
      this.base()
        .$if(f.openedFrom !== undefined, (q) => q.where("alerts.opened_at", ">=", f.openedFrom!))
        .$if(f.openedTo !== undefined, (q) => q.where("alerts.opened_at", "<", f.openedTo!))
        .$if(f.subjectId !== undefined, (q) => q.where("alerts.subject_id", "=", f.subjectId!))
        .$if(f.status !== undefined, (q) => q.where("alerts.status", "=", f.status!))
        .$if(f.type !== undefined, (q) => q.where("alerts.type", "=", f.type!)),
      f,
      { action: "alert.list", resourceType: "alert" },
    );
  }

  /** An alert in scope, or 404. */
  async find(id: string): Promise<AlertRow> {
    return this.inScope.find(this.named(), id);
  }

  /** Changes an alert still at the version read (else 409 VERSION_CONFLICT). */
  async update(
    current: AlertRow,
    set: Partial<{
      status: string;
      acknowledged_by: string;
      acknowledged_at: Date;
      resolved_by: string;
      resolved_at: Date;
      disposition: string;
      resolution_comment: string;
      sanction_id: string | null;
    }>,
  ): Promise<AlertRow> {
    const r = await this.db
      .updateTable("alerts")
      .set({ ...set, version: current.version + 1 })
      .where("id", "=", current.id)
      .where("version", "=", current.version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1)
      throw new DomainError("VERSION_CONFLICT", { id: current.id, version: current.version });
    return this.find(current.id);
  }
}
