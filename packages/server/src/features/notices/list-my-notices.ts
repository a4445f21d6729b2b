import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { CaseLog, SubjectRepository, type CaseEventRow } from "../../db/gateway/index.ts";
import { ownSubjectId } from "../../shared/own-subject.ts";

/** The events of a file a subject is told of: decisions on its leave requests and level changes. */
export const subjectNoticeSteps: readonly string[] = [
  "approve_leave",
  "reject_leave",
  "return_leave",
  "approve_level_change",
];

/**
 * The subject's own notices (the mobile app): the decisions taken on its own file, newest
 * first, from the case timeline; never the offices' notices.
 */
export async function listMyNotices({ ctx, actor, meta }: UseCaseArgs): Promise<CaseEventRow[]> {
  assertCan(actor, "subject:read");
  const subjectId = ownSubjectId(actor);
  return inTransaction(ctx, actor, meta, async (gw) => {
    const row = await new SubjectRepository(gw).find(subjectId);
    const events = await new CaseLog(gw).timeline({ subjectId: row.id, investigationId: null });
    return events.filter((e) => subjectNoticeSteps.includes(e.step)).reverse();
  });
}
