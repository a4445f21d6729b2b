import type { ItemOf } from "../../api/contract";

/** A positioning authorization (使用电子定位装置), from the server's schemas. */
export type PositioningAuthorization = ItemOf<"/api/subjects/{id}/positioning-authorizations">;
