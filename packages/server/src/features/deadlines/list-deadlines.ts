import { addDays, assertCan } from "@zhijiao/domain";
import type { FromSchema } from "json-schema-to-ts";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { DeadlineRepository, type DeadlineListRow } from "../../db/gateway/index.ts";
import { caseEnvironment, type CaseEnvironment } from "../../shared/case-environment.ts";
import type { listDeadlinesQuery } from "./schemas.ts";

export type DeadlineListQuery = FromSchema<typeof listDeadlinesQuery>;

/**
 * The open deadlines in the caller's scope, soonest first: overdue (last day before today),
 * due soon (within the configured days, overdue included) or all open ones.
 */
export async function listDeadlines({
  ctx,
  actor,
  meta,
  query,
}: UseCaseArgs & { query: DeadlineListQuery }): Promise<{
  rows: DeadlineListRow[];
  total: number;
  env: Pick<CaseEnvironment, "today" | "rules">;
}> {
  assertCan(actor, "deadline:list");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const env = await caseEnvironment(gw);
    const { state = "open", ...rest } = query;
    const dueBy =
      state === "overdue"
        ? addDays(env.today, -1)
        : state === "due_soon"
          ? addDays(env.today, env.rules.dueSoonDays)
          : undefined;
    const { rows, total } = await new DeadlineRepository(gw).list({ ...rest, ...(dueBy ? { dueBy } : {}) });
    return { rows, total, env: { today: env.today, rules: env.rules } };
  });
}
