import type { RandomCheckStatus } from "@zhijiao/domain";
import type { RandomCheckRow } from "../../db/gateway/index.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { randomCheckSchema } from "./schemas.ts";

const randomCheckStatusLabels: Record<string, string> = {
  pending: "待回应",
  answered: "已回应",
  missed: "逾期未回应",
};

export function presentRandomCheck(c: RandomCheckRow): Presented<typeof randomCheckSchema> {
  return {
    id: c.id,
    subjectId: c.subject_id,
    requestedAt: c.requested_at.toISOString(),
    dueAt: c.due_at.toISOString(),
    note: c.note,
    status: c.status as RandomCheckStatus,
    statusLabel: randomCheckStatusLabels[c.status] ?? c.status,
    answeredAt: c.answered_at?.toISOString() ?? null,
    recordId: c.record_id,
    lat: c.lat,
    lon: c.lon,
    accuracy: c.accuracy_m,
  };
}
