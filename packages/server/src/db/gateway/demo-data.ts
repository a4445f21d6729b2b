import { sql } from "kysely";
import type { DateString } from "@zhijiao/domain";
import type { Database } from "../connect.ts";
import type { NewRow } from "../schema.ts";
import { Repository } from "./repository.ts";

/** Tables the demo fills in bulk, as seeded history rather than through the use cases. */
type SeededTable =
  | "organizations"
  | "users"
  | "subjects"
  | "subject_assignments"
  | "deadlines"
  | "case_events"
  | "handover_documents";

/** Rows per INSERT statement (about 45 parameters a row, under PostgreSQL's 65,535). */
const CHUNK = 1000;

/** Whether the database holds no organisation yet (a fresh install). */
export async function isDatabaseEmpty(database: Database): Promise<boolean> {
  const row = await database.db.selectFrom("organizations").select("id").limit(1).executeTakeFirst();
  return row === undefined;
}

/**
 * The demo's own reads and bulk writes (demo/): unscoped, run as the system. New steps of the
 * demo go through the use cases; this is what is seeded directly, like the files themselves.
 */
export class DemoDataRepository extends Repository {
  /** Inserts rows in statements of at most 1,000; with `skipExisting`, rows already there are left. */
  async insert<T extends SeededTable>(
    table: T,
    rows: readonly NewRow<T>[],
    opts: { skipExisting?: boolean; chunk?: number } = {},
  ): Promise<void> {
    const chunk = opts.chunk ?? CHUNK;
    for (let i = 0; i < rows.length; i += chunk) {
      const q = this.db
        .insertInto(table as SeededTable)
        .values(rows.slice(i, i + chunk) as NewRow<SeededTable>[]);
      await (opts.skipExisting ? q.onConflict((oc) => oc.doNothing()) : q).execute();
    }
  }

  async hasOrganization(id: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("organizations")
      .select("id")
      .where("id", "=", id)
      .executeTakeFirst();
    return row !== undefined;
  }

  async subjectCount(): Promise<number> {
    const row = await this.db
      .selectFrom("subjects")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Which of these identity-number hashes are already on a file. */
  async takenIdNumberHashes(hashes: readonly string[]): Promise<Set<string>> {
    if (!hashes.length) return new Set();
    const rows = await this.db
      .selectFrom("subjects")
      .select("id_number_hash")
      .where("id_number_hash", "in", hashes)
      .execute();
    return new Set(rows.map((r) => r.id_number_hash));
  }

  /** Files awaiting report whose report deadline is not set yet. */
  awaitingReportWithoutDue() {
    return this.db
      .selectFrom("subjects")
      .select(["id", "judgment_effective_on", "office_id", "county_id", "city_id", "province_id", "minor"])
      .where("status", "=", "awaiting_report")
      .where("report_due_on", "is", null)
      .where("judgment_effective_on", "is not", null)
      .execute();
  }

  async setReportDue(dueOn: DateString, subjectIds: readonly string[]): Promise<void> {
    for (let i = 0; i < subjectIds.length; i += CHUNK)
      await this.db
        .updateTable("subjects")
        .set({ report_due_on: dueOn })
        .where("id", "in", subjectIds.slice(i, i + CHUNK))
        .execute();
  }

  /** Up to `limit` files registered directly (no investigation) with no timeline yet, oldest first. */
  filesWithoutHistory(limit: number) {
    return this.db
      .selectFrom("subjects")
      .select([
        "id",
        "status",
        "category",
        "deciding_authority",
        "judgment_number",
        "judgment_effective_on",
        "correction_start_on",
        "received_on",
        "released_on",
        "county_id",
        "created_at",
      ])
      .where("investigation_id", "is", null)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("case_events")
              .select("case_events.id")
              .whereRef("case_events.subject_id", "=", "subjects.id"),
          ),
        ),
      )
      .orderBy("created_at")
      .limit(limit)
      .execute();
  }

  /** Files that reported on the day they were received (自行报到). */
  async markReported(subjectIds: readonly string[]): Promise<void> {
    if (!subjectIds.length) return;
    await this.db
      .updateTable("subjects")
      .set({ reported_on: sql<string>`received_on`, reception_mode: "01" })
      .where("id", "in", subjectIds)
      .execute();
  }

  /** The court of a county's area, if any. */
  courtOf(countyId: string) {
    return this.db
      .selectFrom("organizations")
      .select("id")
      .where("kind", "=", "court")
      .where("county_id", "=", countyId)
      .executeTakeFirst();
  }

  /** Adults in correction at an office, longest time still to serve first (`except`: files left out). */
  adultsInCorrection(
    officeId: string,
    limit: number,
    opts: { residenceDivisionCode?: string; except?: readonly string[] } = {},
  ) {
    const except = opts.except ?? [];
    return this.db
      .selectFrom("subjects")
      .select(["id", "name", "office_id", "correction_start_on", "correction_end_on"])
      .where("office_id", "=", officeId)
      .where("status", "=", "in_correction")
      .where("minor", "=", false)
      .where("archived", "=", false)
      .$if(opts.residenceDivisionCode !== undefined, (q) =>
        q.where("residence_division_code", "=", opts.residenceDivisionCode!),
      )
      .$if(except.length > 0, (q) => q.where("id", "not in", except))
      .orderBy("correction_end_on", "desc")
      .orderBy("id")
      .limit(limit)
      .execute();
  }

  /** The subject accounts (users with a file). */
  subjectAccounts() {
    return this.db
      .selectFrom("users")
      .select(["id", "subject_id"])
      .where("subject_id", "is not", null)
      .execute();
  }

  /** Sets a device's ingest token (the demo's are known, for the simulator). */
  async setDeviceTokenHash(deviceId: string, hash: string): Promise<void> {
    await this.db.updateTable("devices").set({ token_hash: hash }).where("id", "=", deviceId).execute();
  }
}
