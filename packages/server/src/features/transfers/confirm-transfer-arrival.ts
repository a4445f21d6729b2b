import {
  assertCan,
  compareDates,
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

/**
 * R-TR-1: the subject reports at the new place (within 7 days, cfg). The transfer is complete:
 * the case is in correction at the destination, and the origin no longer sees the file (its
 * own events and the transfer stay readable to it).
 */
export async function confirmTransferArrival({
  ctx,
  actor,
  meta,
  transferId,
  input,
}: UseCaseArgs & { transferId: string; input: { reportedOn: string } }): Promise<TransferRow> {
  assertCan(actor, "transfer:arrive");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const transfers = new TransferRepository(gw);
    const t = await transfers.findForStep(transferId, "destination", { office: true });
    const subjects = new SubjectRepository(gw);
    // Before the files move the destination is the other side of the file, not yet its holder.
    const subject = await subjects.findForStep(t.subject_id, { shared: true });
    const next = takeStep("arrive_transfer", subject.status as SubjectStatus, subject.archived);
    checkTransferStep("arrive_transfer", t.status, t.id);
    const env = await caseEnvironment(gw);
    const reportedOn = stepDate(input.reportedOn, "reportedOn", "报到日期", env.today, {
      date: t.files_moved_on ?? t.applied_on,
      label: "档案移交日期",
    });
    const deadlines = new DeadlineRepository(gw);
    const ref = { subjectId: t.subject_id, transferId: t.id };
    const dueOn = (await deadlines.ofCase(ref)).find(
      (d) => d.kind === "transfer_report" && d.status === "open",
    )?.due_on;
    const late = dueOn !== undefined && compareDates(reportedOn, dueOn) > 0;
    const after = await transfers.update(t, { status: "completed", arrived_on: reportedOn });
    await subjects.applyStep(subject, { status: next, shared_county_id: null, shared_office_id: null });
    await deadlines.close(ref, ["transfer_report"], reportedOn);
    await new NoticeRepository(gw).send({
      kind: "transfer_arrival",
      recipientOrgIds: [t.origin_county_id],
      subjectId: t.subject_id,
      title: `已到新执行地报到：${t.subject_name}`,
      body: `${t.subject_name}已于 ${reportedOn} 到${t.destination_county_name}${t.destination_office_name}报到，执行地变更完成。`,
    });
    await new CaseLog(gw).record({
      subjectId: t.subject_id,
      transferId: t.id,
      step: "arrive_transfer",
      occurredOn: reportedOn,
      summary: `到${t.destination_office_name}报到，执行地变更完成${late ? `（超过 ${dueOn} 的报到期限）` : ""}`,
      data: { reportedOn, dueOn: dueOn ?? null, late },
      place: placeOf(subject),
    });
    return after;
  });
}
