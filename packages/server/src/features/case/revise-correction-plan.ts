import { DomainError, assertCan, takeStep, todayIn, type SubjectStatus } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseFileRepository,
  CaseLog,
  DocumentNumberRepository,
  SubjectRepository,
  placeOf,
} from "../../db/gateway/index.ts";
import type { FromSchema } from "json-schema-to-ts";
import type { planBody } from "./schemas.ts";

export type CorrectionPlanInput = FromSchema<typeof planBody>;

function text(v: string, field: string, label: string): string {
  const t = v.trim();
  if (!t) throw new DomainError("VALIDATION_FAILED", { field }, `请填写${label}`);
  return t;
}

/** R-IN-3: a new version of the individual correction plan; earlier versions are kept. */
export async function reviseCorrectionPlan({
  ctx,
  actor,
  meta,
  subjectId,
  input,
}: UseCaseArgs & { subjectId: string; input: CorrectionPlanInput }): Promise<{ version: number }> {
  assertCan(actor, "case:manage");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const row = await new SubjectRepository(gw).findForStep(subjectId);
    takeStep("revise_plan", row.status as SubjectStatus, row.archived);
    const plan = {
      basic_situation: text(input.basicSituation, "basicSituation", "基本情况"),
      risk_analysis: text(input.riskAnalysis, "riskAnalysis", "风险分析"),
      measures: text(input.measures, "measures", "矫正措施"),
    };
    const version = await new CaseFileRepository(gw).addPlan(row.id, plan);
    const today = todayIn(gw.now);
    const number = await new DocumentNumberRepository(gw).next(
      { id: row.county_id, name: row.county_name },
      "矫方",
      Number(today.slice(0, 4)),
    );
    await new CaseLog(gw).record({
      subjectId: row.id,
      step: "revise_plan",
      occurredOn: today,
      summary: version === 1 ? "制定矫正方案" : `调整矫正方案（第 ${version} 版）`,
      data: { version },
      documentKind: "correction-plan",
      documentNumber: number,
      place: placeOf(row),
    });
    return { version };
  });
}
