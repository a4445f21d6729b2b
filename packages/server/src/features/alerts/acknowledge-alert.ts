import { DomainError, assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { AlertRepository, type AlertRow } from "../../db/gateway/index.ts";

/** Staff take an open alert in hand (it stops escalating); audited. */
export async function acknowledgeAlert({
  ctx,
  actor,
  meta,
  alertId,
}: UseCaseArgs & { alertId: string }): Promise<AlertRow> {
  assertCan(actor, "alert:handle");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new AlertRepository(gw);
    const alert = await repo.find(alertId);
    if (alert.status !== "open")
      throw new DomainError("ALERT_STATE", { status: alert.status }, "该报警已处理，不能重复签收");
    const row = await repo.update(alert, {
      status: "acknowledged",
      acknowledged_by: actor.userId,
      acknowledged_at: gw.now,
    });
    await gw.audit({
      action: "alert.acknowledge",
      resourceType: "alert",
      resourceId: alert.id,
      subjectId: alert.subject_id,
      details: { type: alert.type },
    });
    return row;
  });
}
