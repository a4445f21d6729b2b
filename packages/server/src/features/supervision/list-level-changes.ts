import { assertCan, suggestLevel, todayIn, type LevelSuggestion } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { SubjectRepository, SupervisionRepository, type LevelChangeRow } from "../../db/gateway/index.ts";
import { dutyPeriodStart, wholeMonths } from "../../shared/supervision-facts.ts";
import { supervisionRules } from "../../shared/rules-in-force.ts";

/**
 * R-SV-1: the level history of a file in scope (404 otherwise), oldest first, with the level the
 * record now supports (a suggestion: only an approved proposal changes the level).
 */
export async function listLevelChanges({
  ctx,
  actor,
  meta,
  subjectId,
}: UseCaseArgs & { subjectId: string }): Promise<{
  level: string;
  rows: LevelChangeRow[];
  suggestion: LevelSuggestion;
}> {
  assertCan(actor, "subject:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await new SubjectRepository(gw).read(subjectId, "level_change.read");
    const repo = new SupervisionRepository(gw);
    const today = todayIn(gw.now);
    const [rows, rules, since, sanctions] = await Promise.all([
      repo.levelChangesOf(subject.id),
      supervisionRules(gw),
      repo.levelSince([subject.id]),
      repo.sanctionCounts(subject.id),
    ]);
    const levelStart = dutyPeriodStart(
      { ...subject, created_on: todayIn(new Date(subject.created_at)) },
      since.get(subject.id),
    );
    const suggestion = suggestLevel(
      {
        receivedOn: subject.received_on ?? subject.correction_start_on,
        today,
        riskLevel: null,
        ...sanctions,
        failedAssessment: false,
        monthsNormal: subject.level === "normal" ? wholeMonths(levelStart, today) : 0,
        quarterAverage: null,
      },
      rules,
    );
    return { level: subject.level, rows, suggestion };
  });
}
