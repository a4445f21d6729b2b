import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { AuditLogRepository, type AuditFilter, type AuditRow } from "../../db/gateway/index.ts";

/** The audit trail for administrators (all) and procurators (their area, and their browsing is recorded). */
export async function browseAudit({
  ctx,
  actor,
  meta,
  filter,
}: UseCaseArgs & { filter: AuditFilter }): Promise<{ rows: AuditRow[]; total: number }> {
  assertCan(actor, "audit:browse");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const result = await new AuditLogRepository(gw).browse(filter);
    await gw.auditOversightRead("audit.browse", "audit", { filter });
    return result;
  });
}
