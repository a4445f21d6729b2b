import type { Selectable, SelectQueryBuilder } from "kysely";
import { DomainError, type Actor } from "@zhijiao/domain";
import type { AuditLogTable, DB } from "../schema.ts";
import { Repository } from "./repository.ts";

export type AuditRow = Selectable<AuditLogTable>;

export interface AuditFilter {
  action?: string;
  actorId?: string;
  subjectId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

/** Browsing the audit trail: all of it for administrators, its own area for a procurator. */
export class AuditLogRepository extends Repository {
  private scoped(actor: Actor) {
    const q = this.db.selectFrom("audit_log");
    switch (actor.role) {
      case "admin":
        return q;
      case "procurator": {
        const o = actor.org;
        if (o.countyId) return q.where("county_id", "=", o.countyId);
        if (o.cityId) return q.where("city_id", "=", o.cityId);
        return q.where("province_id", "=", o.provinceId ?? o.id);
      }
      case "province_supervisor":
      case "city_supervisor":
      case "county_officer":
      case "county_head":
      case "office_worker":
      case "social_worker":
      case "subject":
        throw new DomainError("FORBIDDEN");
    }
  }

  async browse(f: AuditFilter): Promise<{ rows: AuditRow[]; total: number }> {
    let q = this.scoped(this.gw.caller);
    if (f.action) q = q.where("action", "=", f.action);
    if (f.actorId) q = q.where("actor_id", "=", f.actorId);
    if (f.subjectId) q = q.where("subject_id", "=", f.subjectId);
    if (f.from) q = q.where("at", ">=", new Date(f.from));
    if (f.to) q = q.where("at", "<", new Date(f.to));
    return this.page(q, f.page, f.pageSize);
  }

  /** The trail of one file (the caller has already been checked to see the file). */
  forSubject(
    subjectId: string,
    page: number,
    pageSize: number,
  ): Promise<{ rows: AuditRow[]; total: number }> {
    return this.page(this.db.selectFrom("audit_log").where("subject_id", "=", subjectId), page, pageSize);
  }

  private async page(q: SelectQueryBuilder<DB, "audit_log", object>, page: number, pageSize: number) {
    const [rows, count] = await Promise.all([
      q
        .selectAll()
        .orderBy("seq", "desc")
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),
      q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  }
}
