/** Answers of the positioning, device, zone and random-check routes (docs/API.md, issue 5). */
import type { DeviceKind, PositioningCondition, PositioningStatus } from "@zhijiao/domain";
import type { Zone } from "../alerts/types";

export interface PositioningAuthorization {
  id: string;
  subjectId: string;
  countyId: string;
  condition: PositioningCondition;
  conditionLabel: string;
  facts: string;
  fromOn: string;
  untilOn: string;
  extendsId: string | null;
  reassessment: string | null;
  status: PositioningStatus;
  statusLabel: string;
  proposedBy: string;
  proposedByName: string | null;
  proposedAt: string;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionComment: string | null;
  documentNumber: string | null;
  endedOn: string | null;
  endReason: string | null;
  version: number;
}

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

/** A zone as GET /api/subjects/:id/zones lists it (the residence zone has no id). */
export interface ZoneItem extends Zone {
  kindLabel: string;
  sourceLabel: string;
  createdAt: string | null;
  endedAt: string | null;
}

export interface RandomCheck {
  id: string;
  subjectId: string;
  requestedAt: string;
  dueAt: string;
  note: string | null;
  status: "pending" | "answered" | "missed";
  statusLabel: string;
  answeredAt: string | null;
  recordId: string | null;
  lat: number | null;
  lon: number | null;
  accuracy: number | null;
}
