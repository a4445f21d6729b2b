import { randomUUID } from "node:crypto";
import { DomainError, assertCan, checkDeviceIdentifier } from "@zhijiao/domain";
import type { FromSchema } from "json-schema-to-ts";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { DeviceRepository, type DeviceRow } from "../../db/gateway/index.ts";
import { newSessionToken, tokenHash } from "../../security/tokens.ts";
import type { deviceBody } from "./schemas.ts";

export type DeviceInput = FromSchema<typeof deviceBody>;

/**
 * The county agency registers a device it issues (a bracelet by its JT/T 808 terminal phone
 * number, a phone by its IMEI or app id). The answer carries the device's HTTP ingest token,
 * shown this once: only its SHA-256 is stored.
 */
export async function registerDevice({
  ctx,
  actor,
  meta,
  input,
}: UseCaseArgs & { input: DeviceInput }): Promise<{ device: DeviceRow; token: string }> {
  assertCan(actor, "device:manage");
  // The county agency owns its devices; device:manage is a county role's.
  const countyId = actor.org.kind === "county" ? actor.org.id : null;
  if (!countyId)
    throw new DomainError("FORBIDDEN", { action: "device:manage" }, "定位设备由县级社区矫正机构登记");
  const identifier = checkDeviceIdentifier(input.kind, input.identifier);
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new DeviceRepository(gw);
    if (await repo.identifierTaken(identifier))
      throw new DomainError("DEVICE_IDENTIFIER_TAKEN", { field: "identifier" });
    const token = newSessionToken();
    const device = await repo.insert({
      id: randomUUID(),
      kind: input.kind,
      identifier,
      county_id: countyId,
      model: input.model?.trim() || null,
      token_hash: tokenHash(token),
      ...(input.offlineAfterSeconds !== undefined
        ? { offline_after_seconds: input.offlineAfterSeconds }
        : {}),
      ...(input.lowBatteryPercent !== undefined ? { low_battery_percent: input.lowBatteryPercent } : {}),
      created_at: gw.now,
    });
    return { device, token };
  });
}
