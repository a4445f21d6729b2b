import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { TransferRepository, type TransferRow } from "../../db/gateway/index.ts";

/**
 * One transfer, for either side: the origin still reads it after the file has left (its own
 * history), though not the file itself. An audited read.
 */
export async function getTransfer({
  ctx,
  actor,
  meta,
  transferId,
}: UseCaseArgs & { transferId: string }): Promise<TransferRow> {
  assertCan(actor, "subject:read");
  return inTransaction(ctx, actor, meta, (gw) => new TransferRepository(gw).read(transferId));
}
