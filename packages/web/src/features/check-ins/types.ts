import type { ItemOf } from "../../api/contract";

/** A subject's mobile check-in as the office sees it (GET /api/check-ins). */
export type CheckIn = ItemOf<"/api/check-ins">;
