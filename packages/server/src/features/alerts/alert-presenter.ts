import {
  alertDispositionLabels,
  alertStatusLabels,
  alertTypeLabels,
  type AlertStatus,
  type AlertType,
  type DeviceKind,
} from "@zhijiao/domain";
import type { AlertRow, LatestPosition, TrackPoint } from "../../db/gateway/index.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { alertSchema, latestPositionSchema, trackPointSchema } from "./schemas.ts";

type Alert = Presented<typeof alertSchema>;

export function presentAlert(a: AlertRow): Alert {
  return {
    id: a.id,
    subjectId: a.subject_id,
    subjectName: a.subject_name,
    officeId: a.office_id,
    officeName: a.office_name,
    deviceId: a.device_id,
    zoneId: a.zone_id,
    zoneName: a.zone_name,
    type: a.type as AlertType,
    typeLabel: alertTypeLabels[a.type as AlertType] ?? a.type,
    status: a.status as AlertStatus,
    statusLabel: alertStatusLabels[a.status as AlertStatus] ?? a.status,
    openedAt: a.opened_at.toISOString(),
    lat: a.lat,
    lon: a.lon,
    details: a.details as Alert["details"],
    clearedAt: a.cleared_at?.toISOString() ?? null,
    escalationLevel: a.escalation_level,
    acknowledgedAt: a.acknowledged_at?.toISOString() ?? null,
    acknowledgedBy: a.acknowledged_by,
    resolvedAt: a.resolved_at?.toISOString() ?? null,
    resolvedBy: a.resolved_by,
    disposition: a.disposition as Alert["disposition"],
    dispositionLabel: a.disposition
      ? (alertDispositionLabels[a.disposition as keyof typeof alertDispositionLabels] ?? "已自动恢复")
      : null,
    resolutionComment: a.resolution_comment,
    sanctionId: a.sanction_id,
    version: a.version,
  };
}

export function presentTrackPoint(p: TrackPoint): Presented<typeof trackPointSchema> {
  return {
    time: p.time.toISOString(),
    lat: p.lat,
    lon: p.lon,
    accuracy: p.accuracy,
    speed: p.speed,
    battery: p.battery,
  };
}

export function presentLatestPosition(p: LatestPosition): Presented<typeof latestPositionSchema> {
  return { ...presentTrackPoint(p), deviceId: p.deviceId, deviceKind: p.deviceKind as DeviceKind };
}
