/** Zones as the API answers them (docs/API.md, issue 5). */
import type { Zone } from "../alerts/types";

/** A zone as GET /api/subjects/:id/zones lists it (the residence zone has no id). */
export interface ZoneItem extends Zone {
  kindLabel: string;
  sourceLabel: string;
  createdAt: string | null;
  endedAt: string | null;
}
