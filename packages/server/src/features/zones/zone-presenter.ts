import {
  zoneKindValueLabels,
  zoneSourceValueLabels,
  type ZoneKindValue,
  type ZoneSourceValue,
} from "@zhijiao/domain";
import type { ZoneView } from "./list-zones.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { zoneSchema } from "./schemas.ts";

type Zone = Presented<typeof zoneSchema>;

/** PostgreSQL prints `time` as HH:MM:SS; the API speaks HH:MM. */
const clock = (t: string | null) => (t ? t.slice(0, 5) : null);

/** A zone in force (the residence zone is implicit: `id` null). Shapes are WGS-84. */
export function presentZone(z: ZoneView): Zone {
  return {
    id: z.id,
    subjectId: z.subject_id,
    kind: z.kind as ZoneKindValue,
    kindLabel: zoneKindValueLabels[z.kind as ZoneKindValue] ?? z.kind,
    source: z.source as ZoneSourceValue,
    sourceLabel: zoneSourceValueLabels[z.source as ZoneSourceValue] ?? z.source,
    sourceId: z.source_id,
    name: z.name,
    shape: z.shape as Zone["shape"],
    toleranceM: z.tolerance_m,
    activeFrom: z.active_from?.toISOString() ?? null,
    activeUntil: z.active_until?.toISOString() ?? null,
    dailyFrom: clock(z.daily_from),
    dailyUntil: clock(z.daily_until),
    createdAt: z.created_at?.toISOString() ?? null,
    endedAt: z.ended_at?.toISOString() ?? null,
  };
}
