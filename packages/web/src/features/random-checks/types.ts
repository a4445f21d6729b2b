import type { ItemOf } from "../../api/contract";

export type RandomCheck = ItemOf<"/api/subjects/{id}/random-checks">;
