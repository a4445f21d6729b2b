import {
  DomainError,
  addMonths,
  assertCan,
  compareDates,
  handoverDocumentLabels,
  missingHandoverDocuments,
  receptionModeLabels,
  receptionModes,
  releasePreparationDue,
  stepDate,
  takeStep,
  type Category,
  type SubjectStatus,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseFileRepository,
  CaseLog,
  DeadlineRepository,
  SubjectRepository,
  placeOf,
  type SubjectRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment, subjectPlace } from "../../shared/case-environment.ts";
import type { FromSchema } from "json-schema-to-ts";
import type { intakeBody } from "./schemas.ts";

export type IntakeInput = FromSchema<typeof intakeBody>;

/**
 * R-IN-1: intake (接收): identity verified and the required documents received, the case moves
 * to in_correction, 严管 for the first months (R-SV-1, cfg), and the release deadlines open.
 */
export async function intakeSubject({
  ctx,
  actor,
  meta,
  subjectId,
  input,
}: UseCaseArgs & { subjectId: string; input: IntakeInput }): Promise<SubjectRow> {
  assertCan(actor, "case:intake");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subjects = new SubjectRepository(gw);
    const row = await subjects.findForStep(subjectId);
    const next = takeStep("intake", row.status as SubjectStatus, row.archived);
    if (input.identityVerified !== true)
      throw new DomainError("IDENTITY_NOT_VERIFIED", { field: "identityVerified" });
    if (!receptionModes.includes(input.receptionMode))
      throw new DomainError("VALIDATION_FAILED", { field: "receptionMode" }, "报到方式代码无效");
    const env = await caseEnvironment(gw);
    const reportedOn = stepDate(
      input.reportedOn,
      "reportedOn",
      "报到日期",
      env.today,
      row.judgment_effective_on ? { date: row.judgment_effective_on, label: "判决生效日期" } : undefined,
    );
    const received = (await new CaseFileRepository(gw).handoverDocuments(row.id)).map((d) => d.kind);
    const missing = missingHandoverDocuments(row.category as Category, received);
    if (missing.length)
      throw new DomainError(
        "DOCUMENTS_MISSING",
        { missing: missing.map((k) => ({ kind: k, label: handoverDocumentLabels[k] })) },
        `缺少法律文书：${missing.map((k) => handoverDocumentLabels[k]).join("、")}`,
      );
    const late = row.report_due_on !== null && compareDates(reportedOn, row.report_due_on) > 0;
    const strictUntil = addMonths(reportedOn, env.rules.initialStrictMonths);
    const after = await subjects.applyStep(row, {
      status: next,
      reported_on: reportedOn,
      received_on: reportedOn,
      reception_mode: input.receptionMode,
      identity_verified_at: gw.now,
      level: "strict",
    });
    const deadlines = new DeadlineRepository(gw);
    await deadlines.close({ subjectId: row.id }, ["report"], reportedOn);
    const place = subjectPlace(after);
    await deadlines.open(
      "release_preparation",
      { subjectId: row.id },
      { dueOn: releasePreparationDue(env.rules, after.correction_end_on), provisional: false },
      place,
    );
    await deadlines.open(
      "release",
      { subjectId: row.id },
      { dueOn: after.correction_end_on, provisional: false },
      place,
    );
    await new CaseLog(gw).record({
      subjectId: row.id,
      step: "intake",
      occurredOn: reportedOn,
      summary: `${receptionModeLabels[input.receptionMode]}，核实身份，接收入矫${late ? `（超过 ${row.report_due_on} 的报到期限）` : ""}；初始管理等级严管至 ${strictUntil}`,
      data: { reportedOn, receptionMode: input.receptionMode, late, level: "strict", strictUntil },
      place: placeOf(row),
    });
    return after;
  });
}
