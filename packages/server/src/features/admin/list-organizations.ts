import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { OrganizationRepository, type OrgRow } from "../../db/gateway/index.ts";

/** The organisations in the caller's scope, in tree order. */
export async function listOrganizations({
  ctx,
  actor,
  meta,
  kind,
}: UseCaseArgs & { kind?: string }): Promise<OrgRow[]> {
  assertCan(actor, "org:list");
  return inTransaction(ctx, actor, meta, (gw) => new OrganizationRepository(gw).list(kind));
}
