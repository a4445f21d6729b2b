import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  DeadlineRepository,
  InvestigationRepository,
  type CaseEventRow,
  type DeadlineRow,
  type InvestigationRow,
  type TranscriptRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment, type CaseEnvironment } from "../../shared/case-environment.ts";

export interface InvestigationView {
  row: InvestigationRow;
  transcripts: TranscriptRow[];
  deadlines: DeadlineRow[];
  timeline: CaseEventRow[];
  env: CaseEnvironment;
}

/** One investigation with its transcripts, deadlines and events (an audited read). */
export async function getInvestigation({
  ctx,
  actor,
  meta,
  investigationId,
}: UseCaseArgs & { investigationId: string }): Promise<InvestigationView> {
  assertCan(actor, "investigation:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new InvestigationRepository(gw);
    const row = await repo.read(investigationId);
    const [transcripts, deadlines, timeline, env] = await Promise.all([
      repo.transcripts(row.id),
      new DeadlineRepository(gw).ofCase({ investigationId: row.id }),
      new CaseLog(gw).timeline({ investigationId: row.id }),
      caseEnvironment(gw),
    ]);
    return { row, transcripts, deadlines, timeline, env };
  });
}
