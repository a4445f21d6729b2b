import { DomainError, assertCan, levelLabels, type Level } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  SubjectRepository,
  SupervisionRepository,
  placeOf,
  type LevelChangeRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";
import { supervisedFile } from "../../shared/subject-file.ts";

/**
 * R-SV-1: the county agency decides on a proposed level change (an office may not, 403). An
 * approval sets the file's level; the level_changes rows are its history. A file whose level
 * moved since the proposal answers 409.
 */
export async function decideLevelChange({
  ctx,
  actor,
  meta,
  levelChangeId,
  input,
}: UseCaseArgs & {
  levelChangeId: string;
  input: { approve: boolean; comment?: string };
}): Promise<LevelChangeRow> {
  assertCan(actor, "level:decide");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new SupervisionRepository(gw);
    const change = await repo.findLevelChangeForDecision(levelChangeId);
    if (change.status !== "proposed")
      throw new DomainError("LEVEL_CHANGE_DECIDED", { id: change.id, status: change.status });
    const subject = await supervisedFile(gw, change.subject_id);
    if (subject.level !== change.from_level)
      throw new DomainError("VERSION_CONFLICT", { id: subject.id, level: subject.level });
    const env = await caseEnvironment(gw);
    const comment = input.comment?.trim() || null;
    const from = levelLabels[change.from_level as Level];
    const to = levelLabels[change.to_level as Level];
    const after = await repo.decideLevelChange(change, {
      status: input.approve ? "approved" : "rejected",
      decided_by: actor.userId,
      decided_at: gw.now,
      decided_on: env.today,
      decision_comment: comment,
    });
    if (input.approve) await new SubjectRepository(gw).applyStep(subject, { level: change.to_level });
    await new CaseLog(gw).record({
      subjectId: subject.id,
      step: input.approve ? "approve_level_change" : "reject_level_change",
      occurredOn: env.today,
      summary: `${input.approve ? "批准" : "不予批准"}管理等级由${from}调整为${to}（R-SV-1）${comment ? `：${comment}` : ""}`,
      data: {
        levelChangeId: change.id,
        fromLevel: change.from_level,
        toLevel: change.to_level,
        approved: input.approve,
        comment,
      },
      place: placeOf(subject),
    });
    return after;
  });
}
