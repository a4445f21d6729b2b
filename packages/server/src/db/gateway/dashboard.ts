import { sql } from "kysely";
import type { SubjectScope } from "@zhijiao/domain";
import { placeScopeWhere, subjectScopeWhere } from "./scope-sql.ts";
import { Repository } from "./repository.ts";

export interface DashboardCounts {
  groups: { category: string; level: string; officeId: string; officeName: string; n: number }[];
  receivedThisMonth: number;
  releasedThisMonth: number;
  minors: number;
}

/**
 * Aggregate counts in a scope given by the use case, not the caller's list scope (so not through
 * `scopedTo`), built from the same SQL as the lists. Counts include minors even above the county: a number names no
 * one, while lists and exports above the county leave minors out (R-PR-2).
 */
export class DashboardRepository extends Repository {
  /** From the summary the triggers of migration 0002 keep: cost grows with offices, not subjects. */
  async counts(scope: SubjectScope, monthStart: string, nextMonthStart: string): Promise<DashboardCounts> {
    if (scope.kind !== "org") return this.recount(scope, monthStart, nextMonthStart);
    // One row per office, category and level; minors summed alongside.
    const rows = await this.db
      .selectFrom("subject_counts")
      .where(placeScopeWhere("subject_counts", scope))
      .where("status", "=", "in_correction")
      .where("n", ">", 0)
      .select([
        "category",
        "level",
        "office_id",
        sql<number>`sum(n)`.as("n"),
        sql<number>`coalesce(sum(n) filter (where minor), 0)`.as("minors"),
      ])
      .groupBy(["category", "level", "office_id"])
      .execute();
    const groups = rows.map((r) => ({
      category: r.category,
      level: r.level,
      office_id: r.office_id,
      n: Number(r.n),
    }));
    const minors = rows.reduce((sum, r) => sum + Number(r.minors), 0);
    const [received, released] = await this.monthly(scope, monthStart, nextMonthStart);
    return {
      groups: await this.named(groups),
      receivedThisMonth: received,
      releasedThisMonth: released,
      minors,
    };
  }

  /** The same counts straight from the subjects table: for scopes the summary does not key, and to check the summary. */
  async recount(scope: SubjectScope, monthStart: string, nextMonthStart: string): Promise<DashboardCounts> {
    const where = subjectScopeWhere(scope);
    const trx = this.db;
    const [groups, minors, [received, released]] = await Promise.all([
      trx
        .selectFrom("subjects")
        .where(where)
        .where("subjects.status", "=", "in_correction")
        .select([
          "subjects.category",
          "subjects.level",
          "subjects.office_id",
          (eb) => eb.fn.countAll<number>().as("n"),
        ])
        .groupBy(["subjects.category", "subjects.level", "subjects.office_id"])
        .execute(),
      trx
        .selectFrom("subjects")
        .where(where)
        .where("subjects.status", "=", "in_correction")
        .where("subjects.minor", "=", true)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow(),
      this.monthly(scope, monthStart, nextMonthStart),
    ]);
    return {
      groups: await this.named(groups.map((g) => ({ ...g, n: Number(g.n) }))),
      receivedThisMonth: received,
      releasedThisMonth: released,
      minors: Number(minors.n),
    };
  }

  /** Received and released in [monthStart, nextMonthStart), from index-only scans. */
  private async monthly(
    scope: SubjectScope,
    monthStart: string,
    nextMonthStart: string,
  ): Promise<[number, number]> {
    const where = subjectScopeWhere(scope);
    const count = (column: "subjects.received_on" | "subjects.released_on") =>
      this.db
        .selectFrom("subjects")
        .where(where)
        .where(column, ">=", monthStart)
        .where(column, "<", nextMonthStart)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
    const [received, released] = await Promise.all([
      count("subjects.received_on"),
      count("subjects.released_on"),
    ]);
    return [Number(received.n), Number(released.n)];
  }

  private async named(groups: { category: string; level: string; office_id: string; n: number }[]) {
    const officeIds = [...new Set(groups.map((g) => g.office_id))];
    const offices = officeIds.length
      ? await this.db
          .selectFrom("organizations")
          .select(["id", "name"])
          .where("id", "in", officeIds)
          .execute()
      : [];
    const names = new Map(offices.map((o) => [o.id, o.name]));
    return groups.map((g) => ({
      category: g.category,
      level: g.level,
      officeId: g.office_id,
      officeName: names.get(g.office_id) ?? "",
      n: g.n,
    }));
  }
}
