import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { SpecialPlaceRepository, type NamedSpecialPlaceRequestRow } from "../../db/gateway/index.ts";

/**
 * Special-place requests (进入特定场所) across the files in the caller's scope, newest first; with
 * `status: "pending"` the county agency's queue of decisions (R-LV-4).
 */
export async function listSpecialPlaceQueue({
  ctx,
  actor,
  meta,
  filter,
}: UseCaseArgs & { filter: { status?: string; page: number; pageSize: number } }): Promise<{
  rows: NamedSpecialPlaceRequestRow[];
  total: number;
}> {
  assertCan(actor, "subject:list");
  return inTransaction(ctx, actor, meta, (gw) => new SpecialPlaceRepository(gw).list(filter));
}
