/** The daily-supervision answers of the API, from the server's schemas (docs/openapi.json). */
import type { ItemOf, ResponseOf } from "../../api/contract";

export type Duty = ItemOf<"/api/subjects/{id}/duties">;
/** A duty across the files in scope, with its file. */
export type DutyAcross = ItemOf<"/api/duties">;
export type DutiesAnswer = ResponseOf<"/api/subjects/{id}/duties">;

export type SupervisionRecord = ItemOf<"/api/subjects/{id}/records">;

/** A leave request (外出), as the server presents it. */
export type LeaveRequest = ResponseOf<"/api/leave-requests/{id}">;

export type CourtBan = ItemOf<"/api/subjects/{id}/court-bans">;

export type Sanction = ItemOf<"/api/sanctions">;

export type SuggestionsAnswer = ResponseOf<"/api/subjects/{id}/suggestions">;
export type SanctionSuggestion = SuggestionsAnswer["suggestions"][number];
export type SuggestionFact = SanctionSuggestion["facts"][number];

export type LevelChange = ItemOf<"/api/level-changes">;
export type LevelChangesAnswer = ResponseOf<"/api/subjects/{id}/level-changes">;

/** A subject's mobile check-in as the office sees it (GET /api/check-ins). */
export type CheckIn = ItemOf<"/api/check-ins">;

/** A special-place request across files (GET /api/special-places, R-LV-4). */
export type SpecialPlaceRequest = ItemOf<"/api/special-places">;
