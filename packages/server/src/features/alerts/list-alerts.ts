import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  AlertRepository,
  SubjectRepository,
  type AlertFilter,
  type AlertRow,
} from "../../db/gateway/index.ts";

/** The alert queue of the caller's area (or of one file in scope, 404 otherwise), newest first. */
export async function listAlerts({
  ctx,
  actor,
  meta,
  filter,
}: UseCaseArgs & { filter: AlertFilter }): Promise<{ rows: AlertRow[]; total: number }> {
  assertCan(actor, "alert:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    if (filter.subjectId) await new SubjectRepository(gw).find(filter.subjectId);
    return new AlertRepository(gw).list(filter);
  });
}
