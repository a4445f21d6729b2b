import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { AbsenceRepository, SubjectRepository, type AbsenceRow } from "../../db/gateway/index.ts";

/** The losses of contact (脱管, R-MS-1) of a file in scope (404 otherwise), with their outcome. */
export async function listAbsences({
  ctx,
  actor,
  meta,
  subjectId,
}: UseCaseArgs & { subjectId: string }): Promise<AbsenceRow[]> {
  assertCan(actor, "subject:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await new SubjectRepository(gw).read(subjectId, "absence.list");
    return new AbsenceRepository(gw).ofSubject(subject.id);
  });
}
