import { randomUUID } from "node:crypto";
import { sql, type Selectable } from "kysely";
import type { DateString, DeadlineKind, DueDate } from "@zhijiao/domain";
import type { DeadlinesTable } from "../schema.ts";
import type { CaseRef } from "./case-log.ts";
import { placedRows, scopedTo } from "./scope.ts";
import { Repository } from "./repository.ts";

export type DeadlineRow = Selectable<DeadlinesTable>;

/** Who must act on a deadline: the office (when one is responsible) and its county agency. */
export interface ResponsiblePlace {
  officeId: string | null;
  countyId: string;
  cityId: string;
  provinceId: string;
  minor: boolean;
}

export interface DeadlineListFilter {
  /** Open deadlines due up to this date (inclusive); all open ones when absent. */
  dueBy?: DateString;
  kind?: DeadlineKind;
  officeId?: string;
  page: number;
  pageSize: number;
}

export type DeadlineListRow = DeadlineRow & { case_name: string | null };

function refColumn(ref: CaseRef): { column: "subject_id" | "investigation_id"; id: string } {
  if (ref.subjectId) return { column: "subject_id", id: ref.subjectId };
  if (ref.investigationId) return { column: "investigation_id", id: ref.investigationId };
  throw new Error("a deadline belongs to a subject or an investigation");
}

/** A deadline carries the place responsible for it (the file's, or the investigation's county). */
const deadlines = placedRows("deadlines", "deadline");

/**
 * The open and closed deadlines of cases. Writes come from use cases that already checked the
 * case is the caller's; lists are scoped by the deadline's responsible place.
 */
export class DeadlineRepository extends Repository {
  /** Opens a deadline, or moves the open one of the same kind (an extension, a new date). */
  async open(kind: DeadlineKind, ref: CaseRef, due: DueDate, place: ResponsiblePlace): Promise<DeadlineRow> {
    const { column, id } = refColumn(ref);
    const existing = await this.db
      .selectFrom("deadlines")
      .selectAll()
      .where(column, "=", id)
      .where("kind", "=", kind)
      .where("status", "=", "open")
      .executeTakeFirst();
    if (existing)
      return this.db
        .updateTable("deadlines")
        .set({
          due_on: due.dueOn,
          provisional: due.provisional,
          office_id: place.officeId,
          county_id: place.countyId,
          city_id: place.cityId,
          province_id: place.provinceId,
          minor: place.minor,
          transfer_id: ref.transferId ?? existing.transfer_id,
        })
        .where("id", "=", existing.id)
        .returningAll()
        .executeTakeFirstOrThrow();
    return this.db
      .insertInto("deadlines")
      .values({
        id: randomUUID(),
        kind,
        subject_id: ref.subjectId ?? null,
        investigation_id: ref.investigationId ?? null,
        transfer_id: ref.transferId ?? null,
        due_on: due.dueOn,
        provisional: due.provisional,
        office_id: place.officeId,
        county_id: place.countyId,
        city_id: place.cityId,
        province_id: place.provinceId,
        minor: place.minor,
        created_at: this.gw.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Closes the open deadlines of these kinds as met (or cancelled) on a date. */
  async close(
    ref: CaseRef,
    kinds: readonly DeadlineKind[] | "all",
    on: DateString,
    status: "met" | "cancelled" = "met",
  ): Promise<number> {
    const { column, id } = refColumn(ref);
    let q = this.db
      .updateTable("deadlines")
      .set({ status, closed_on: on })
      .where(column, "=", id)
      .where("status", "=", "open");
    if (kinds !== "all") {
      if (kinds.length === 0) return 0;
      q = q.where("kind", "in", kinds);
    }
    const res = await q.executeTakeFirst();
    return Number(res.numUpdatedRows);
  }

  /** Moves the open deadlines of a case to a new responsible place (a transfer's files moved). */
  async relocate(ref: CaseRef, place: ResponsiblePlace): Promise<void> {
    const { column, id } = refColumn(ref);
    await this.db
      .updateTable("deadlines")
      .set({
        office_id: place.officeId,
        county_id: place.countyId,
        city_id: place.cityId,
        province_id: place.provinceId,
      })
      .where(column, "=", id)
      .where("status", "=", "open")
      .execute();
  }

  /** All deadlines of a case, open first by date. */
  async ofCase(ref: { subjectId?: string | null; investigationId?: string | null }): Promise<DeadlineRow[]> {
    const { subjectId, investigationId } = ref;
    if (!subjectId && !investigationId) return [];
    return this.db
      .selectFrom("deadlines")
      .selectAll()
      .where((eb) =>
        eb.or([
          ...(subjectId ? [eb("subject_id", "=", subjectId)] : []),
          ...(investigationId ? [eb("investigation_id", "=", investigationId)] : []),
        ]),
      )
      .orderBy(sql`status = 'open'`, "desc")
      .orderBy("due_on")
      .execute();
  }

  /** The caller's open deadlines, soonest first, with the name of the person concerned. */
  async list(f: DeadlineListFilter): Promise<{ rows: DeadlineListRow[]; total: number }> {
    let q = this.db
      .selectFrom("deadlines")
      .leftJoin("subjects", "subjects.id", "deadlines.subject_id")
      .leftJoin("investigations", "investigations.id", "deadlines.investigation_id")
      .where("deadlines.status", "=", "open");
    if (f.dueBy) q = q.where("deadlines.due_on", "<=", f.dueBy);
    if (f.kind) q = q.where("deadlines.kind", "=", f.kind);
    if (f.officeId) q = q.where("deadlines.office_id", "=", f.officeId);
    return scopedTo(this.gw, deadlines).list(
      q
        .selectAll("deadlines")
        .select(sql<string | null>`coalesce(subjects.name, investigations.person_name)`.as("case_name"))
        .orderBy("deadlines.due_on")
        .orderBy("deadlines.id"),
      q,
      f,
      { action: "deadline.list", resourceType: "deadline" },
    );
  }

  /** Sweep: open deadlines past due with no overdue notice yet (unscoped; the sweep runs as the system). */
  async overdueWithoutNotice(today: DateString, limit: number): Promise<DeadlineListRow[]> {
    return this.db
      .selectFrom("deadlines")
      .leftJoin("subjects", "subjects.id", "deadlines.subject_id")
      .leftJoin("investigations", "investigations.id", "deadlines.investigation_id")
      .selectAll("deadlines")
      .select(sql<string | null>`coalesce(subjects.name, investigations.person_name)`.as("case_name"))
      .where("deadlines.status", "=", "open")
      .where("deadlines.due_on", "<", today)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("notices")
              .select(sql`1`.as("one"))
              .whereRef("notices.deadline_id", "=", "deadlines.id"),
          ),
        ),
      )
      .orderBy("deadlines.due_on")
      .limit(limit)
      .execute();
  }
}
