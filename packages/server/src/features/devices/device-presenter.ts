import { bindingEndReasonLabels, deviceKindLabels, type DeviceKind } from "@zhijiao/domain";
import type { DeviceBindingRow, DeviceListRow, DeviceRow } from "../../db/gateway/index.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { deviceBindingSchema, deviceListItemSchema, deviceSchema } from "./schemas.ts";

const kindLabel = (kind: string) => deviceKindLabels[kind as DeviceKind] ?? kind;

/** A device; never its token hash or authentication code. */
export function presentDevice(d: DeviceRow): Presented<typeof deviceSchema> {
  return {
    id: d.id,
    kind: d.kind as DeviceKind,
    kindLabel: kindLabel(d.kind),
    identifier: d.identifier,
    model: d.model,
    countyId: d.county_id,
    offlineAfterSeconds: d.offline_after_seconds,
    lowBatteryPercent: d.low_battery_percent,
    active: d.active,
    createdAt: d.created_at.toISOString(),
  };
}

/** A device in the list: bound or not, and to whom when the caller may see the file. */
export function presentDeviceListItem(d: DeviceListRow): Presented<typeof deviceListItemSchema> {
  return {
    ...presentDevice(d),
    bound: d.binding_id !== null,
    binding:
      d.binding_id !== null && d.subject_id !== null
        ? {
            id: d.binding_id,
            subjectId: d.subject_id,
            subjectName: d.subject_name,
            boundAt: d.bound_at?.toISOString() ?? null,
          }
        : null,
  };
}

/** A binding of a device to a file, open or ended. */
export function presentDeviceBinding(b: DeviceBindingRow): Presented<typeof deviceBindingSchema> {
  return {
    id: b.id,
    deviceId: b.device_id,
    deviceKind: b.device_kind as DeviceKind,
    deviceKindLabel: kindLabel(b.device_kind),
    identifier: b.device_identifier,
    model: b.device_model,
    subjectId: b.subject_id,
    authorizationId: b.authorization_id,
    boundAt: b.bound_at.toISOString(),
    boundBy: b.bound_by,
    boundByName: b.bound_by_name,
    endedAt: b.ended_at?.toISOString() ?? null,
    endedBy: b.ended_by,
    endedByName: b.ended_by_name,
    endReason: b.end_reason,
    endReasonLabel: b.end_reason ? (bindingEndReasonLabels[b.end_reason] ?? b.end_reason) : null,
  };
}
