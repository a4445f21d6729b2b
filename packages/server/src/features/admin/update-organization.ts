import { assertCan, type OrgKind } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { OrganizationRepository, type OrgRow } from "../../db/gateway/index.ts";
import { checkDivisionCode } from "./create-organization.ts";

/** Renames an organisation or corrects its division code (system administrator). */
export async function updateOrganization(
  args: UseCaseArgs & { orgId: string; patch: { name?: string; divisionCode?: string } },
): Promise<OrgRow> {
  const { ctx, actor, meta, orgId, patch } = args;
  assertCan(actor, "org:manage");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const orgs = new OrganizationRepository(gw);
    const row = await orgs.find(orgId);
    if (patch.divisionCode !== undefined) checkDivisionCode(row.kind as OrgKind, patch.divisionCode);
    const set: { name?: string; division_code?: string } = {};
    if (patch.name !== undefined) set.name = patch.name.trim();
    if (patch.divisionCode !== undefined) set.division_code = patch.divisionCode;
    if (Object.keys(set).length === 0) return row;
    return orgs.rename(row, set);
  });
}
