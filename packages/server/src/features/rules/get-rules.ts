import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { SettingsRepository } from "../../db/gateway/index.ts";
import { ruleKeys, rulesInForce } from "./rule-sets.ts";

/** The provincial figures in force (DOMAIN.md cfg) for each table, with their defaults and overrides. */
export async function getRules({ ctx, actor, meta }: UseCaseArgs) {
  // Every staff role and the administrator read the calendar; these figures are of the same kind.
  assertCan(actor, "calendar:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const settings = new SettingsRepository(gw);
    return Promise.all(ruleKeys.map(async (key) => rulesInForce(key, await settings.get(key))));
  });
}
