/** What the sanction use cases share: the rules in force, the facts of a file, and who gets the copy. */
import {
  sanctionRulesWith,
  type SanctionFact,
  type SanctionKind,
  type SanctionRules,
  type SanctionStatus,
} from "@zhijiao/domain";
import { SettingsRepository, type Gateway, type SanctionRow } from "../db/gateway/index.ts";

/** The sanction rules (settings `sanction_rules`, DOMAIN.md §6 cfg). */
export async function sanctionRules(gw: Gateway): Promise<SanctionRules> {
  return sanctionRulesWith(
    (await new SettingsRepository(gw).get("sanction_rules")) as Record<string, unknown> | null,
  );
}

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
