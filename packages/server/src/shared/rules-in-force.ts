/** The rules in force: the province's settings over the defaults of DOMAIN.md (cfg). */
import {
  leaveRulesWith,
  sanctionRulesWith,
  supervisionRulesWith,
  type LeaveRules,
  type SanctionRules,
  type SupervisionRules,
} from "@zhijiao/domain";
import { SettingsRepository, type Gateway } from "../db/gateway/index.ts";

/** The leave rules (settings `leave_rules`, DOMAIN.md R-LV-1/2 cfg). */
export async function leaveRules(gw: Gateway): Promise<LeaveRules> {
  return leaveRulesWith(
    (await new SettingsRepository(gw).get("leave_rules")) as Record<string, unknown> | null,
  );
}

/** The supervision rules (settings `supervision_rules`, DOMAIN.md R-SV-1/2 cfg). */
export async function supervisionRules(gw: Gateway): Promise<SupervisionRules> {
  return supervisionRulesWith(
    (await new SettingsRepository(gw).get("supervision_rules")) as Record<string, unknown> | null,
  );
}

/** The sanction rules (settings `sanction_rules`, DOMAIN.md §6 cfg). */
export async function sanctionRules(gw: Gateway): Promise<SanctionRules> {
  return sanctionRulesWith(
    (await new SettingsRepository(gw).get("sanction_rules")) as Record<string, unknown> | null,
  );
}
