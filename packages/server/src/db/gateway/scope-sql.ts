import { sql, type ExpressionBuilder, type Expression, type SqlBool } from "kysely";
import type { OrgScope, ScopeColumn, SubjectScope } from "@zhijiao/domain";
import type { DB } from "../schema.ts";

const subjectColumn: Record<
  ScopeColumn,
  "subjects.province_id" | "subjects.city_id" | "subjects.county_id" | "subjects.office_id"
> = {
  provinceId: "subjects.province_id",
  cityId: "subjects.city_id",
  countyId: "subjects.county_id",
  officeId: "subjects.office_id",
};

const sharedColumn: Record<ScopeColumn, "subjects.shared_county_id" | "subjects.shared_office_id" | null> = {
  provinceId: null,
  cityId: null,
  countyId: "subjects.shared_county_id",
  officeId: "subjects.shared_office_id",
};

/** The caller's subject scope as a WHERE expression on `subjects`. */
export function subjectScopeWhere(scope: SubjectScope) {
  return (eb: ExpressionBuilder<DB, "subjects">): Expression<SqlBool> => {
    switch (scope.kind) {
      case "none":
        return sql<SqlBool>`false`;
      case "org": {
        const shared = sharedColumn[scope.column];
        // During a transfer both agencies (and both offices) see the file (R-TR-1).
        const same = shared
          ? eb.or([eb(subjectColumn[scope.column], "=", scope.orgId), eb(shared, "=", scope.orgId)])
          : eb(subjectColumn[scope.column], "=", scope.orgId);
        return scope.includeMinors ? same : eb.and([same, eb("subjects.minor", "=", false)]);
      }
      case "assigned":
        // An assignment counts only while the file stays in the worker's office (not after a transfer).
        return eb.and([
          eb("subjects.office_id", "=", scope.officeId),
          eb.exists(
            eb
              .selectFrom("subject_assignments")
              .select(sql`1`.as("one"))
              .whereRef("subject_assignments.subject_id", "=", "subjects.id")
              .where("subject_assignments.user_id", "=", scope.userId),
          ),
        ]);
      case "self":
        return eb("subjects.id", "=", scope.subjectId);
    }
  };
}

const orgColumn = {
  id: "organizations.id",
  provinceId: "organizations.province_id",
  cityId: "organizations.city_id",
  countyId: "organizations.county_id",
  officeId: "organizations.id",
} as const;

/** The caller's organisation scope as a WHERE expression on `organizations`. */
export function orgScopeWhere(scope: OrgScope) {
  return (eb: ExpressionBuilder<DB, "organizations">): Expression<SqlBool> =>
    scope.kind === "all" ? sql<SqlBool>`true` : eb(orgColumn[scope.column], "=", scope.orgId);
}

/** Tables that carry a place (office, county, city, province and the minor flag) like `subjects`. */
export type PlacedTable =
  | "investigations"
  | "deadlines"
  | "leave_requests"
  | "sanctions"
  | "supervision_records"
  | "level_changes"
  | "special_place_requests"
  | "subject_counts";

/**
 * The caller's subject scope applied to another placed table: the same organisation columns,
 * the same minors rule. Assignments and self-scope see none of these records.
 */
export function placeScopeWhere(table: PlacedTable, scope: SubjectScope): Expression<SqlBool> {
  const column = (c: string) => sql.ref(`${table}.${c}`);
  switch (scope.kind) {
    case "org": {
      const name = {
        provinceId: "province_id",
        cityId: "city_id",
        countyId: "county_id",
        officeId: "office_id",
      }[scope.column];
      const same = sql<SqlBool>`${column(name)} = ${scope.orgId}`;
      return scope.includeMinors ? same : sql<SqlBool>`(${same} and not ${column("minor")})`;
    }
    case "none":
    case "assigned":
    case "self":
      return sql<SqlBool>`false`;
  }
}
