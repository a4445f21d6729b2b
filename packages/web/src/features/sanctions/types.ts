/** Rewards and sanctions, and what the records suggest (docs/API.md "Daily supervision (issue 4)"). */
import type { SanctionKind, SanctionStatus } from "@zhijiao/domain";

export interface Sanction {
  id: string;
  subjectId: string;
  subjectName: string;
  category: string;
  categoryLabel: string;
  officeId: string;
  officeName: string;
  kind: SanctionKind;
  kindLabel: string;
  rule: string;
  status: SanctionStatus;
  statusLabel: string;
  facts: string;
  proposedAt: string;
  proposedOn: string;
  decidedOn: string | null;
  decisionComment: string | null;
  documentKind: string | null;
  documentNumber: string | null;
  courtRulingDueOn: string | null;
  version: number;
}

export type SuggestionFact =
  | {
      type: "sanction";
      id: string;
      kind: SanctionKind;
      label: string;
      decidedOn: string | null;
      facts: string;
    }
  | { type: "absence"; days: number };

export interface SanctionSuggestion {
  kind: SanctionKind;
  label: string;
  rule: string;
  grounds: string;
  facts: SuggestionFact[];
}

export interface SuggestionsAnswer {
  absenceDays: number;
  suggestions: SanctionSuggestion[];
}
