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
import { areaBodies, caseEnvironment } from "../../shared/case-environment.ts";

/**
 * R-TR-1: the origin hands the file over (within 5 days of the decision, cfg). From now on the
 * destination holds the file and its open deadlines; the origin still sees it until the subject
 * reports at the new place (within 7 days, cfg). The destination's procuratorate and police are
 * notified (LAW 27).
 */
export async function moveTransferFiles({
  ctx,
  actor,
  meta,
  transferId,
  input,
}: UseCaseArgs & { transferId: string; input: { movedOn: string } }): Promise<TransferRow> {
  assertCan(actor, "transfer:decide");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const transfers = new TransferRepository(gw);
    const t = await transfers.findForStep(transferId, "origin");
    const subjects = new SubjectRepository(gw);
    const subject = await subjects.findForStep(t.subject_id);
    const next = takeStep("move_transfer_files", subject.status as SubjectStatus, subject.archived);
    checkTransferStep("move_transfer_files", t.status, t.id);
    const env = await caseEnvironment(gw);
    const movedOn = stepDate(input.movedOn, "movedOn", "移交日期", env.today, {
      date: t.decided_on ?? t.applied_on,
      label: "决定日期",
    });
    const after = await transfers.update(t, { status: "files_moved", files_moved_on: movedOn });
    const destination = destinationPlace(t, t.destination_office_id);
    await subjects.applyStep(subject, {
      status: next,
      office_id: t.destination_office_id,
      county_id: t.destination_county_id,
      city_id: t.destination_city_id,
      province_id: t.destination_province_id,
      residence_address: t.new_residence_address,
      residence_division_code: t.new_residence_division_code,
      // The origin keeps sight of the file until the subject has reported at the new place.
      shared_office_id: t.origin_office_id,
      shared_county_id: t.origin_county_id,
    });
    const deadlines = new DeadlineRepository(gw);
    const ref = { subjectId: t.subject_id, transferId: t.id };
    await deadlines.close(ref, ["transfer_files"], movedOn);
    await deadlines.relocate(ref, destination);
    // M2020 30: the subject reports at the new place within 7 days of receiving the decision.
    const due = transferStepDue(env.calendar, env.rules, "transfer_report", t.decided_on ?? movedOn);
    await deadlines.open("transfer_report", ref, due, destination);
    const bodies = await areaBodies(gw, t.destination_county_id);
    const recipients = [
      { id: t.destination_county_id, name: t.destination_county_name },
      ...(bodies.procuratorate ? [bodies.procuratorate] : []),
      ...(bodies.police ? [bodies.police] : []),
    ];
    await new NoticeRepository(gw).send({
      kind: "transfer_files",
      recipientOrgIds: recipients.map((r) => r.id),
      subjectId: t.subject_id,
      title: `执行地变更接收：${t.subject_name}`,
      body: `${t.subject_name}的社区矫正执行地已由${t.origin_county_name}变更至${t.destination_county_name}（${t.decision_document_number ?? ""}），档案材料于 ${movedOn} 移交，应于 ${due.dueOn} 前到${t.destination_office_name}报到。`,
      documentKind: "transfer-decision",
    });
    await new CaseLog(gw).record({
      subjectId: t.subject_id,
      transferId: t.id,
      step: "move_transfer_files",
      occurredOn: movedOn,
      summary: `档案材料移交${t.destination_county_name}，通知${recipients.map((r) => r.name).join("、")}；应于 ${due.dueOn} 前到新执行地报到`,
      data: { movedOn, reportDueOn: due.dueOn, recipients: recipients.map((r) => r.id) },
      place: placeOf(subject),
    });
    return after;
  });
}
