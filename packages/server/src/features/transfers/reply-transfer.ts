import {
  DomainError,
  assertCan,
  stepDate,
  takeStep,
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
  placeOf,
  type TransferRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";
import type { FromSchema } from "json-schema-to-ts";
import type { replyBody } from "./schemas.ts";

export type TransferReply = FromSchema<typeof replyBody>;

/**
 * R-TR-1: the destination agency checks the circumstances and replies in writing whether it
 * accepts the subject (within 5 days of the consultation, cfg).
 */
export async function replyTransfer({
  ctx,
  actor,
  meta,
  transferId,
  input,
}: UseCaseArgs & { transferId: string; input: TransferReply }): Promise<TransferRow> {
  assertCan(actor, "transfer:decide");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const transfers = new TransferRepository(gw);
    const t = await transfers.findForStep(transferId, "destination");
    const subject = await new SubjectRepository(gw).findForStep(t.subject_id, { shared: true });
    takeStep("reply_transfer", subject.status as SubjectStatus, subject.archived);
    checkTransferStep("reply_transfer", t.status, t.id);
    const env = await caseEnvironment(gw);
    const repliedOn = stepDate(input.repliedOn, "repliedOn", "回复日期", env.today, {
      date: t.consulted_on ?? t.applied_on,
      label: "征求意见日期",
    });
    const opinion = input.opinion.trim();
    if (!opinion)
      throw new DomainError("VALIDATION_FAILED", { field: "opinion" }, "请填写回复意见（核实情况）");
    const after = await transfers.update(t, {
      status: "replied",
      replied_on: repliedOn,
      reply_accepts: input.accepts,
      reply_opinion: opinion,
    });
    const ref = { subjectId: t.subject_id, transferId: t.id };
    await new DeadlineRepository(gw).close(ref, ["transfer_reply"], repliedOn);
    const verdict = input.accepts ? "同意接收" : "不同意接收";
    await new NoticeRepository(gw).send({
      kind: "transfer_reply",
      recipientOrgIds: [t.origin_county_id],
      subjectId: t.subject_id,
      title: `执行地变更回复意见：${t.subject_name}`,
      body: `${t.destination_county_name}对${t.subject_name}变更执行地的回复：${verdict}。${opinion}`,
    });
    await new CaseLog(gw).record({
      subjectId: t.subject_id,
      transferId: t.id,
      step: "reply_transfer",
      occurredOn: repliedOn,
      summary: `${t.destination_county_name}回复：${verdict}`,
      data: { repliedOn, accepts: input.accepts, opinion },
      place: placeOf(subject),
    });
    return after;
  });
}
