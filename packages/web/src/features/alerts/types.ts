/** The location answers of the API (docs/API.md "Electronic location supervision (issue 5)"). */
import type { AlertDisposition, AlertStatus, AlertType } from "@zhijiao/domain";

export interface LocationAlert {
  id: string;
  subjectId: string;
  subjectName: string;
  officeId: string;
  officeName: string;
  deviceId: string | null;
  zoneId: string | null;
  zoneName: string | null;
  type: AlertType;
  typeLabel: string;
  status: AlertStatus;
  statusLabel: string;
  openedAt: string;
  lat: number | null;
  lon: number | null;
  details: Record<string, unknown> | null;
  clearedAt: string | null;
  escalationLevel: number;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  disposition: AlertDisposition | "auto_cleared" | null;
  dispositionLabel: string | null;
  resolutionComment: string | null;
  sanctionId: string | null;
  version: number;
}

export interface TrackPoint {
  time: string;
  lat: number;
  lon: number;
  accuracy: number | null;
  speed: number | null;
  battery: number | null;
}

export interface Trajectory {
  items: TrackPoint[];
  total: number;
  downsampled: boolean;
}

export interface LatestPosition extends TrackPoint {
  deviceId: string;
  deviceKind: "bracelet" | "phone";
}

export type ZoneShapeJson =
  | { type: "division"; code: string }
  | { type: "circle"; lat: number; lon: number; radiusM: number }
  | { type: "polygon"; rings: [number, number][][] };

export interface Zone {
  id: string | null;
  subjectId: string;
  kind: "inclusion" | "exclusion";
  source: "residence" | "leave" | "court_ban" | "curfew" | "manual";
  sourceId: string | null;
  name: string;
  shape: ZoneShapeJson;
  toleranceM: number;
  activeFrom: string | null;
  activeUntil: string | null;
  dailyFrom: string | null;
  dailyUntil: string | null;
}

/** What /api/live pushes (packages/server/src/ingest/live-hub.ts). */
export type LiveMessage =
  | { type: "hello"; at: string }
  | {
      type: "position";
      subjectId: string;
      subjectName: string;
      deviceId?: string;
      lat: number;
      lon: number;
      time: string;
      battery: number | null;
    }
  | {
      type: "alert";
      alertId: string;
      subjectId: string;
      alertType: AlertType;
      change: "opened" | "cleared" | "updated";
      at: string;
    };

/** GET /api/boundaries/:code: a county of the shipped boundaries (WGS-84). */
export interface BoundaryFeature {
  type: "Feature";
  properties: { code?: string; name?: string } & Record<string, unknown>;
  geometry:
    { type: "MultiPolygon"; coordinates: number[][][][] } | { type: "Polygon"; coordinates: number[][][] };
}
