import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { DeviceRepository, type DeviceListFilter, type DeviceListRow } from "../../db/gateway/index.ts";

/**
 * The devices of the caller's area (an office and its county: the county's devices), with whom
 * each is bound to when the caller may see that file.
 */
export async function listDevices({
  ctx,
  actor,
  meta,
  filter,
}: UseCaseArgs & { filter: DeviceListFilter }): Promise<{ rows: DeviceListRow[]; total: number }> {
  assertCan(actor, "alert:read");
  return inTransaction(ctx, actor, meta, (gw) => new DeviceRepository(gw).list(filter));
}
