import type { SubjectScope } from "@zhijiao/domain";
import type { Gateway } from "./gateway.ts";
import { subjectScopeWhere } from "./scope-sql.ts";

export interface DashboardCounts {
  groups: { category: string; level: string; officeId: string; officeName: string; n: number }[];
  receivedThisMonth: number;
  releasedThisMonth: number;
  minors: number;
}

/**
 * Aggregate counts in a scope. Counts include minors even above the county: a number names no
 * one, while lists and exports above the county leave minors out (R-PR-2).
 */
export class DashboardRepository {
  constructor(private readonly gw: Gateway) {}

  async counts(scope: SubjectScope, monthStart: string, nextMonthStart: string): Promise<DashboardCounts> {
    const where = subjectScopeWhere(scope);
    const trx = this.gw.trx;
    const [groups, received, released, minors] = await Promise.all([
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
        .where("subjects.received_on", ">=", monthStart)
        .where("subjects.received_on", "<", nextMonthStart)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow(),
      trx
        .selectFrom("subjects")
        .where(where)
        .where("subjects.released_on", ">=", monthStart)
        .where("subjects.released_on", "<", nextMonthStart)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow(),
      trx
        .selectFrom("subjects")
        .where(where)
        .where("subjects.status", "=", "in_correction")
        .where("subjects.minor", "=", true)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow(),
    ]);
    const officeIds = [...new Set(groups.map((g) => g.office_id))];
    const offices = officeIds.length
      ? await trx.selectFrom("organizations").select(["id", "name"]).where("id", "in", officeIds).execute()
      : [];
    const names = new Map(offices.map((o) => [o.id, o.name]));
    return {
      groups: groups.map((g) => ({
        category: g.category,
        level: g.level,
        officeId: g.office_id,
        officeName: names.get(g.office_id) ?? "",
        n: Number(g.n),
      })),
      receivedThisMonth: Number(received.n),
      releasedThisMonth: Number(released.n),
      minors: Number(minors.n),
    };
  }
}
