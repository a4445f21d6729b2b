import {
  assertCan,
  stepDate,
  takeStep,
  transferStepDue,
  type SubjectStatus,
  checkTransferStep,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  DeadlineRepository,
  NoticeRepository,
  SubjectRepository,
  TransferRepository,
  destinationPlace,
  placeOf,
  type TransferRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";

/**
 * R-TR-1: the origin agency consults the destination agency in writing (within 5 days of the
 * application, cfg); the destination then has 5 days (cfg) to reply.
 */
export async function consultTransfer({
  ctx,
  actor,
  meta,
  transferId,
  input,
}: UseCaseArgs & { transferId: string; input: { consultedOn: string } }): Promise<TransferRow> {
  assertCan(actor, "transfer:decide");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const transfers = new TransferRepository(gw);
    const t = await transfers.findForStep(transferId, "origin");
    const subject = await new SubjectRepository(gw).findForStep(t.subject_id);
    takeStep("consult_transfer", subject.status as SubjectStatus, subject.archived);
    checkTransferStep("consult_transfer", t.status, t.id);
    const env = await caseEnvironment(gw);
    const consultedOn = stepDate(input.consultedOn, "consultedOn", "征求意见日期", env.today, {
      date: t.applied_on,
      label: "申请日期",
    });
    const after = await transfers.update(t, { status: "consulted", consulted_on: consultedOn });
    const deadlines = new DeadlineRepository(gw);
    const ref = { subjectId: t.subject_id, transferId: t.id };
    await deadlines.close(ref, ["transfer_consult"], consultedOn);
    const due = transferStepDue(env.calendar, env.rules, "transfer_reply", consultedOn);
    await deadlines.open("transfer_reply", ref, due, destinationPlace(t, null));
    await new NoticeRepository(gw).send({
      kind: "transfer_consult",
      recipientOrgIds: [t.destination_county_id],
      subjectId: t.subject_id,
      title: `执行地变更征求意见：${t.subject_name}`,
      body: `${t.origin_county_name}拟将${t.subject_name}的执行地变更至${t.destination_county_name}${t.destination_office_name}（新居住地：${t.new_residence_address}），请于 ${due.dueOn} 前核实并书面回复是否同意接收。`,
    });
    await new CaseLog(gw).record({
      subjectId: t.subject_id,
      transferId: t.id,
      step: "consult_transfer",
      occurredOn: consultedOn,
      summary: `书面征求${t.destination_county_name}意见，应于 ${due.dueOn} 前回复`,
      data: { consultedOn, replyDueOn: due.dueOn, recipientOrgId: t.destination_county_id },
      place: placeOf(subject),
    });
    return after;
  });
}
