import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { CaseLog, SubjectRepository, type CaseEventRow } from "../../db/gateway/index.ts";

/** Every event of the case in order, its investigation's first (the spine of the file). */
export async function getCaseTimeline({
  ctx,
  actor,
  meta,
  subjectId,
}: UseCaseArgs & { subjectId: string }): Promise<CaseEventRow[]> {
  assertCan(actor, "subject:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const row = await new SubjectRepository(gw).read(subjectId, "subject.read", { view: "timeline" });
    return new CaseLog(gw).timeline({ subjectId: row.id, investigationId: row.investigation_id });
  });
}
