import { randomUUID } from "node:crypto";
import { assertCan, checkPositioningProposal, positioningConditionLabels } from "@zhijiao/domain";
import type { FromSchema } from "json-schema-to-ts";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  NoticeRepository,
  PositioningRepository,
  placeOf,
  type PositioningRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";
import { positioningRecord } from "../../shared/location-supervision.ts";
import { supervisedFile } from "../../shared/subject-file.ts";
import type { positioningBody } from "./schemas.ts";

export type PositioningProposalInput = FromSchema<typeof positioningBody>;

/**
 * R-EP-1: the office or county proposes an electronic positioning device (使用电子定位装置) for a
 * file in correction, on one of the five legal conditions, for at most 3 months; an extension
 * follows the file's approved authorization after reassessment. The county head decides; the
 * county agency is told of the proposal.
 */
export async function proposePositioningAuthorization({
  ctx,
  actor,
  meta,
  subjectId,
  input,
}: UseCaseArgs & { subjectId: string; input: PositioningProposalInput }): Promise<PositioningRow> {
  assertCan(actor, "positioning:propose");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await supervisedFile(gw, subjectId);
    const env = await caseEnvironment(gw);
    const repo = new PositioningRepository(gw);
    const existing = await repo.ofSubject(subject.id);
    const checked = checkPositioningProposal(input, {
      today: env.today,
      existing: existing.map(positioningRecord),
    });
    const base = checked.extends ? existing.find((r) => r.id === checked.extends!.id)! : null;
    const row = await repo.insert({
      id: randomUUID(),
      subject_id: subject.id,
      county_id: subject.county_id,
      condition: input.condition,
      facts: checked.facts,
      from_on: input.fromOn,
      until_on: input.untilOn,
      extends_id: base?.id ?? null,
      reassessment: checked.reassessment,
      proposed_by: actor.userId,
      proposed_at: gw.now,
      updated_at: gw.now,
    });
    const label = positioningConditionLabels[input.condition];
    const what = base
      ? `延长使用电子定位装置（原审批${base.document_number ?? ""}，${base.from_on} 至 ${base.until_on}）：${input.fromOn} 至 ${input.untilOn}`
      : `使用电子定位装置：${input.fromOn} 至 ${input.untilOn}`;
    await new NoticeRepository(gw).send({
      kind: "positioning_proposal",
      recipientOrgIds: [subject.county_id],
      subjectId: subject.id,
      title: `提请${base ? "延长" : ""}使用电子定位装置：${subject.name}`,
      body: `${actor.org.name}提请对社区矫正对象${subject.name}${what}。适用情形：${label}。请县级社区矫正机构负责人审批（R-EP-1）。`,
    });
    await new CaseLog(gw).record({
      subjectId: subject.id,
      step: "propose_positioning",
      occurredOn: env.today,
      summary: `提请${what}；情形：${label}${base ? "；已重新评估" : ""}；报${subject.county_name}负责人审批`,
      data: {
        positioningAuthorizationId: row.id,
        condition: input.condition,
        facts: checked.facts,
        fromOn: input.fromOn,
        untilOn: input.untilOn,
        extendsId: base?.id ?? null,
        reassessment: checked.reassessment,
      },
      place: placeOf(subject),
    });
    return row;
  });
}
