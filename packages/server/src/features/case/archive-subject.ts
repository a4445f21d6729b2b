import { assertCan, closureTypeLabel, takeStep, type SubjectStatus } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { CaseLog, SubjectRepository, placeOf, type SubjectRow } from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";

/**
 * R-PR-1: a released or terminated file is archived (归档): from then on it is read-only for
 * everyone and still readable in scope.
 */
export async function archiveSubject({
  ctx,
  actor,
  meta,
  subjectId,
}: UseCaseArgs & { subjectId: string }): Promise<SubjectRow> {
  assertCan(actor, "case:close");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subjects = new SubjectRepository(gw);
    const row = await subjects.findForStep(subjectId);
    takeStep("archive", row.status as SubjectStatus, row.archived);
    const { today } = await caseEnvironment(gw);
    const after = await subjects.applyStep(row, { archived: true, archived_on: today });
    await new CaseLog(gw).record({
      subjectId: row.id,
      step: "archive",
      occurredOn: today,
      summary: `${row.closure_type ? closureTypeLabel(row.closure_type) : "结案"}，档案归档，此后只能查阅`,
      data: { archivedOn: today, closureType: row.closure_type, releasedOn: row.released_on },
      place: placeOf(row),
    });
    return after;
  });
}
