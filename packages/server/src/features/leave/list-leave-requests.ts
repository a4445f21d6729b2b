import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  LeaveRequestRepository,
  SubjectRepository,
  type LeaveListFilter,
  type LeaveRequestRow,
} from "../../db/gateway/index.ts";

/** Leave requests in the caller's scope, newest first; with `subjectId`, one file's (404 when not in scope). */
export async function listLeaveRequests({
  ctx,
  actor,
  meta,
  filter,
}: UseCaseArgs & { filter: LeaveListFilter }): Promise<{ rows: LeaveRequestRow[]; total: number }> {
  assertCan(actor, "subject:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    if (filter.subjectId) await new SubjectRepository(gw).find(filter.subjectId);
    return new LeaveRequestRepository(gw).list(filter);
  });
}
