import { alertDispositionLabels, alertStatusLabels, alertTypeLabels } from "@zhijiao/domain";
import type { AlertRow, LatestPosition, TrackPoint } from "../../db/gateway/index.ts";

export function presentAlert(a: AlertRow) {
  return {
    id: a.id,
    subjectId: a.subject_id,
    subjectName: a.subject_name,
    officeId: a.office_id,
    officeName: a.office_name,
    deviceId: a.device_id,
    zoneId: a.zone_id,
    zoneName: a.zone_name,
    type: a.type,
    typeLabel: alertTypeLabels[a.type as keyof typeof alertTypeLabels] ?? a.type,
    status: a.status,
    statusLabel: alertStatusLabels[a.status as keyof typeof alertStatusLabels] ?? a.status,
    openedAt: a.opened_at.toISOString(),
    lat: a.lat,
    lon: a.lon,
    details: a.details,
    clearedAt: a.cleared_at?.toISOString() ?? null,
    escalationLevel: a.escalation_level,
    acknowledgedAt: a.acknowledged_at?.toISOString() ?? null,
    acknowledgedBy: a.acknowledged_by,
    resolvedAt: a.resolved_at?.toISOString() ?? null,
    resolvedBy: a.resolved_by,
    disposition: a.disposition,
    dispositionLabel: a.disposition
      ? (alertDispositionLabels[a.disposition as keyof typeof alertDispositionLabels] ?? "已自动恢复")
      : null,
    resolutionComment: a.resolution_comment,
    sanctionId: a.sanction_id,
    version: a.version,
  };
}

export function presentTrackPoint(p: TrackPoint) {
  return {
    time: p.time.toISOString(),
    lat: p.lat,
    lon: p.lon,
    accuracy: p.accuracy,
    speed: p.speed,
    battery: p.battery,
  };
}

export function presentLatestPosition(p: LatestPosition) {
  return { ...presentTrackPoint(p), deviceId: p.deviceId, deviceKind: p.deviceKind };
}
