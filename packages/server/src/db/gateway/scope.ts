import {
  expressionBuilder,
  sql,
  type Expression,
  type SelectQueryBuilder,
  type Simplify,
  type SqlBool,
} from "kysely";
import { DomainError, isCountyAgencyOf, orgScope, subjectScope, type Actor } from "@zhijiao/domain";
import type { DB } from "../schema.ts";
import type { Gateway } from "./gateway.ts";
import { orgScopeWhere, placeScopeWhere, subjectScopeWhere, type PlacedTable } from "./scope-sql.ts";

/**
 * How the rows of one table fall in a caller's scope, declared once per table: what a 404
 * names, the column a row is found by, and the caller's scope as a WHERE on the query's tables
 * (null: the row is found by id alone and its owner checked next). `scopedTo` turns it into
 * "find in scope or 404", "a page in scope" and "count in scope" for the repository.
 */
export interface TableScope {
  /** The resource a NOT_FOUND names ("leave_request"). */
  readonly resource: string;
  /** The qualified column a row is found by ("leave_requests.id"). */
  readonly id: string;
  where(caller: Actor): Expression<SqlBool> | null;
}

/**
 * Rows that carry the place of their file when written (office_id, county_id, city_id,
 * province_id and minor): seen like the file, minors not above the county (R-PR-2); social
 * workers and subjects see none, unless `subjectSeesOwn` lets a subject see their own file's.
 */
export function placedRows(
  table: PlacedTable,
  resource: string,
  opts: { subjectSeesOwn?: boolean } = {},
): TableScope {
  return {
    resource,
    id: `${table}.id`,
    where(caller) {
      const scope = subjectScope(caller);
      if (opts.subjectSeesOwn && scope.kind === "self")
        return sql<SqlBool>`${sql.ref(`${table}.subject_id`)} = ${scope.subjectId}`;
      return placeScopeWhere(table, scope);
    },
  };
}

/**
 * Subject files, or rows read joined with their file (the query joins `subjects`): the file's
 * own scope, with the minors rule (R-PR-2), both sides of an open transfer (R-TR-1), a social
 * worker's assignments and a subject's own file.
 */
export function subjectFiles(id = "subjects.id", resource = "subject"): TableScope {
  return {
    resource,
    id,
    where: (caller) => subjectScopeWhere(subjectScope(caller))(expressionBuilder<DB, "subjects">()),
  };
}

/** Rows of a file read on their own: in scope when their file is (EXISTS on `subjects`). */
export function rowsOfFile(subjectColumn: string, id: string, resource: string): TableScope {
  return {
    resource,
    id,
    where(caller) {
      const eb = expressionBuilder<DB, "subjects">();
      return eb.exists(
        eb
          .selectFrom("subjects")
          .select("subjects.id")
          .where(sql<SqlBool>`${sql.ref("subjects.id")} = ${sql.ref(subjectColumn)}`)
          .where(subjectScopeWhere(subjectScope(caller))),
      );
    },
  };
}

/** Organisations in the caller's tree (or an external body's area), or rows joined with theirs. */
export function orgTree(id: string, resource: string): TableScope {
  return {
    resource,
    id,
    where: (caller) => orgScopeWhere(orgScope(caller))(expressionBuilder<DB, "organizations">()),
  };
}

/** Rows found by id alone: the use case then finds what owns them (their file, their investigation) in scope. */
export function checkedThroughOwner(id: string, resource: string): TableScope {
  return { resource, id, where: () => null };
}

/** A list's paging and filter, as the routes pass it. */
export interface PageRequest {
  page: number;
  pageSize: number;
}

/** Which list an oversight read audits (DOMAIN.md: a procurator's every read is traceable). */
export interface ListAudit {
  action: string;
  resourceType: string;
}

/** One table's scope applied for the caller of a gateway: see `TableScope`. */
export class Scoped {
  private condition: Expression<SqlBool> | null | undefined;

  constructor(
    private readonly gw: Gateway,
    private readonly table: TableScope,
  ) {}

  /** The caller's scope as a WHERE, for a repository's own query (null: none applies). */
  where(): Expression<SqlBool> | null {
    if (this.condition === undefined) this.condition = this.table.where(this.gw.caller);
    return this.condition;
  }

  /** `query` narrowed to the caller's scope. */
  narrow<D, TB extends keyof D, O>(query: SelectQueryBuilder<D, TB, O>): SelectQueryBuilder<D, TB, O> {
    const where = this.where();
    return where ? query.where(where) : query;
  }

  /** The row with this id in the caller's scope, or NOT_FOUND (404): outside it a row does not exist. */
  async find<D, TB extends keyof D, O>(
    query: SelectQueryBuilder<D, TB, O>,
    id: string,
  ): Promise<Simplify<O>> {
    const resource = this.table.resource;
    // A malformed id is not echoed back.
    if (!isUuid(id)) throw new DomainError("NOT_FOUND", { resource });
    const row = await this.narrow(query)
      .where(sql<SqlBool>`${sql.ref(this.table.id)} = ${id}`)
      .executeTakeFirst();
    if (!row) throw new DomainError("NOT_FOUND", { resource, id });
    return row;
  }

  /** How many rows of `query` are in the caller's scope. */
  async count<D, TB extends keyof D>(query: SelectQueryBuilder<D, TB, object>): Promise<number> {
    const row = await this.narrow(query)
      .select(sql<number>`count(*)`.as("n"))
      .$castTo<{ n: number }>()
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * One page of `rows` (already filtered and ordered) in the caller's scope, and the `total` of
   * `count` (the same filter, without the joins the page needs). With `audit`, an oversight
   * caller's read of the list is recorded with its filter.
   */
  async list<D, TB extends keyof D, O, DC, TC extends keyof DC>(
    rows: SelectQueryBuilder<D, TB, O>,
    count: SelectQueryBuilder<DC, TC, object>,
    request: PageRequest,
    audit?: ListAudit,
  ): Promise<{ rows: Simplify<O>[]; total: number }> {
    const { page, pageSize, ...filter } = request;
    const [found, total] = await Promise.all([
      this.narrow(rows)
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute(),
      this.count(count),
    ]);
    if (audit) await this.gw.auditOversightRead(audit.action, audit.resourceType, { filter, page, pageSize });
    return { rows: found, total };
  }
}

/** `table`'s scope for the caller of `gw`. */
export function scopedTo(gw: Gateway, table: TableScope): Scoped {
  return new Scoped(gw, table);
}

/**
 * "The county agency of this file decides" (DOMAIN.md §2): the caller works for the county
 * agency of `countyId` or, where the step allows it, is a worker of the justice office
 * `officeId`; otherwise FORBIDDEN (403) with `details`.
 */
export function requireCountyAgency(
  caller: Actor,
  countyId: string,
  details: Record<string, unknown>,
  officeId: string | null = null,
): void {
  if (isCountyAgencyOf(caller, countyId)) return;
  if (officeId !== null && caller.role === "office_worker" && caller.org.id === officeId) return;
  throw new DomainError("FORBIDDEN", details);
}

export function isUuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}
