import { assertCan, handoverCheck, missingHandoverDocuments, type Category } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseFileRepository,
  CaseLog,
  DeadlineRepository,
  InvestigationRepository,
  NoticeRepository,
  SubjectRepository,
  TransferRepository,
  type CaseEventRow,
  type CorrectionPlanRow,
  type DeadlineRow,
  type HandoverDocumentRow,
  type InvestigationRow,
  type SubjectRow,
  type TeamMemberRow,
  type TransferRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment, type CaseEnvironment } from "../../shared/case-environment.ts";

export interface CaseData {
  row: SubjectRow;
  env: CaseEnvironment;
  documents: HandoverDocumentRow[];
  missing: ReturnType<typeof missingHandoverDocuments>;
  check: ReturnType<typeof handoverCheck> | null;
  team: TeamMemberRow[];
  plans: CorrectionPlanRow[];
  announcement: CaseEventRow | null;
  releasePreparation: CaseEventRow | null;
  deadlines: DeadlineRow[];
  investigation: InvestigationRow | null;
  notices: Awaited<ReturnType<NoticeRepository["ofCase"]>>;
  transfer: TransferRow | null;
}

/** The case as it stands (一人一档): state, deadlines, handover, team, plan and notices; an audited read. */
export async function getCase({
  ctx,
  actor,
  meta,
  subjectId,
}: UseCaseArgs & { subjectId: string }): Promise<CaseData> {
  assertCan(actor, "subject:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const row = await new SubjectRepository(gw).read(subjectId, "subject.read", { view: "case" });
    const file = new CaseFileRepository(gw);
    const log = new CaseLog(gw);
    const ref = { subjectId: row.id, investigationId: row.investigation_id };
    const [env, documents, team, plans, announcement, releasePreparation, deadlines, notices, transfer] =
      await Promise.all([
        caseEnvironment(gw),
        file.handoverDocuments(row.id),
        file.team(row.id),
        file.plans(row.id),
        log.latest({ subjectId: row.id }, "announce_entry"),
        log.latest({ subjectId: row.id }, "prepare_release"),
        new DeadlineRepository(gw).ofCase(ref),
        new NoticeRepository(gw).ofCase(ref),
        new TransferRepository(gw).openFor(row.id),
      ]);
    const investigation = row.investigation_id
      ? await new InvestigationRepository(gw).find(row.investigation_id).catch(() => null)
      : null;
    const effectiveOn = row.judgment_effective_on;
    const documentsOn = documents.length ? documents[documents.length - 1]!.received_on : null;
    return {
      row,
      env,
      documents,
      missing: missingHandoverDocuments(
        row.category as Category,
        documents.map((d) => d.kind),
      ),
      check: effectiveOn
        ? handoverCheck(env.calendar, env.rules, effectiveOn, row.handover_notice_on, documentsOn)
        : null,
      team,
      plans,
      announcement: announcement ?? null,
      releasePreparation: releasePreparation ?? null,
      deadlines,
      investigation,
      notices,
      transfer: transfer ?? null,
    };
  });
}
