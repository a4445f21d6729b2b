import { randomUUID } from "node:crypto";
import {
  DomainError,
  assertCan,
  assertMayDecideLeave,
  leaveApprovalLevelLabels,
  todayIn,
  type LeaveApprovalLevel,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  DeadlineRepository,
  DocumentNumberRepository,
  LeaveRequestRepository,
  ZoneRepository,
  placeOf,
  type LeaveRequestRow,
} from "../../db/gateway/index.ts";
import { defaultTemplates } from "../../docs/templates.ts";
import { RESIDENCE_TOLERANCE_M } from "../../ingest/zone-book.ts";
import { caseEnvironment, subjectPlace } from "../../shared/case-environment.ts";
import { wholeDays } from "../../shared/location-supervision.ts";
import { supervisedFile } from "../../shared/subject-file.ts";

/**
 * R-LV-2: the level the request needs decides it (the office up to 7 days, the county beyond,
 * the city over 30 days within 2 months); a lower level is refused with 403. Every decision numbers
 * the 外出审批表 (the application with each level's opinion); an approval also issues the
 * numbered 外出证明 and opens the return deadline (R-LV-3) on the last day of leave.
 */
export async function decideLeave({
  ctx,
  actor,
  meta,
  leaveRequestId,
  input,
}: UseCaseArgs & {
  leaveRequestId: string;
  input: { approve: boolean; comment?: string };
}): Promise<LeaveRequestRow> {
  assertCan(actor, "leave:decide");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new LeaveRequestRepository(gw);
    const leave = await repo.find(leaveRequestId);
    const level = leave.approval_level as LeaveApprovalLevel;
    assertMayDecideLeave(actor.role, level);
    // The city decides on files it oversees; the office and county must hold the file.
    const subject = await supervisedFile(gw, leave.subject_id, { readOnly: level === "city" });
    if (leave.status !== "pending")
      throw new DomainError("LEAVE_DECIDED", { id: leave.id, status: leave.status });
    const env = await caseEnvironment(gw);
    const comment = input.comment?.trim() || null;
    const decided = {
      decided_by: actor.userId,
      decided_at: gw.now,
      decided_on: env.today,
      decision_comment: comment,
    };
    const log = new CaseLog(gw);
    const numbers = new DocumentNumberRepository(gw);
    const county = { id: subject.county_id, name: subject.county_name };
    const year = Number(env.today.slice(0, 4));
    const approvalFormNumber = await numbers.next(
      county,
      defaultTemplates["leave-approval-form"].numberWord,
      year,
    );
    const data = {
      leaveRequestId: leave.id,
      appliedOn: todayIn(leave.created_at),
      startOn: leave.start_on,
      endOn: leave.end_on,
      days: leave.days,
      cumulativeDays: leave.cumulative_days,
      approvalLevel: level,
      destinationDivisionCode: leave.destination_division_code,
      destinationAddress: leave.destination_address,
      reason: leave.reason,
      comment,
      decidingOrgName: actor.org.name,
      approvalFormNumber,
    };

    if (!input.approve) {
      const after = await repo.update(leave, { ...decided, status: "rejected" });
      await log.record({
        subjectId: subject.id,
        step: "reject_leave",
        occurredOn: env.today,
        summary: `${leaveApprovalLevelLabels[level]}不予批准外出（${leave.start_on} 至 ${leave.end_on}）${comment ? `：${comment}` : ""}`,
        data: { ...data, approve: false },
        documentKind: "leave-approval-form",
        documentNumber: approvalFormNumber,
        place: placeOf(subject),
      });
      return after;
    }

    const number = await numbers.next(county, defaultTemplates["leave-certificate"].numberWord, year);
    const after = await repo.update(leave, { ...decided, status: "approved", document_number: number });
    // One open return deadline per file (R-LV-3): due at the end of the approved leave that ends first.
    const dueOn = (await repo.nextReturnDue(subject.id)) ?? leave.end_on;
    await new DeadlineRepository(gw).open(
      "leave_return",
      { subjectId: subject.id },
      { dueOn, provisional: false },
      subjectPlace(subject),
    );
    // The destination county is an inclusion zone for the days of leave (R-LV-3; ended on return).
    const days = wholeDays(leave.start_on, leave.end_on);
    await new ZoneRepository(gw).insert({
      id: randomUUID(),
      subject_id: subject.id,
      kind: "inclusion",
      source: "leave",
      source_id: leave.id,
      name: `外出目的地：${leave.destination_address}`.slice(0, 200),
      shape: { type: "division", code: leave.destination_division_code.slice(0, 6) },
      tolerance_m: RESIDENCE_TOLERANCE_M,
      active_from: days.from,
      active_until: days.until,
      created_by: actor.userId,
      created_at: gw.now,
    });
    await log.record({
      subjectId: subject.id,
      step: "approve_leave",
      occurredOn: env.today,
      summary: `${leaveApprovalLevelLabels[level]}批准外出：${leave.start_on} 至 ${leave.end_on}（${leave.days} 日），前往${leave.destination_address}；应于 ${leave.end_on} 前返回销假`,
      data: { ...data, approve: true },
      documentKind: "leave-certificate",
      documentNumber: number,
      place: placeOf(subject),
    });
    return after;
  });
}
