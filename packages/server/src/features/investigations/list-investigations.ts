import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  InvestigationRepository,
  type InvestigationListFilter,
  type InvestigationRow,
} from "../../db/gateway/index.ts";

/** The investigations in the caller's scope, newest commission first. */
export async function listInvestigations({
  ctx,
  actor,
  meta,
  filter,
}: UseCaseArgs & { filter: InvestigationListFilter }): Promise<{ rows: InvestigationRow[]; total: number }> {
  assertCan(actor, "investigation:read");
  return inTransaction(ctx, actor, meta, (gw) => new InvestigationRepository(gw).list(filter));
}
