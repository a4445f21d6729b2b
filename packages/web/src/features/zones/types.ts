import type { Zone } from "../alerts/types";

/** A zone as GET /api/subjects/:id/zones lists it (the residence zone has no id). */
export type ZoneItem = Zone;
