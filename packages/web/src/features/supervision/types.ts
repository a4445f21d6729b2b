/** Duties, records and management levels, from the server's schemas (docs/openapi.json). */
import type { ItemOf, ResponseOf } from "../../api/contract";

export type Duty = ItemOf<"/api/subjects/{id}/duties">;
/** A duty across the files in scope, with its file. */
export type DutyAcross = ItemOf<"/api/duties">;
export type DutiesAnswer = ResponseOf<"/api/subjects/{id}/duties">;

export type SupervisionRecord = ItemOf<"/api/subjects/{id}/records">;

export type LevelChange = ItemOf<"/api/level-changes">;
export type LevelChangesAnswer = ResponseOf<"/api/subjects/{id}/level-changes">;
