import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { SanctionRepository, type SanctionListFilter, type SanctionRow } from "../../db/gateway/index.ts";

/**
 * The measures in the caller's scope, newest first; with `status: "proposed"` a county agency's
 * queue of decisions (R-SN-1: the county decides).
 */
export async function listSanctions({
  ctx,
  actor,
  meta,
  filter,
}: UseCaseArgs & { filter: SanctionListFilter }): Promise<{ rows: SanctionRow[]; total: number }> {
  assertCan(actor, "subject:read");
  return inTransaction(ctx, actor, meta, (gw) => new SanctionRepository(gw).list(filter));
}
