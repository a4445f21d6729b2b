import { DomainError, assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { PositionRepository, SubjectRepository, type LatestPosition } from "../../db/gateway/index.ts";

/** Where the subject's devices last placed them (audited like a trajectory, R-PR-3). */
export async function getLatestPosition({
  ctx,
  actor,
  meta,
  subjectId,
}: UseCaseArgs & { subjectId: string }): Promise<LatestPosition> {
  assertCan(actor, "location:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await new SubjectRepository(gw).read(subjectId, "location.latest");
    const latest = await new PositionRepository(gw).latest(subject.id);
    if (!latest) throw new DomainError("NO_POSITION", { subjectId });
    return latest;
  });
}
