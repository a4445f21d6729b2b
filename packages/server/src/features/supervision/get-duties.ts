import {
  assertCan,
  currentAndOverdue,
  dutiesDue,
  todayIn,
  type DateString,
  type Duty,
  type Level,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { SubjectRepository, SupervisionRepository } from "../../db/gateway/index.ts";
import { dutyPeriodStart, supervisionFact } from "../../shared/supervision-facts.ts";
import { supervisionRules } from "../../shared/rules-in-force.ts";

export interface SubjectDuties {
  subjectId: string;
  level: Level;
  periodStart: DateString | null;
  today: DateString;
  duties: Duty[];
}

/**
 * R-SV-2: the duties of a file in scope (404 otherwise) at its current level: those of the
 * current periods (pending or done) and every overdue one since the level began. A file not in
 * correction has none.
 */
export async function getDuties({
  ctx,
  actor,
  meta,
  subjectId,
}: UseCaseArgs & { subjectId: string }): Promise<SubjectDuties> {
  assertCan(actor, "subject:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await new SubjectRepository(gw).read(subjectId, "supervision.duties");
    const today = todayIn(gw.now);
    const level = subject.level as Level;
    if (subject.status !== "in_correction" || subject.archived)
      return { subjectId: subject.id, level, periodStart: null, today, duties: [] };
    const repo = new SupervisionRepository(gw);
    const [rules, since] = await Promise.all([supervisionRules(gw), repo.levelSince([subject.id])]);
    const periodStart = dutyPeriodStart(
      { ...subject, created_on: todayIn(new Date(subject.created_at)) },
      since.get(subject.id),
    );
    const records = (await repo.recordsOf([subject.id], periodStart)).map(supervisionFact);
    const duties = currentAndOverdue(dutiesDue(level, periodStart, records, today, rules), today);
    return { subjectId: subject.id, level, periodStart, today, duties };
  });
}
