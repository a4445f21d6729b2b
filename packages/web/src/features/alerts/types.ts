/** The location answers of the API, from the server's schemas (docs/openapi.json). */
import type { AlertType } from "@zhijiao/domain";
import type { ItemOf, ResponseOf } from "../../api/contract";

export type LocationAlert = ItemOf<"/api/alerts">;

export type Trajectory = ResponseOf<"/api/subjects/{id}/positions">;
export type TrackPoint = Trajectory["items"][number];
export type LatestPosition = ResponseOf<"/api/subjects/{id}/positions/latest">;

/** A zone in force (the residence zone has no id). */
export type Zone = ItemOf<"/api/subjects/{id}/zones">;
export type ZoneShapeJson = Zone["shape"];

/**
 * What /api/live pushes (packages/server/src/ingest/live-hub.ts). WebSocket messages are not
 * in the OpenAPI document: this is the one hand-written answer type.
 */
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
export type BoundaryFeature = ResponseOf<"/api/boundaries/{code}">;
