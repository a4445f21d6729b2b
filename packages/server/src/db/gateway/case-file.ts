import { randomUUID } from "node:crypto";
import type { Insertable, Selectable } from "kysely";
import type { TeamMember } from "@zhijiao/domain";
import type { CorrectionPlansTable, HandoverDocumentsTable, TeamMembersTable } from "../schema.ts";
import { Repository } from "./repository.ts";

export type HandoverDocumentRow = Selectable<HandoverDocumentsTable>;
export type TeamMemberRow = Selectable<TeamMembersTable>;
export type CorrectionPlanRow = Selectable<CorrectionPlansTable>;

/**
 * The parts of a file (一人一档) kept beside the subject row: handover documents, the correction
 * team and the plan's versions. Callers have already found the subject in scope.
 */
export class CaseFileRepository extends Repository {
  handoverDocuments(subjectId: string): Promise<HandoverDocumentRow[]> {
    return this.db
      .selectFrom("handover_documents")
      .selectAll()
      .where("subject_id", "=", subjectId)
      .orderBy("received_on")
      .orderBy("created_at")
      .execute();
  }

  async addHandoverDocument(
    values: Omit<Insertable<HandoverDocumentsTable>, "id" | "created_at" | "created_by">,
  ): Promise<string> {
    const id = randomUUID();
    await this.db
      .insertInto("handover_documents")
      .values({ ...values, id, created_by: this.gw.caller.userId, created_at: this.gw.now })
      .execute();
    return id;
  }

  team(subjectId: string): Promise<TeamMemberRow[]> {
    return this.db
      .selectFrom("team_members")
      .selectAll()
      .where("subject_id", "=", subjectId)
      .orderBy("position")
      .execute();
  }

  async replaceTeam(subjectId: string, team: readonly TeamMember[]): Promise<void> {
    await this.db.deleteFrom("team_members").where("subject_id", "=", subjectId).execute();
    if (!team.length) return;
    await this.db
      .insertInto("team_members")
      .values(
        team.map((m, i) => ({
          id: randomUUID(),
          subject_id: subjectId,
          name: m.name,
          type: m.type,
          sex: m.sex,
          phone: m.phone ?? null,
          knows_minors: m.knowsMinors ?? false,
          position: i,
        })),
      )
      .execute();
  }

  plans(subjectId: string): Promise<CorrectionPlanRow[]> {
    return this.db
      .selectFrom("correction_plans")
      .selectAll()
      .where("subject_id", "=", subjectId)
      .orderBy("version", "desc")
      .execute();
  }

  /** Adds the next version of the plan and returns its number. */
  async addPlan(
    subjectId: string,
    plan: Pick<CorrectionPlanRow, "basic_situation" | "risk_analysis" | "measures">,
  ): Promise<number> {
    const last = await this.db
      .selectFrom("correction_plans")
      .select((eb) => eb.fn.max("version").as("v"))
      .where("subject_id", "=", subjectId)
      .executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    await this.db
      .insertInto("correction_plans")
      .values({
        subject_id: subjectId,
        version,
        ...plan,
        created_by: this.gw.caller.userId,
        created_at: this.gw.now,
      })
      .execute();
    return version;
  }
}
