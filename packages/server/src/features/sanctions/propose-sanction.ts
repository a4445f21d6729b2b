import { randomUUID } from "node:crypto";
import {
  DomainError,
  assertCan,
  checkCommendationTime,
  checkSanctionCategory,
  categoryLabels,
  sanctionKindLabels,
  sanctionRuleIds,
  type Category,
} from "@zhijiao/domain";
import type { FromSchema } from "json-schema-to-ts";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  NoticeRepository,
  SanctionRepository,
  placeOf,
  type Gateway,
  type SanctionRow,
} from "../../db/gateway/index.ts";
import { areaBodies, caseEnvironment } from "../../shared/case-environment.ts";
import { supervisedFile } from "../../shared/subject-file.ts";
import { sanctionRules } from "../../shared/rules-in-force.ts";
import type { proposeSanctionBody } from "./schemas.ts";

export type SanctionProposalInput = FromSchema<typeof proposeSanctionBody>;

/**
 * R-SN-1..7: the office (or the county agency) proposes a commendation or sanction for a file in
 * correction, with the facts found and the evidence. The category rules are checked here
 * (R-SN-3/4/5, 400 SANCTION_CATEGORY), a commendation needs the minimum months (R-SN-7); the
 * proposal is copied to the procuratorate (R-SN-6) and waits for the county's decision.
 */
export async function proposeSanction({
  ctx,
  actor,
  meta,
  subjectId,
  input,
}: UseCaseArgs & { subjectId: string; input: SanctionProposalInput }): Promise<SanctionRow> {
  assertCan(actor, "sanction:propose");
  return inTransaction(ctx, actor, meta, (gw) => proposeSanctionWithin(gw, subjectId, input));
}

/** The proposal inside a transaction the caller holds (a confirmed location violation proposes one too). */
export async function proposeSanctionWithin(
  gw: Gateway,
  subjectId: string,
  input: SanctionProposalInput,
): Promise<SanctionRow> {
  const actor = gw.caller;
  const subject = await supervisedFile(gw, subjectId);
  const [env, rules] = await Promise.all([caseEnvironment(gw), sanctionRules(gw)]);
  checkSanctionCategory(input.kind, subject.category);
  if (input.kind === "commendation") checkCommendationTime(rules, subject.correction_start_on, env.today);
  const facts = input.facts.trim();
  if (!facts) throw new DomainError("VALIDATION_FAILED", { field: "facts" }, "请填写事实和理由");
  const evidence = [...new Set(input.evidenceFileIds ?? [])];
  const repo = new SanctionRepository(gw);
  const missing = await repo.missingFiles(evidence);
  if (missing.length)
    throw new DomainError("VALIDATION_FAILED", { field: "evidenceFileIds", missing }, "证据材料文件不存在");
  const row = await repo.insert({
    id: randomUUID(),
    subject_id: subject.id,
    office_id: subject.office_id,
    county_id: subject.county_id,
    city_id: subject.city_id,
    province_id: subject.province_id,
    minor: subject.minor,
    kind: input.kind,
    status: "proposed",
    facts,
    evidence_file_ids: evidence,
    proposed_by: actor.userId,
    proposed_at: gw.now,
    proposed_on: env.today,
    created_at: gw.now,
  });
  const label = sanctionKindLabels[input.kind];
  const bodies = await areaBodies(gw, subject.county_id);
  if (bodies.procuratorate)
    await new NoticeRepository(gw).send({
      kind: "sanction_proposal",
      recipientOrgIds: [bodies.procuratorate.id],
      subjectId: subject.id,
      title: `${label}提请（抄送）：${subject.name}`,
      body: `${subject.office_name}对${categoryLabels[subject.category as Category] ?? ""}社区矫正对象${subject.name}提请${label.replace(/^提请/, "")}，报${subject.county_name}审批。事实和理由：${facts}`,
    });
  await new CaseLog(gw).record({
    subjectId: subject.id,
    step: "propose_sanction",
    occurredOn: env.today,
    summary: `提请${label.replace(/^提请/, "")}（${sanctionRuleIds[input.kind]}），报${subject.county_name}审批${bodies.procuratorate ? `，抄送${bodies.procuratorate.name}` : ""}`,
    data: {
      sanctionId: row.id,
      kind: input.kind,
      facts,
      evidenceFileIds: evidence,
      procuratorateNotified: bodies.procuratorate !== null,
    },
    place: placeOf(subject),
  });
  return row;
}
