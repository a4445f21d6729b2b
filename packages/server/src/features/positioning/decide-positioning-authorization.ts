import {
  assertCan,
  checkPositioningDecision,
  positioningConditionLabels,
  type PositioningCondition,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  DocumentNumberRepository,
  NoticeRepository,
  PositioningRepository,
  placeOf,
  type PositioningRow,
} from "../../db/gateway/index.ts";
import { defaultTemplates } from "../../docs/templates.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";
import { supervisedFile } from "../../shared/subject-file.ts";

/**
 * R-EP-1: only the head of the county justice bureau approves an electronic positioning device
 * (action `positioning:decide`; a county officer or an office gets 403). An approval is numbered
 * and issues the 使用电子定位装置审批表 (`positioning-approval`); the office is told either way.
 */
export async function decidePositioningAuthorization({
  ctx,
  actor,
  meta,
  authorizationId,
  input,
}: UseCaseArgs & {
  authorizationId: string;
  input: { approve: boolean; comment?: string };
}): Promise<PositioningRow> {
  assertCan(actor, "positioning:decide");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new PositioningRepository(gw);
    const auth = await repo.find(authorizationId);
    const subject = await supervisedFile(gw, auth.subject_id);
    const env = await caseEnvironment(gw);
    checkPositioningDecision(
      { id: auth.id, status: auth.status as "proposed", untilOn: auth.until_on },
      input.approve,
      env.today,
    );
    const comment = input.comment?.trim() || null;
    const kind = "positioning-approval" as const;
    const number = input.approve
      ? await new DocumentNumberRepository(gw).next(
          { id: subject.county_id, name: subject.county_name },
          defaultTemplates[kind].numberWord,
          Number(env.today.slice(0, 4)),
        )
      : null;
    const after = await repo.decide(auth, {
      status: input.approve ? "approved" : "rejected",
      decided_by: actor.userId,
      decided_at: gw.now,
      decision_comment: comment,
      document_number: number,
    });
    const label = positioningConditionLabels[auth.condition as PositioningCondition] ?? auth.condition;
    const verdict = input.approve ? "批准" : "不予批准";
    const what = `${auth.extends_id ? "延长" : ""}使用电子定位装置（${auth.from_on} 至 ${auth.until_on}）`;
    await new NoticeRepository(gw).send({
      kind: "positioning_decision",
      recipientOrgIds: [subject.office_id],
      subjectId: subject.id,
      title: `${verdict}${what}：${subject.name}`,
      body:
        `${subject.county_name}负责人${verdict}对社区矫正对象${subject.name}${what}${number ? `（${number}）` : ""}。` +
        (input.approve ? "请在批准期限内佩戴，期限届满即予解除。" : "") +
        (comment ? `审批意见：${comment}` : ""),
      documentKind: number ? kind : null,
    });
    await new CaseLog(gw).record({
      subjectId: subject.id,
      step: input.approve ? "approve_positioning" : "reject_positioning",
      occurredOn: env.today,
      summary: `${verdict}${what}；情形：${label}${number ? `，${number}` : ""}${comment ? `；意见：${comment}` : ""}`,
      data: {
        positioningAuthorizationId: auth.id,
        approve: input.approve,
        condition: auth.condition,
        facts: auth.facts,
        fromOn: auth.from_on,
        untilOn: auth.until_on,
        extendsId: auth.extends_id,
        reassessment: auth.reassessment,
        proposedByName: auth.proposed_by_name,
        approverName: actor.displayName,
        comment,
        decidedOn: env.today,
      },
      documentKind: number ? kind : null,
      documentNumber: number,
      place: placeOf(subject),
    });
    return after;
  });
}
