/** Stored sanctions as the sanction rules read them. */
import { type SanctionFact, type SanctionKind, type SanctionStatus } from "@zhijiao/domain";
import { type SanctionRow } from "../../db/gateway/index.ts";

/** A stored measure as the domain rules read it. */
export function sanctionFact(row: SanctionRow): SanctionFact {
  return {
    id: row.id,
    kind: row.kind as SanctionKind,
    status: row.status as SanctionStatus,
    decidedOn: row.decided_on,
    facts: row.facts,
  };
}
