import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { CourtBanRepository, SubjectRepository, type CourtBanRow } from "../../db/gateway/index.ts";

/** The court bans (禁止令, R-LV-5) of a file in scope (404 otherwise). */
export async function listCourtBans({
  ctx,
  actor,
  meta,
  subjectId,
}: UseCaseArgs & { subjectId: string }): Promise<CourtBanRow[]> {
  assertCan(actor, "subject:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await new SubjectRepository(gw).read(subjectId, "court_ban.list");
    return new CourtBanRepository(gw).ofSubject(subject.id);
  });
}
