import { randomUUID } from "node:crypto";
import { DomainError, assertCan, compareDates, isValidDate } from "@zhijiao/domain";
import type { FromSchema } from "json-schema-to-ts";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  AbsenceRepository,
  CaseLog,
  NoticeRepository,
  placeOf,
  type AbsenceRow,
} from "../../db/gateway/index.ts";
import { areaBodies, caseEnvironment } from "../../shared/case-environment.ts";
import { supervisedFile } from "../../shared/subject-file.ts";
import type { absenceBody } from "./schemas.ts";

export type LossOfContactInput = FromSchema<typeof absenceBody>;

/**
 * R-MS-1: a subject out of contact (脱管): the search opens at once (status `searching`), the
 * police are asked to assist (LAW 30) and the county agency is told, both by notice, the same day.
 */
export async function reportLossOfContact({
  ctx,
  actor,
  meta,
  subjectId,
  input,
}: UseCaseArgs & { subjectId: string; input: LossOfContactInput }): Promise<AbsenceRow> {
  assertCan(actor, "supervision:record");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await supervisedFile(gw, subjectId);
    if (!isValidDate(input.lostOn))
      throw new DomainError("VALIDATION_FAILED", { field: "lostOn" }, "日期无效");
    const env = await caseEnvironment(gw);
    if (compareDates(input.lostOn, env.today) > 0)
      throw new DomainError("VALIDATION_FAILED", { field: "lostOn" }, "失去联系日期不能晚于今天");
    const repo = new AbsenceRepository(gw);
    const open = await repo.openOf(subject.id);
    if (open) throw new DomainError("ABSENCE_OPEN", { absenceId: open.id, lostOn: open.lost_on });
    const circumstances = input.circumstances.trim();
    const row = await repo.insert({
      id: randomUUID(),
      subject_id: subject.id,
      office_id: subject.office_id,
      county_id: subject.county_id,
      city_id: subject.city_id,
      province_id: subject.province_id,
      minor: subject.minor,
      lost_on: input.lostOn,
      circumstances,
      created_by: actor.userId,
      created_at: gw.now,
      updated_at: gw.now,
    });
    const bodies = await areaBodies(gw, subject.county_id);
    const recipients = [subject.county_id, ...(bodies.police ? [bodies.police.id] : [])];
    await new NoticeRepository(gw).send({
      kind: "loss_of_contact",
      recipientOrgIds: recipients,
      subjectId: subject.id,
      title: `社区矫正对象脱管，请协助查找：${subject.name}`,
      body: `${subject.office_name}报告：社区矫正对象${subject.name}自 ${input.lostOn} 起失去联系，已立即组织查找。情况：${circumstances}。请公安机关协助查找。`,
    });
    await new CaseLog(gw).record({
      subjectId: subject.id,
      step: "lose_contact",
      occurredOn: env.today,
      summary: `脱管：自 ${input.lostOn} 起失去联系，立即组织查找；已通知${subject.county_name}${bodies.police ? `、${bodies.police.name}协助查找` : ""}。情况：${circumstances}`,
      data: { absenceId: row.id, lostOn: input.lostOn, circumstances, notifiedOrgIds: recipients },
      place: placeOf(subject),
    });
    return row;
  });
}
