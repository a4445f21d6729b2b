import {
  DomainError,
  assertCan,
  compareDates,
  stepDate,
  takeStep,
  type SubjectStatus,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  DocumentNumberRepository,
  NoticeRepository,
  SubjectRepository,
  placeOf,
  type CaseEventRow,
} from "../../db/gateway/index.ts";
import { areaBodies, caseEnvironment, orgNamed } from "../../shared/case-environment.ts";

function text(v: string, field: string, label: string): string {
  const t = v.trim();
  if (!t) throw new DomainError("VALIDATION_FAILED", { field }, `请填写${label}`);
  return t;
}

/**
 * R-HO-2: not reported by the due date: the agency records its search for the person and sends
 * the 报到情况通知单 to the deciding authority and the procuratorate.
 */
export async function recordReportSearch({
  ctx,
  actor,
  meta,
  subjectId,
  input,
}: UseCaseArgs & {
  subjectId: string;
  input: { searchedOn: string; measures: string; result: string };
}): Promise<CaseEventRow> {
  assertCan(actor, "case:manage");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const row = await new SubjectRepository(gw).findForStep(subjectId);
    takeStep("record_search", row.status as SubjectStatus, row.archived);
    const env = await caseEnvironment(gw);
    if (!row.report_due_on || compareDates(env.today, row.report_due_on) <= 0)
      throw new DomainError("REPORT_NOT_OVERDUE", { reportDueOn: row.report_due_on });
    const searchedOn = stepDate(input.searchedOn, "searchedOn", "查找日期", env.today, {
      date: row.report_due_on,
      label: "报到期限",
    });
    const measures = text(input.measures, "measures", "查找措施");
    const result = text(input.result, "result", "查找结果");
    const number = await new DocumentNumberRepository(gw).next(
      { id: row.county_id, name: row.county_name },
      "矫报通",
      Number(searchedOn.slice(0, 4)),
    );
    const bodies = await areaBodies(gw, row.county_id);
    const authority = await orgNamed(gw, row.deciding_authority);
    const recipients = [authority, bodies.procuratorate].filter((o) => o !== null);
    await new NoticeRepository(gw).send({
      kind: "report_notice",
      recipientOrgIds: recipients.map((o) => o.id),
      subjectId: row.id,
      title: `报到情况通知单：${row.name}`,
      body: `${row.name}未在 ${row.report_due_on} 前报到。查找情况：${result}（${number}）`,
      documentKind: "report-notice",
    });
    return new CaseLog(gw).record({
      subjectId: row.id,
      step: "record_search",
      occurredOn: searchedOn,
      summary: `未按期报到，组织查找：${result}；通知${[row.deciding_authority, bodies.procuratorate?.name].filter(Boolean).join("、")}`,
      data: { measures, result, reportDueOn: row.report_due_on, notified: recipients.map((o) => o.name) },
      documentKind: "report-notice",
      documentNumber: number,
      place: placeOf(row),
    });
  });
}
