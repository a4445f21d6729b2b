import {
  assertCan,
  describeMember,
  isValidPhone,
  takeStep,
  todayIn,
  validateTeam,
  DomainError,
  type Sex,
  type SubjectStatus,
  type TeamMember,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { CaseFileRepository, CaseLog, SubjectRepository, placeOf } from "../../db/gateway/index.ts";

/** R-IN-2: sets the correction team (矫正小组) as a whole; the change is an event of the timeline. */
export async function setCorrectionTeam({
  ctx,
  actor,
  meta,
  subjectId,
  members,
}: UseCaseArgs & { subjectId: string; members: TeamMember[] }): Promise<TeamMember[]> {
  assertCan(actor, "case:manage");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const row = await new SubjectRepository(gw).findForStep(subjectId);
    takeStep("set_team", row.status as SubjectStatus, row.archived);
    const team = validateTeam({ subjectSex: row.sex as Sex, minor: row.minor, members });
    team.forEach((m, i) => {
      if (m.phone && !isValidPhone(m.phone))
        throw new DomainError("PHONE_INVALID", { field: `members[${i}].phone` });
    });
    await new CaseFileRepository(gw).replaceTeam(row.id, team);
    await new CaseLog(gw).record({
      subjectId: row.id,
      step: "set_team",
      occurredOn: todayIn(gw.now),
      summary: `确定矫正小组：${team.map(describeMember).join("、")}`,
      data: { members: team.map((m) => ({ name: m.name, type: m.type, sex: m.sex })) },
      place: placeOf(row),
    });
    return team;
  });
}
