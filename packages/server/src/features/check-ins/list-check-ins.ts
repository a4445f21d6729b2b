import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { CheckInRepository, type CheckInListFilter, type CheckInRow } from "../../db/gateway/index.ts";

/**
 * The subjects' mobile check-ins in the caller's scope, newest first; with `status:
 * "unconfirmed"` the office's 新打卡 on the workbench (R-SV-2: the office sees what the subject
 * reports).
 */
export async function listCheckIns({
  ctx,
  actor,
  meta,
  filter,
}: UseCaseArgs & { filter: CheckInListFilter }): Promise<{ rows: CheckInRow[]; total: number }> {
  assertCan(actor, "subject:list");
  return inTransaction(ctx, actor, meta, (gw) => new CheckInRepository(gw).list(filter));
}
