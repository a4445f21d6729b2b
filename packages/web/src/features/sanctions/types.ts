/** Rewards and sanctions, and what the records suggest, from the server's schemas. */
import type { ItemOf, ResponseOf } from "../../api/contract";

export type Sanction = ItemOf<"/api/sanctions">;

export type SuggestionsAnswer = ResponseOf<"/api/subjects/{id}/suggestions">;
export type SanctionSuggestion = SuggestionsAnswer["suggestions"][number];
export type SuggestionFact = SanctionSuggestion["facts"][number];
