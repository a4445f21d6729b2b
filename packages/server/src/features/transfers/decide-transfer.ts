import {
  DomainError,
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
  DocumentNumberRepository,
  NoticeRepository,
  SubjectRepository,
  TransferRepository,
  originPlace,
  placeOf,
  type TransferRow,
} from "../../db/gateway/index.ts";
import { areaBodies, caseEnvironment, orgNamed } from "../../shared/case-environment.ts";

const transferDeadlines = [
  "transfer_consult",
  "transfer_reply",
  "transfer_files",
  "transfer_report",
] as const;

/**
 * R-TR-1: the origin agency decides on the destination's reply. Approval issues the
 * 执行地变更决定书 (numbered), notifies the destination and the deciding authority (LAW 27) and
 * copies the origin's procuratorate and police; the files are due at the destination within 5
 * days (cfg). A refusal ends the transfer: the case is back in correction at the origin.
 */
export async function decideTransfer({
  ctx,
  actor,
  meta,
  transferId,
  input,
}: UseCaseArgs & {
  transferId: string;
  input: { decidedOn: string; approved: boolean };
}): Promise<TransferRow> {
  assertCan(actor, "transfer:decide");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const transfers = new TransferRepository(gw);
    const t = await transfers.findForStep(transferId, "origin");
    const subjects = new SubjectRepository(gw);
    const subject = await subjects.findForStep(t.subject_id);
    const step = input.approved ? "decide_transfer" : "refuse_transfer";
    const next = takeStep(step, subject.status as SubjectStatus, subject.archived);
    checkTransferStep(step, t.status, t.id);
    if (input.approved && t.reply_accepts !== true)
      throw new DomainError("TRANSFER_NOT_ACCEPTED", { transferId: t.id, field: "approved" });
    const env = await caseEnvironment(gw);
    const decidedOn = stepDate(input.decidedOn, "decidedOn", "决定日期", env.today, {
      date: t.replied_on ?? t.applied_on,
      label: "回复日期",
    });
    const ref = { subjectId: t.subject_id, transferId: t.id };
    const deadlines = new DeadlineRepository(gw);
    const notices = new NoticeRepository(gw);
    const log = new CaseLog(gw);

    if (!input.approved) {
      const after = await transfers.update(t, {
        status: "refused",
        decided_on: decidedOn,
        closed_reason: t.reply_accepts ? "原执行地社区矫正机构不予变更" : "新执行地社区矫正机构不同意接收",
      });
      await subjects.applyStep(subject, { status: next, shared_county_id: null, shared_office_id: null });
      await deadlines.close(ref, transferDeadlines, decidedOn, "cancelled");
      await notices.send({
        kind: "transfer_refused",
        recipientOrgIds: [t.destination_county_id],
        subjectId: t.subject_id,
        title: `不予变更执行地：${t.subject_name}`,
        body: `${t.origin_county_name}决定不予变更${t.subject_name}的执行地，仍由原执行地执行。`,
      });
      await log.record({
        subjectId: t.subject_id,
        transferId: t.id,
        step: "refuse_transfer",
        occurredOn: decidedOn,
        summary: `决定不予变更执行地${t.reply_accepts ? "" : `（${t.destination_county_name}不同意接收）`}，继续在${t.origin_county_name}执行`,
        data: { decidedOn, approved: false, replyAccepts: t.reply_accepts },
        place: placeOf(subject),
      });
      return after;
    }

    const year = Number(decidedOn.slice(0, 4));
    const number = await new DocumentNumberRepository(gw).next(
      { id: t.origin_county_id, name: t.origin_county_name },
      "矫变决",
      year,
    );
    const after = await transfers.update(t, {
      status: "decided",
      decided_on: decidedOn,
      decision_document_number: number,
    });
    const due = transferStepDue(env.calendar, env.rules, "transfer_files", decidedOn);
    await deadlines.open("transfer_files", ref, due, originPlace(t, null));
    const [authority, bodies] = await Promise.all([
      orgNamed(gw, subject.deciding_authority),
      areaBodies(gw, t.origin_county_id),
    ]);
    const recipients = [
      { id: t.destination_county_id, name: t.destination_county_name },
      ...(authority ? [authority] : []),
      ...(bodies.procuratorate ? [bodies.procuratorate] : []),
      ...(bodies.police ? [bodies.police] : []),
    ];
    await notices.send({
      kind: "transfer_decision",
      recipientOrgIds: recipients.map((r) => r.id),
      subjectId: t.subject_id,
      title: `执行地变更决定书：${t.subject_name}`,
      body: `${t.origin_county_name}决定将${t.subject_name}的执行地变更至${t.destination_county_name}（${number}），档案材料于 ${due.dueOn} 前移交。`,
      documentKind: "transfer-decision",
    });
    await log.record({
      subjectId: t.subject_id,
      transferId: t.id,
      step: "decide_transfer",
      occurredOn: decidedOn,
      summary: `决定将执行地变更至${t.destination_county_name}${t.destination_office_name}，通知${recipients.map((r) => r.name).join("、")}；应于 ${due.dueOn} 前移交档案`,
      data: {
        decidedOn,
        approved: true,
        subjectName: t.subject_name,
        originCountyName: t.origin_county_name,
        destinationCountyName: t.destination_county_name,
        destinationOfficeName: t.destination_office_name,
        newResidenceAddress: t.new_residence_address,
        plannedMoveOn: t.planned_move_on,
        reason: t.reason,
        decidingAuthority: subject.deciding_authority,
        decidingAuthorityNotified: authority !== null,
        recipients: recipients.map((r) => r.id),
        filesDueOn: due.dueOn,
        // M2020 30: the report at the new place is due 7 days after the decision is received.
        reportDueOn: transferStepDue(env.calendar, env.rules, "transfer_report", decidedOn).dueOn,
      },
      documentKind: "transfer-decision",
      documentNumber: number,
      place: placeOf(subject),
    });
    return after;
  });
}
