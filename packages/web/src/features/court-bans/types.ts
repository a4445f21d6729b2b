import type { ItemOf } from "../../api/contract";

/** A court ban (禁止令), from the server's schemas. */
export type CourtBan = ItemOf<"/api/subjects/{id}/court-bans">;
