import { randomUUID } from "node:crypto";
import { DomainError, assertCan, levelLabels, type Level } from "@zhijiao/domain";
import type { FromSchema } from "json-schema-to-ts";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { CaseLog, SupervisionRepository, placeOf, type LevelChangeRow } from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";
import { supervisedFile } from "../../shared/subject-file.ts";
import type { proposeLevelChangeBody } from "./schemas.ts";

export type LevelChangeInput = FromSchema<typeof proposeLevelChangeBody>;

/**
 * R-SV-1: the office (or the county agency) proposes a new management level for a file in
 * correction, with its grounds. The level does not change until the county agency approves
 * (never silent); one proposal is open at a time (409 LEVEL_CHANGE_OPEN).
 */
export async function proposeLevelChange({
  ctx,
  actor,
  meta,
  subjectId,
  input,
}: UseCaseArgs & { subjectId: string; input: LevelChangeInput }): Promise<LevelChangeRow> {
  assertCan(actor, "level:propose");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await supervisedFile(gw, subjectId);
    const grounds = input.grounds.trim();
    if (!grounds) throw new DomainError("VALIDATION_FAILED", { field: "grounds" }, "请填写调整依据");
    const from = subject.level as Level;
    if (input.toLevel === from)
      throw new DomainError("VALIDATION_FAILED", { field: "toLevel" }, "拟调整的管理等级与当前等级相同");
    const repo = new SupervisionRepository(gw);
    const open = await repo.openLevelChange(subject.id);
    if (open) throw new DomainError("LEVEL_CHANGE_OPEN", { id: open.id });
    const env = await caseEnvironment(gw);
    const row = await repo.insertLevelChange({
      id: randomUUID(),
      subject_id: subject.id,
      office_id: subject.office_id,
      county_id: subject.county_id,
      city_id: subject.city_id,
      province_id: subject.province_id,
      minor: subject.minor,
      from_level: from,
      to_level: input.toLevel,
      grounds,
      rule_ids: ["R-SV-1"],
      status: "proposed",
      proposed_by: actor.userId,
      proposed_at: gw.now,
    });
    await new CaseLog(gw).record({
      subjectId: subject.id,
      step: "propose_level_change",
      occurredOn: env.today,
      summary: `提请将管理等级由${levelLabels[from]}调整为${levelLabels[input.toLevel]}（R-SV-1），报${subject.county_name}审批：${grounds}`,
      data: { levelChangeId: row.id, fromLevel: from, toLevel: input.toLevel, grounds },
      place: placeOf(subject),
    });
    return row;
  });
}
