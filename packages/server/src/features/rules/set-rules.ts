import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { SettingsRepository } from "../../db/gateway/index.ts";
import { checkRuleValues, rulesInForce, type RuleKey } from "./rule-sets.ts";

/**
 * A province administrator sets the figures of one table (DOMAIN.md cfg): the values given
 * replace the stored overrides (figures left out return to their defaults). Unknown keys or
 * values out of range are refused with 400 and nothing changes; every use case reads the
 * settings afresh, so the figures apply at once. Audited as `settings.update`.
 */
export async function setRules({
  ctx,
  actor,
  meta,
  key,
  values,
}: UseCaseArgs & { key: RuleKey; values: Record<string, unknown> }) {
  assertCan(actor, "template:manage");
  const checked = checkRuleValues(key, values);
  return inTransaction(ctx, actor, meta, async (gw) => {
    const settings = new SettingsRepository(gw);
    await settings.set(key, checked);
    return rulesInForce(key, checked);
  });
}
