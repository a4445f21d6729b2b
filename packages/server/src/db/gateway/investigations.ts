import { randomUUID } from "node:crypto";
import type { Insertable, Selectable, Updateable } from "kysely";
import type { InvestigationTranscriptsTable, InvestigationsTable } from "../schema.ts";
import { updateVersioned } from "./versioned.ts";
import type { Place } from "./gateway.ts";
import { checkedThroughOwner, placedRows, requireCountyAgency, scopedTo } from "./scope.ts";
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

/** A transcript is reached through its investigation, found in scope first. */
const transcriptOfInvestigation = checkedThroughOwner("investigation_transcripts.id", "transcript");

/** Investigations carry the place of the county that received them and the office assigned. */
const investigations = placedRows("investigations", "investigation");

/** Investigations (调查评估), scoped like files: the county that received it, the office assigned. */
export class InvestigationRepository extends Repository {
  private readonly inScope = scopedTo(this.gw, investigations);

  private named() {
    return this.db
      .selectFrom("investigations")
      .innerJoin("organizations as commissioner", "commissioner.id", "investigations.commissioning_org_id")
      .innerJoin("organizations as county", "county.id", "investigations.county_id")
      .leftJoin("organizations as office", "office.id", "investigations.office_id")
      .selectAll("investigations")
      .select([
        "commissioner.name as commissioning_org_name",
        "commissioner.kind as commissioning_org_kind",
        "office.name as office_name",
        "county.name as county_name",
      ]);
  }

  async list(f: InvestigationListFilter): Promise<{ rows: InvestigationRow[]; total: number }> {
    return this.inScope.list(
      this.named()
        .$if(f.status !== undefined, (q) => q.where("investigations.status", "=", f.status!))
        .orderBy("investigations.received_on", "desc")
        .orderBy("investigations.id"),
      this.db
        .selectFrom("investigations")
        .$if(f.status !== undefined, (q) => q.where("status", "=", f.status!)),
      f,
      { action: "investigation.list", resourceType: "investigation" },
    );
  }

  /** In scope, or 404. */
  async find(id: string): Promise<InvestigationRow> {
    return this.inScope.find(this.named(), id);
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
    requireCountyAgency(
      this.gw.caller,
      row.county_id,
      { action: "investigation" },
      officeMay ? row.office_id : null,
    );
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

  /** A transcript of an investigation the caller has found in scope, or 404. */
  async transcript(investigationId: string, transcriptId: string): Promise<TranscriptRow> {
    return scopedTo(this.gw, transcriptOfInvestigation).find(
      this.db
        .selectFrom("investigation_transcripts")
        .selectAll()
        .where("investigation_id", "=", investigationId),
      transcriptId,
    );
  }

  async attach(transcript: TranscriptRow, fileId: string): Promise<void> {
    await this.db
      .updateTable("investigation_transcripts")
      .set({ file_ids: [...transcript.file_ids, fileId] })
      .where("id", "=", transcript.id)
      .execute();
  }
}
