import { DomainError, assertCan, takeStep, type SubjectStatus, checkTransferStep } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  DeadlineRepository,
  NoticeRepository,
  SubjectRepository,
  TransferRepository,
  placeOf,
  type TransferRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";

const transferDeadlines = [
  "transfer_consult",
  "transfer_reply",
  "transfer_files",
  "transfer_report",
] as const;

/**
 * R-TR-1: the application is withdrawn before the decision (by the origin office or county):
 * the case is back in correction at the origin and the destination no longer sees the file.
 */
export async function withdrawTransfer({
  ctx,
  actor,
  meta,
  transferId,
  input,
}: UseCaseArgs & { transferId: string; input: { reason: string } }): Promise<TransferRow> {
  assertCan(actor, "transfer:apply");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const transfers = new TransferRepository(gw);
    const t = await transfers.findForStep(transferId, "origin", { office: true });
    const subjects = new SubjectRepository(gw);
    const subject = await subjects.findForStep(t.subject_id);
    const next = takeStep("withdraw_transfer", subject.status as SubjectStatus, subject.archived);
    checkTransferStep("withdraw_transfer", t.status, t.id);
    const reason = input.reason.trim();
    if (!reason) throw new DomainError("VALIDATION_FAILED", { field: "reason" }, "请填写撤回理由");
    const { today } = await caseEnvironment(gw);
    const after = await transfers.update(t, { status: "withdrawn", closed_reason: reason });
    await subjects.applyStep(subject, { status: next, shared_county_id: null, shared_office_id: null });
    await new DeadlineRepository(gw).close(
      { subjectId: t.subject_id, transferId: t.id },
      transferDeadlines,
      today,
      "cancelled",
    );
    // The destination was told only once it had been consulted.
    if (t.status !== "applied")
      await new NoticeRepository(gw).send({
        kind: "transfer_withdrawn",
        recipientOrgIds: [t.destination_county_id],
        subjectId: t.subject_id,
        title: `撤回执行地变更：${t.subject_name}`,
        body: `${t.origin_county_name}已撤回${t.subject_name}变更执行地至${t.destination_county_name}的申请：${reason}`,
      });
    await new CaseLog(gw).record({
      subjectId: t.subject_id,
      transferId: t.id,
      step: "withdraw_transfer",
      occurredOn: today,
      summary: `撤回执行地变更申请：${reason}`,
      data: { reason, statusBefore: t.status },
      place: placeOf(subject),
    });
    return after;
  });
}
