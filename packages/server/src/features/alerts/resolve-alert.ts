import { DomainError, alertDispositionLabels, assertCan } from "@zhijiao/domain";
import type { FromSchema } from "json-schema-to-ts";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  AlertRepository,
  CaseLog,
  SubjectRepository,
  placeOf,
  type AlertRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";
import { proposeSanctionWithin } from "../sanctions/propose-sanction.ts";
import type { resolveAlertBody } from "./schemas.ts";

/** With `violation_confirmed`, `sanctionKind` names the measure proposed to the county agency (issue 4). */
export type ResolveAlertInput = FromSchema<typeof resolveAlertBody>;

/**
 * Closes an alert with what it was. A confirmed violation is written on the file's timeline and,
 * when a measure is named, proposed as a sanction in the same transaction (the county decides).
 */
export async function resolveAlert({
  ctx,
  actor,
  meta,
  alertId,
  input,
}: UseCaseArgs & { alertId: string; input: ResolveAlertInput }): Promise<AlertRow> {
  assertCan(actor, "alert:handle");
  if (input.sanctionKind) assertCan(actor, "sanction:propose");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new AlertRepository(gw);
    const alert = await repo.find(alertId);
    if (alert.status === "resolved")
      throw new DomainError("ALERT_STATE", { status: alert.status }, "该报警已处置完毕");
    const comment = input.comment.trim();
    if (!comment) throw new DomainError("VALIDATION_FAILED", { field: "comment" }, "请填写处置情况");
    if (input.sanctionKind && input.disposition !== "violation_confirmed")
      throw new DomainError("VALIDATION_FAILED", { field: "sanctionKind" }, "只有确认违规的报警才能提请处罚");
    let sanctionId: string | null = null;
    if (input.sanctionKind) {
      const sanction = await proposeSanctionWithin(gw, alert.subject_id, {
        kind: input.sanctionKind,
        facts: `电子定位报警（${alert.type}，${alert.opened_at.toISOString()}）经核实确认违规：${comment}`,
      });
      sanctionId = sanction.id;
    }
    const row = await repo.update(alert, {
      status: "resolved",
      resolved_by: actor.userId,
      resolved_at: gw.now,
      disposition: input.disposition,
      resolution_comment: comment,
      sanction_id: sanctionId,
      ...(alert.status === "open" ? { acknowledged_by: actor.userId, acknowledged_at: gw.now } : {}),
    });
    if (input.disposition === "violation_confirmed") {
      const subject = await new SubjectRepository(gw).find(alert.subject_id);
      const env = await caseEnvironment(gw);
      await new CaseLog(gw).record({
        subjectId: subject.id,
        step: "confirm_location_violation",
        occurredOn: env.today,
        summary: `电子定位报警经核实确认违规：${comment}`,
        data: { alertId: alert.id, type: alert.type, sanctionId },
        place: placeOf(subject),
      });
    } else
      await gw.audit({
        action: "alert.resolve",
        resourceType: "alert",
        resourceId: alert.id,
        subjectId: alert.subject_id,
        details: {
          type: alert.type,
          disposition: input.disposition,
          label: alertDispositionLabels[input.disposition],
        },
      });
    return row;
  });
}
