import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  SubjectRepository,
  SupervisionRepository,
  type SupervisionRecordRow,
} from "../../db/gateway/index.ts";

/** Every supervision record of a file in scope (404 otherwise), newest first; an audited read of the file. */
export async function listSupervisionRecords({
  ctx,
  actor,
  meta,
  subjectId,
}: UseCaseArgs & { subjectId: string }): Promise<SupervisionRecordRow[]> {
  assertCan(actor, "subject:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const row = await new SubjectRepository(gw).read(subjectId, "supervision.read");
    return new SupervisionRepository(gw).recordsOf([row.id]);
  });
}
