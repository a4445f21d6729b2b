import { assertCan, type CaseRules } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";

/** The configurable figures of the case lifecycle in force (DOMAIN.md cfg), for any staff member. */
export async function getCaseRules({ ctx, actor, meta }: UseCaseArgs): Promise<CaseRules> {
  // Every staff role lists deadlines; the rules are what those deadlines are computed from.
  assertCan(actor, "deadline:list");
  return inTransaction(ctx, actor, meta, async (gw) => (await caseEnvironment(gw)).rules);
}
