import type { ItemOf } from "../../api/contract";

/** A special-place request across files (GET /api/special-places). */
export type SpecialPlaceRequest = ItemOf<"/api/special-places">;
