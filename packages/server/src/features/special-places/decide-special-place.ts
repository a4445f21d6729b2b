import { DomainError, assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  NoticeRepository,
  SpecialPlaceRepository,
  placeOf,
  type SpecialPlaceRequestRow,
} from "../../db/gateway/index.ts";
import { areaBodies, caseEnvironment } from "../../shared/case-environment.ts";
import { supervisedFile } from "../../shared/subject-file.ts";

/** R-LV-4: the county agency decides on entry to a special place. */
const decidingRoles = ["county_officer", "county_head"] as const;

/**
 * R-LV-4: the county agency approves or refuses a special-place request (an office gets 403)
 * and the procuratorate is notified of the decision.
 */
export async function decideSpecialPlace({
  ctx,
  actor,
  meta,
  requestId,
  input,
}: UseCaseArgs & {
  requestId: string;
  input: { approve: boolean; comment?: string };
}): Promise<SpecialPlaceRequestRow> {
  assertCan(actor, "leave:decide");
  if (!(decidingRoles as readonly string[]).includes(actor.role))
    throw new DomainError("FORBIDDEN", { role: actor.role }, "进入特定场所由县级社区矫正机构审批");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new SpecialPlaceRepository(gw);
    const request = await repo.get(requestId);
    const subject = await supervisedFile(gw, request.subject_id);
    if (request.status !== "pending")
      throw new DomainError("SPECIAL_PLACE_DECIDED", { id: request.id, status: request.status });
    const env = await caseEnvironment(gw);
    const comment = input.comment?.trim() || null;
    const after = await repo.decide(request, {
      status: input.approve ? "approved" : "rejected",
      decided_by: actor.userId,
      decided_at: gw.now,
      decision_comment: comment,
    });
    const verdict = input.approve ? "批准" : "不予批准";
    const what = `进入特定场所：${request.place}（${request.from_on} 至 ${request.until_on}）`;
    const bodies = await areaBodies(gw, subject.county_id);
    if (bodies.procuratorate)
      await new NoticeRepository(gw).send({
        kind: "special_place_decision",
        recipientOrgIds: [bodies.procuratorate.id],
        subjectId: subject.id,
        title: `${verdict}进入特定场所（通知）：${subject.name}`,
        body: `${subject.county_name}${verdict}社区矫正对象${subject.name}${what}。事由：${request.reason}${comment ? `；审批意见：${comment}` : ""}`,
      });
    await new CaseLog(gw).record({
      subjectId: subject.id,
      step: input.approve ? "approve_special_place" : "reject_special_place",
      occurredOn: env.today,
      summary: `${subject.county_name}${verdict}${what}${comment ? `：${comment}` : ""}${bodies.procuratorate ? `；已通知${bodies.procuratorate.name}` : ""}`,
      data: {
        specialPlaceRequestId: request.id,
        courtBanId: request.court_ban_id,
        place: request.place,
        fromOn: request.from_on,
        untilOn: request.until_on,
        approve: input.approve,
        comment,
        notifiedOrgIds: bodies.procuratorate ? [bodies.procuratorate.id] : [],
      },
      place: placeOf(subject),
    });
    return after;
  });
}
