import { assertCan, handoverCheck, stepDate, takeStep, type SubjectStatus } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { CaseLog, SubjectRepository, placeOf, type SubjectRow } from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";

/** R-HO-1: the day the deciding authority's notice of the effective judgment arrived (due within 5 days). */
export async function recordHandoverNotice({
  ctx,
  actor,
  meta,
  subjectId,
  receivedOn,
}: UseCaseArgs & { subjectId: string; receivedOn: string }): Promise<SubjectRow> {
  assertCan(actor, "case:register");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subjects = new SubjectRepository(gw);
    const row = await subjects.findForStep(subjectId);
    takeStep("record_handover", row.status as SubjectStatus, row.archived);
    const env = await caseEnvironment(gw);
    const effectiveOn = row.judgment_effective_on;
    const on = stepDate(
      receivedOn,
      "receivedOn",
      "收到交付通知日期",
      env.today,
      effectiveOn ? { date: effectiveOn, label: "判决生效日期" } : undefined,
    );
    const after = await subjects.applyStep(row, { handover_notice_on: on });
    const check = effectiveOn ? handoverCheck(env.calendar, env.rules, effectiveOn, on, null) : null;
    await new CaseLog(gw).record({
      subjectId: row.id,
      step: "record_handover",
      occurredOn: on,
      summary: `收到${row.deciding_authority}交付通知${check?.noticeLate ? `（超过 ${check.noticeDueOn} 的五日期限）` : ""}`,
      data: {
        noticeReceivedOn: on,
        noticeDueOn: check?.noticeDueOn ?? null,
        late: check?.noticeLate ?? null,
      },
      place: placeOf(row),
    });
    return after;
  });
}
