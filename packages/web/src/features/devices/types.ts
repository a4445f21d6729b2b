/** Devices and their bindings as the API answers them (docs/API.md, issue 5). */
import type { DeviceKind } from "@zhijiao/domain";

export interface Device {
  id: string;
  kind: DeviceKind;
  kindLabel: string;
  identifier: string;
  model: string | null;
  countyId: string;
  offlineAfterSeconds: number;
  lowBatteryPercent: number;
  active: boolean;
  createdAt: string;
}

/** A device in GET /api/devices: whether it is bound, and to whom when the caller may see the file. */
export interface DeviceListItem extends Device {
  bound: boolean;
  binding: { id: string; subjectId: string; subjectName: string | null; boundAt: string | null } | null;
}

/** POST /api/devices: the device with its token, shown once. */
export interface RegisteredDevice extends Device {
  token: string;
}

export interface DeviceBinding {
  id: string;
  deviceId: string;
  deviceKind: DeviceKind;
  deviceKindLabel: string;
  identifier: string;
  model: string | null;
  subjectId: string;
  authorizationId: string | null;
  boundAt: string;
  boundBy: string | null;
  boundByName: string | null;
  endedAt: string | null;
  endedBy: string | null;
  endedByName: string | null;
  endReason: string | null;
  endReasonLabel: string | null;
}
