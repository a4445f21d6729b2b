import {
  DomainError,
  assertCan,
  checkReleasePreparation,
  takeStep,
  type SubjectStatus,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  DeadlineRepository,
  SubjectRepository,
  placeOf,
  type CaseEventRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";
import type { FromSchema } from "json-schema-to-ts";
import type { releasePreparationBody } from "./closure-schemas.ts";

export type ReleasePreparationInput = FromSchema<typeof releasePreparationBody>;

/**
 * R-RL-1: before the end (30 days, cfg) the subject writes a personal summary and the office an
 * appraisal; recorded once, it meets the preparation deadline and opens the way to the release.
 */
export async function prepareRelease({
  ctx,
  actor,
  meta,
  subjectId,
  input,
}: UseCaseArgs & { subjectId: string; input: ReleasePreparationInput }): Promise<CaseEventRow> {
  assertCan(actor, "case:manage");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const row = await new SubjectRepository(gw).findForStep(subjectId);
    takeStep("prepare_release", row.status as SubjectStatus, row.archived);
    const log = new CaseLog(gw);
    if (await log.latest({ subjectId: row.id }, "prepare_release"))
      throw new DomainError("DUPLICATE", { step: "prepare_release" }, "已经登记过解矫准备（个人总结与鉴定）");
    const env = await caseEnvironment(gw);
    const preparedOn = checkReleasePreparation({
      preparedOn: input.preparedOn,
      today: env.today,
      correctionStartOn: row.correction_start_on,
    });
    const personalSummary = input.personalSummary.trim();
    const appraisal = input.appraisal.trim();
    if (!personalSummary)
      throw new DomainError("VALIDATION_FAILED", { field: "personalSummary" }, "请填写矫正对象的个人总结");
    if (!appraisal)
      throw new DomainError("VALIDATION_FAILED", { field: "appraisal" }, "请填写司法所的鉴定意见");
    await new DeadlineRepository(gw).close({ subjectId: row.id }, ["release_preparation"], preparedOn);
    return log.record({
      subjectId: row.id,
      step: "prepare_release",
      occurredOn: preparedOn,
      summary: `矫正对象提交个人总结，${row.office_name}出具鉴定意见，矫正期至 ${row.correction_end_on}`,
      data: { preparedOn, personalSummary, appraisal },
      place: placeOf(row),
    });
  });
}
