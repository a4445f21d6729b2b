import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { TransferRepository, type TransferListFilter, type TransferRow } from "../../db/gateway/index.ts";

/** The transfers either side of which is the caller's (incoming, outgoing or both), newest first. */
export async function listTransfers({
  ctx,
  actor,
  meta,
  filter,
}: UseCaseArgs & { filter: TransferListFilter }): Promise<{ rows: TransferRow[]; total: number }> {
  assertCan(actor, "subject:read");
  return inTransaction(ctx, actor, meta, (gw) => new TransferRepository(gw).list(filter));
}
