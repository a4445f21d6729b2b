import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { SubjectRepository, type SubjectRow } from "../../db/gateway/index.ts";

/** Opens a file: 404 outside the caller's scope; the view is audited. */
export async function getSubject({
  ctx,
  actor,
  meta,
  subjectId,
}: UseCaseArgs & { subjectId: string }): Promise<SubjectRow> {
  assertCan(actor, "subject:read");
  return inTransaction(ctx, actor, meta, (gw) => new SubjectRepository(gw).read(subjectId));
}
