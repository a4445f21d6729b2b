import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { RandomCheckRepository, SubjectRepository, type RandomCheckRow } from "../../db/gateway/index.ts";

/** The random checks of a file in scope (404 otherwise), newest first; the read is audited. */
export async function listRandomChecks({
  ctx,
  actor,
  meta,
  subjectId,
}: UseCaseArgs & { subjectId: string }): Promise<RandomCheckRow[]> {
  assertCan(actor, "alert:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await new SubjectRepository(gw).read(subjectId, "random_check.list");
    return new RandomCheckRepository(gw).ofSubject(subject.id);
  });
}
