import {
  DomainError,
  assertCan,
  compareDates,
  daysBetween,
  isValidDate,
  type DateString,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { AbsenceRepository, CaseLog, placeOf, type AbsenceRow } from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";
import { supervisedFile } from "../../shared/subject-file.ts";

/**
 * R-MS-1: the search ends with its outcome (found, back in contact, detained...). The days from
 * losing contact to the day found count as absence for R-SN-1/2/4/5.
 */
export async function recordAbsenceOutcome({
  ctx,
  actor,
  meta,
  absenceId,
  input,
}: UseCaseArgs & {
  absenceId: string;
  input: { foundOn: DateString; outcome: string };
}): Promise<AbsenceRow> {
  assertCan(actor, "supervision:record");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new AbsenceRepository(gw);
    const absence = await repo.get(absenceId);
    const subject = await supervisedFile(gw, absence.subject_id);
    if (absence.status !== "searching")
      throw new DomainError("ABSENCE_CLOSED", { id: absence.id, foundOn: absence.found_on });
    const env = await caseEnvironment(gw);
    if (!isValidDate(input.foundOn))
      throw new DomainError("VALIDATION_FAILED", { field: "foundOn" }, "日期无效");
    if (compareDates(input.foundOn, absence.lost_on) < 0)
      throw new DomainError("VALIDATION_FAILED", { field: "foundOn" }, "找回日期不能早于失去联系日期");
    if (compareDates(input.foundOn, env.today) > 0)
      throw new DomainError("VALIDATION_FAILED", { field: "foundOn" }, "找回日期不能晚于今天");
    const outcome = input.outcome.trim();
    const after = await repo.close(absence, {
      found_on: input.foundOn,
      outcome,
      closed_by: actor.userId,
      closed_at: gw.now,
    });
    const days = daysBetween(absence.lost_on, input.foundOn);
    await new CaseLog(gw).record({
      subjectId: subject.id,
      step: "regain_contact",
      occurredOn: env.today,
      summary: `脱管查找结果：${input.foundOn} ${outcome}；自 ${absence.lost_on} 起脱管 ${days} 日`,
      data: { absenceId: absence.id, lostOn: absence.lost_on, foundOn: input.foundOn, outcome, days },
      place: placeOf(subject),
    });
    return after;
  });
}
