import { DomainError, assertCan, leaveReturn, type DateString } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  DeadlineRepository,
  LeaveRequestRepository,
  ZoneRepository,
  placeOf,
  type LeaveRequestRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment, subjectPlace } from "../../shared/case-environment.ts";
import { supervisedFile } from "../../shared/subject-file.ts";

/**
 * R-LV-3: the subject reports back (销假). The return deadline closes; each day after the end
 * date is stored as days late, which count as absence (R-SN-2/4).
 */
export async function recordLeaveReturn({
  ctx,
  actor,
  meta,
  leaveRequestId,
  input,
}: UseCaseArgs & { leaveRequestId: string; input: { returnedOn: DateString } }): Promise<LeaveRequestRow> {
  assertCan(actor, "leave:request");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new LeaveRequestRepository(gw);
    const leave = await repo.find(leaveRequestId);
    const subject = await supervisedFile(gw, leave.subject_id);
    if (leave.status !== "approved")
      throw new DomainError("LEAVE_NOT_APPROVED", { id: leave.id, status: leave.status });
    const env = await caseEnvironment(gw);
    const back = leaveReturn({ startOn: leave.start_on, endOn: leave.end_on }, input.returnedOn, env.today);
    const after = await repo.update(leave, {
      status: "returned",
      returned_on: input.returnedOn,
      days_late: back.daysLate,
    });
    const deadlines = new DeadlineRepository(gw);
    await deadlines.close({ subjectId: subject.id }, ["leave_return"], input.returnedOn);
    // Another approved leave of the file still to come back from keeps its own return deadline.
    const next = await repo.nextReturnDue(subject.id);
    if (next)
      await deadlines.open(
        "leave_return",
        { subjectId: subject.id },
        { dueOn: next, provisional: false },
        subjectPlace(subject),
      );
    // The destination zone of the leave ends with it.
    await new ZoneRepository(gw).endFromSource("leave", leave.id);
    await new CaseLog(gw).record({
      subjectId: subject.id,
      step: "return_leave",
      occurredOn: input.returnedOn,
      summary: back.late
        ? `外出返回销假：应于 ${leave.end_on} 返回，逾期 ${back.daysLate} 日（计为脱离监管）`
        : `外出返回销假（外出 ${leave.start_on} 至 ${leave.end_on}）`,
      data: {
        leaveRequestId: leave.id,
        endOn: leave.end_on,
        returnedOn: input.returnedOn,
        daysLate: back.daysLate,
        late: back.late,
      },
      place: placeOf(subject),
    });
    return after;
  });
}
