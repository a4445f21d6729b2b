import { randomUUID } from "node:crypto";
import type { Insertable, Selectable, Updateable } from "kysely";
import { DomainError, subjectScope, type SubjectScope, isCountyAgencyOf } from "@zhijiao/domain";
import type { InvestigationTranscriptsTable, InvestigationsTable } from "../schema.ts";
import { updateVersioned } from "./versioned.ts";
import type { Gateway, Place } from "./gateway.ts";
import { placeScopeWhere } from "./scope-sql.ts";
import { isUuid } from "./subjects.ts";
import { Repository } from "./repository.ts";

export type InvestigationRow = Selectable<InvestigationsTable> & {
  commissioning_org_name: string;
  commissioning_org_kind: string;
  office_name: string | null;
  county_name: string;
};
export type TranscriptRow = Selectable<InvestigationTranscriptsTable>;

export interface InvestigationListFilter {
  status?: string;
  page: number;
  pageSize: number;
}

export function investigationPlace(
  row: Pick<InvestigationRow, "county_id" | "city_id" | "province_id">,
): Place & { countyId: string; cityId: string; provinceId: string } {
  return { countyId: row.county_id, cityId: row.city_id, provinceId: row.province_id };
}

/** Investigations (调查评估), scoped like files: the county that received it, the office assigned. */
export class InvestigationRepository extends Repository {
  private readonly scope: SubjectScope;
  constructor(gw: Gateway) {
    super(gw);
    this.scope = subjectScope(gw.caller);
  }

  private named() {
    return this.db
      .selectFrom("investigations")
      .innerJoin("organizations as commissioner", "commissioner.id", "investigations.commissioning_org_id")
      .innerJoin("organizations as county", "county.id", "investigations.county_id")
      .leftJoin("organizations as office", "office.id", "investigations.office_id")
      .where(placeScopeWhere("investigations", this.scope))
      .selectAll("investigations")
      .select([
        "commissioner.name as commissioning_org_name",
        "commissioner.kind as commissioning_org_kind",
        "office.name as office_name",
        "county.name as county_name",
      ]);
  }

  async list(f: InvestigationListFilter): Promise<{ rows: InvestigationRow[]; total: number }> {
    let q = this.named();
    if (f.status) q = q.where("investigations.status", "=", f.status);
    const [rows, count] = await Promise.all([
      q
        .orderBy("investigations.received_on", "desc")
        .orderBy("investigations.id")
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute(),
      this.db
        .selectFrom("investigations")
        .where(placeScopeWhere("investigations", this.scope))
        .$if(f.status !== undefined, (qb) => qb.where("status", "=", f.status!))
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow(),
    ]);
    const { page, pageSize, ...filter } = f;
    await this.gw.auditOversightRead("investigation.list", "investigation", { filter, page, pageSize });
    return { rows, total: Number(count.n) };
  }

  /** In scope, or 404. */
  async find(id: string): Promise<InvestigationRow> {
    if (!isUuid(id)) throw new DomainError("NOT_FOUND", { resource: "investigation" });
    const row = await this.named().where("investigations.id", "=", id).executeTakeFirst();
    if (!row) throw new DomainError("NOT_FOUND", { resource: "investigation", id });
    return row;
  }

  /** A view of the investigation: audited (it holds a person's identity and the interviews). */
  async read(id: string): Promise<InvestigationRow> {
    const row = await this.find(id);
    await this.gw.audit({
      action: "investigation.read",
      resourceType: "investigation",
      resourceId: id,
      place: investigationPlace(row),
    });
    return row;
  }

  /**
   * An investigation the caller is about to work on: the county that received it may take any
   * step; an office only the steps of `officeMay` and only once assigned to it (else 403).
   */
  async findForWork(id: string, officeMay: boolean): Promise<InvestigationRow> {
    const row = await this.find(id);
    const actor = this.gw.caller;
    const county = isCountyAgencyOf(actor, row.county_id);
    const office = officeMay && actor.role === "office_worker" && row.office_id === actor.org.id;
    if (!county && !office) throw new DomainError("FORBIDDEN", { action: "investigation" });
    return row;
  }

  async insert(values: Insertable<InvestigationsTable>): Promise<InvestigationRow> {
    await this.db.insertInto("investigations").values(values).execute();
    return this.find(values.id);
  }

  /** Versioned update (a concurrent change answers VERSION_CONFLICT). */
  async update(current: InvestigationRow, set: Updateable<InvestigationsTable>): Promise<InvestigationRow> {
    await updateVersioned(this.gw, "investigations", current, set);
    return this.find(current.id);
  }

  async transcripts(investigationId: string): Promise<TranscriptRow[]> {
    return this.db
      .selectFrom("investigation_transcripts")
      .selectAll()
      .where("investigation_id", "=", investigationId)
      .orderBy("interviewed_on")
      .orderBy("created_at")
      .execute();
  }

  async addTranscript(
    values: Omit<Insertable<InvestigationTranscriptsTable>, "id" | "created_at" | "created_by">,
  ): Promise<TranscriptRow> {
    return this.db
      .insertInto("investigation_transcripts")
      .values({ ...values, id: randomUUID(), created_at: this.gw.now, created_by: this.gw.caller.userId })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async transcript(investigationId: string, transcriptId: string): Promise<TranscriptRow> {
    const row = isUuid(transcriptId)
      ? await this.db
          .selectFrom("investigation_transcripts")
          .selectAll()
          .where("id", "=", transcriptId)
          .where("investigation_id", "=", investigationId)
          .executeTakeFirst()
      : undefined;
    if (!row) throw new DomainError("NOT_FOUND", { resource: "transcript", id: transcriptId });
    return row;
  }

  async attach(transcript: TranscriptRow, fileId: string): Promise<void> {
    await this.db
      .updateTable("investigation_transcripts")
      .set({ file_ids: [...transcript.file_ids, fileId] })
      .where("id", "=", transcript.id)
      .execute();
  }
}
