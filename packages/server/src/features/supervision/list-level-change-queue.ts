import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { SupervisionRepository, type LevelChangeRow } from "../../db/gateway/index.ts";

/**
 * Management level changes across the files in the caller's scope, newest first; with `status:
 * "proposed"` the county agency's queue of decisions (R-SV-1: the county approves).
 */
export async function listLevelChangeQueue({
  ctx,
  actor,
  meta,
  filter,
}: UseCaseArgs & { filter: { status?: string; page: number; pageSize: number } }): Promise<{
  rows: LevelChangeRow[];
  total: number;
}> {
  assertCan(actor, "subject:list");
  return inTransaction(ctx, actor, meta, (gw) => new SupervisionRepository(gw).listLevelChanges(filter));
}
