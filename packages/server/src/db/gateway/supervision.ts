import type { Insertable, Selectable, Updateable } from "kysely";
import { DomainError, todayIn, type DateString } from "@zhijiao/domain";
import type { LevelChangesTable, SupervisionRecordsTable } from "../schema.ts";
import { isUuid, placedRows, requireCountyAgency, scopedTo, subjectFiles } from "./scope.ts";
import { Repository } from "./repository.ts";

export type SupervisionRecordRow = Selectable<SupervisionRecordsTable> & { recorded_by_name: string | null };
export type LevelChangeRow = Selectable<LevelChangesTable> & { subject_name: string };

/** A file in correction in the caller's scope, with what its duties are computed from. */
export interface SupervisedSubject {
  id: string;
  name: string;
  level: string;
  office_id: string;
  office_name: string;
  correction_start_on: DateString;
  received_on: DateString | null;
  created_on: DateString;
}

/**
 * Daily supervision records (R-SV-2/3) and management level changes (R-SV-1), scoped like the
 * files they belong to: by the office and county of the file when recorded, minors only for those
 * who may see them.
 */
export class SupervisionRepository extends Repository {
  private readonly files = scopedTo(this.gw, subjectFiles());
  private readonly levels = scopedTo(this.gw, placedRows("level_changes", "level_change"));

  private records() {
    return this.db
      .selectFrom("supervision_records")
      .leftJoin("users", "users.id", "supervision_records.recorded_by")
      .selectAll("supervision_records")
      .select("users.display_name as recorded_by_name");
  }

  async insertRecord(values: Insertable<SupervisionRecordsTable>): Promise<SupervisionRecordRow> {
    await this.db.insertInto("supervision_records").values(values).execute();
    return this.records().where("supervision_records.id", "=", values.id).executeTakeFirstOrThrow();
  }

  /** The records of files the caller has already read, newest first (optionally since a day). */
  async recordsOf(subjectIds: readonly string[], sinceOn?: DateString): Promise<SupervisionRecordRow[]> {
    if (!subjectIds.length) return [];
    return this.records()
      .where("supervision_records.subject_id", "in", subjectIds)
      .$if(sinceOn !== undefined, (q) => q.where("supervision_records.occurred_on", ">=", sinceOn!))
      .orderBy("supervision_records.occurred_at", "desc")
      .orderBy("supervision_records.id")
      .execute();
  }

  /** Files in correction in the caller's scope (not archived), by name. */
  async supervisedInScope(limit = 5000): Promise<SupervisedSubject[]> {
    const rows = await this.files
      .narrow(this.db.selectFrom("subjects"))
      .innerJoin("organizations as office", "office.id", "subjects.office_id")
      .select([
        "subjects.id",
        "subjects.name",
        "subjects.level",
        "subjects.office_id",
        "office.name as office_name",
        "subjects.correction_start_on",
        "subjects.received_on",
        "subjects.created_at",
      ])
      .where("subjects.status", "=", "in_correction")
      .where("subjects.archived", "=", false)
      .orderBy("subjects.name")
      .orderBy("subjects.id")
      .limit(limit)
      .execute();
    return rows.map(({ created_at, ...r }) => ({ ...r, created_on: todayIn(new Date(created_at)) }));
  }

  /** The day each file's current level was last approved (the start of its duty periods). */
  async levelSince(subjectIds: readonly string[]): Promise<Map<string, DateString>> {
    if (!subjectIds.length) return new Map();
    const rows = await this.db
      .selectFrom("level_changes")
      .select(["subject_id", (eb) => eb.fn.max("decided_on").as("on")])
      .where("subject_id", "in", subjectIds)
      .where("status", "=", "approved")
      .groupBy("subject_id")
      .execute();
    return new Map(rows.flatMap((r) => (r.on ? [[r.subject_id, r.on as DateString]] : [])));
  }

  /** Approved sanctions of a file as they bear on its level (R-SV-1). */
  async sanctionCounts(subjectId: string) {
    const rows = await this.db
      .selectFrom("sanctions")
      .select(["kind", (eb) => eb.fn.countAll<number>().as("n")])
      .where("subject_id", "=", subjectId)
      .where("status", "=", "approved")
      .groupBy("kind")
      .execute();
    const n = (kind: string) => Number(rows.find((r) => r.kind === kind)?.n ?? 0);
    return { reprimands: n("reprimand"), warnings: n("warning"), policePenalty: n("police_penalty") > 0 };
  }

  /** File ids that are not stored files. */
  async missingFiles(ids: readonly string[]): Promise<string[]> {
    const good = ids.filter((id) => isUuid(id));
    const found = good.length
      ? (await this.db.selectFrom("files").select("id").where("id", "in", good).execute()).map((r) => r.id)
      : [];
    return ids.filter((id) => !found.includes(id));
  }

  private levelChanges() {
    return this.db
      .selectFrom("level_changes")
      .innerJoin("subjects", "subjects.id", "level_changes.subject_id")
      .selectAll("level_changes")
      .select("subjects.name as subject_name");
  }

  /** In scope, or 404. */
  async findLevelChange(id: string): Promise<LevelChangeRow> {
    return this.levels.find(this.levelChanges(), id);
  }

  /** A proposal the caller is about to decide: in scope (404), and the caller is its county agency (403). */
  async findLevelChangeForDecision(id: string): Promise<LevelChangeRow> {
    const row = await this.findLevelChange(id);
    requireCountyAgency(this.gw.caller, row.county_id, { action: "level:decide" });
    return row;
  }

  /** Level changes in the caller's scope, newest first; `proposed`: the county's queue (R-SV-1). */
  async listLevelChanges(f: {
    status?: string;
    page: number;
    pageSize: number;
  }): Promise<{ rows: LevelChangeRow[]; total: number }> {
    return this.levels.list(
      this.levelChanges()
        .$if(f.status !== undefined, (q) => q.where("level_changes.status", "=", f.status!))
        .orderBy("level_changes.proposed_at", "desc")
        .orderBy("level_changes.id"),
      this.db
        .selectFrom("level_changes")
        .$if(f.status !== undefined, (q) => q.where("level_changes.status", "=", f.status!)),
      f,
      { action: "level_change.list", resourceType: "level_change" },
    );
  }

  /** The level history of a file the caller has read, oldest first. */
  async levelChangesOf(subjectId: string): Promise<LevelChangeRow[]> {
    return this.levelChanges()
      .where("level_changes.subject_id", "=", subjectId)
      .orderBy("level_changes.proposed_at")
      .orderBy("level_changes.id")
      .execute();
  }

  async openLevelChange(subjectId: string): Promise<LevelChangeRow | undefined> {
    return this.levelChanges()
      .where("level_changes.subject_id", "=", subjectId)
      .where("level_changes.status", "=", "proposed")
      .executeTakeFirst();
  }

  async insertLevelChange(values: Insertable<LevelChangesTable>): Promise<LevelChangeRow> {
    await this.db.insertInto("level_changes").values(values).execute();
    return this.levelChanges().where("level_changes.id", "=", values.id).executeTakeFirstOrThrow();
  }

  /** Records the decision on a proposal still open at the version read (else 409). */
  async decideLevelChange(
    current: LevelChangeRow,
    set: Updateable<LevelChangesTable>,
  ): Promise<LevelChangeRow> {
    const res = await this.db
      .updateTable("level_changes")
      .set({ ...set, version: current.version + 1 })
      .where("id", "=", current.id)
      .where("version", "=", current.version)
      .where("status", "=", "proposed")
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1)
      throw new DomainError("VERSION_CONFLICT", { id: current.id, version: current.version });
    return this.levelChanges().where("level_changes.id", "=", current.id).executeTakeFirstOrThrow();
  }
}
