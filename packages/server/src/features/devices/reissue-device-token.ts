import { DomainError, assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { DeviceRepository, type DeviceRow } from "../../db/gateway/index.ts";
import { newSessionToken, tokenHash } from "../../security/tokens.ts";
import { locationChanged } from "../../shared/location-supervision.ts";

/**
 * A lost or leaked device token is replaced: the county issues a new one (shown this once) and
 * the old one stops working at once.
 */
export async function reissueDeviceToken({
  ctx,
  actor,
  meta,
  deviceId,
}: UseCaseArgs & { deviceId: string }): Promise<{ device: DeviceRow; token: string }> {
  assertCan(actor, "device:manage");
  if (actor.org.kind !== "county")
    throw new DomainError("FORBIDDEN", { action: "device:manage" }, "定位设备由县级社区矫正机构管理");
  const result = await inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new DeviceRepository(gw);
    const current = await repo.findInCounty(deviceId, actor.org.id);
    const token = newSessionToken();
    const device = await repo.setTokenHash(current.id, tokenHash(token));
    await gw.audit({
      action: "device.token",
      resourceType: "device",
      resourceId: device.id,
      details: { identifier: device.identifier },
    });
    return { device, token };
  });
  locationChanged(ctx);
  return result;
}
