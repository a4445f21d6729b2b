import { randomUUID } from "node:crypto";
import {
  DomainError,
  assertCan,
  checkLeaveApplication,
  cumulativeLeaveDays,
  isValidDivisionCode,
  leaveApprovalLevel,
  leaveApprovalLevelLabels,
  type DateString,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { CaseLog, LeaveRequestRepository, placeOf, type LeaveRequestRow } from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";
import { supervisedFile } from "../../shared/subject-file.ts";
import { leaveRules } from "../../shared/rules-in-force.ts";

export interface LeaveApplicationInput {
  startOn: DateString;
  endOn: DateString;
  destinationDivisionCode: string;
  destinationAddress: string;
  reason: string;
  proofFileIds?: string[];
}

/**
 * R-LV-1, R-LV-2: a request to leave the city or county, by office staff for a file in
 * correction (or by the subject). It must come at least 3 days (cfg) ahead and last at most 30
 * days; the level that approves follows from its days and the approved days within the 2
 * months before it ends (this request's included).
 */
export async function requestLeave({
  ctx,
  actor,
  meta,
  subjectId,
  input,
}: UseCaseArgs & { subjectId: string; input: LeaveApplicationInput }): Promise<LeaveRequestRow> {
  assertCan(actor, "leave:request");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await supervisedFile(gw, subjectId);
    const [env, rules] = await Promise.all([caseEnvironment(gw), leaveRules(gw)]);
    const days = checkLeaveApplication(rules, input, env.today);
    if (!isValidDivisionCode(input.destinationDivisionCode))
      throw new DomainError("DIVISION_CODE_INVALID", { field: "destinationDivisionCode" });
    const repo = new LeaveRequestRepository(gw);
    const clash = await repo.overlapping(subject.id, input.startOn, input.endOn);
    if (clash)
      throw new DomainError(
        "DUPLICATE",
        { field: "startOn", leaveRequestId: clash.id },
        `外出期间与已有的外出申请（${clash.start_on} 至 ${clash.end_on}）重叠`,
      );
    const proofFileIds = [...new Set(input.proofFileIds ?? [])];
    const missing = await repo.missingFiles(proofFileIds);
    if (missing.length)
      throw new DomainError("VALIDATION_FAILED", { field: "proofFileIds", missing }, "证明材料文件不存在");
    const cumulativeDays = cumulativeLeaveDays(rules, await repo.history(subject.id), input);
    const level = leaveApprovalLevel(rules, { days, cumulativeDaysIn2Months: cumulativeDays });
    const row = await repo.insert({
      id: randomUUID(),
      subject_id: subject.id,
      office_id: subject.office_id,
      county_id: subject.county_id,
      city_id: subject.city_id,
      province_id: subject.province_id,
      minor: subject.minor,
      start_on: input.startOn,
      end_on: input.endOn,
      days,
      cumulative_days: cumulativeDays,
      destination_division_code: input.destinationDivisionCode,
      destination_address: input.destinationAddress,
      reason: input.reason,
      proof_file_ids: proofFileIds,
      status: "pending",
      approval_level: level,
      created_by: actor.userId,
      created_at: gw.now,
      updated_at: gw.now,
    });
    await new CaseLog(gw).record({
      subjectId: subject.id,
      step: "request_leave",
      occurredOn: env.today,
      summary: `申请外出：${input.startOn} 至 ${input.endOn}（${days} 日），前往${input.destinationAddress}；两个月内累计 ${cumulativeDays} 日，由${leaveApprovalLevelLabels[level]}审批`,
      data: {
        leaveRequestId: row.id,
        startOn: input.startOn,
        endOn: input.endOn,
        days,
        cumulativeDays,
        approvalLevel: level,
        destinationDivisionCode: input.destinationDivisionCode,
        destinationAddress: input.destinationAddress,
        reason: input.reason,
      },
      place: placeOf(subject),
    });
    return row;
  });
}
