import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { PositioningRepository, SubjectRepository, type PositioningRow } from "../../db/gateway/index.ts";

/** The positioning authorizations (R-EP-1) of a file in scope (404 otherwise); an audited read. */
export async function listPositioningAuthorizations({
  ctx,
  actor,
  meta,
  subjectId,
}: UseCaseArgs & { subjectId: string }): Promise<PositioningRow[]> {
  assertCan(actor, "alert:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await new SubjectRepository(gw).read(subjectId, "positioning.list");
    return new PositioningRepository(gw).ofSubject(subject.id);
  });
}
