import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { SanctionRepository, SubjectRepository, type SanctionRow } from "../../db/gateway/index.ts";

/** Every commendation and sanction of a file in scope (404 otherwise), oldest first; an audited read of the file. */
export async function listSubjectSanctions({
  ctx,
  actor,
  meta,
  subjectId,
}: UseCaseArgs & { subjectId: string }): Promise<SanctionRow[]> {
  assertCan(actor, "subject:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const row = await new SubjectRepository(gw).read(subjectId, "sanction.read");
    return new SanctionRepository(gw).ofSubject(row.id);
  });
}
