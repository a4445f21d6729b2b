import { randomUUID } from "node:crypto";
import { DomainError, assertCan, compareDates, isValidDate } from "@zhijiao/domain";
import type { FromSchema } from "json-schema-to-ts";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  CourtBanRepository,
  SpecialPlaceRepository,
  placeOf,
  type SpecialPlaceRequestRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";
import { supervisedFile } from "../../shared/subject-file.ts";
import type { specialPlaceBody } from "./schemas.ts";

export type SpecialPlaceInput = FromSchema<typeof specialPlaceBody>;

/**
 * R-LV-4: where a court ban (禁止令) makes entry to a place subject to approval, the subject
 * (through the office) applies; the county decides. The request names the ban it concerns and
 * days within the ban's period, from today on.
 */
export async function requestSpecialPlace({
  ctx,
  actor,
  meta,
  subjectId,
  input,
}: UseCaseArgs & { subjectId: string; input: SpecialPlaceInput }): Promise<SpecialPlaceRequestRow> {
  assertCan(actor, "leave:request");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await supervisedFile(gw, subjectId);
    const env = await caseEnvironment(gw);
    const ban = (await new CourtBanRepository(gw).ofSubject(subject.id)).find(
      (b) => b.id === input.courtBanId,
    );
    if (!ban) throw new DomainError("VALIDATION_FAILED", { field: "courtBanId" }, "该矫正对象没有这项禁止令");
    for (const field of ["fromOn", "untilOn"] as const)
      if (!isValidDate(input[field])) throw new DomainError("VALIDATION_FAILED", { field }, "日期无效");
    if (compareDates(input.untilOn, input.fromOn) < 0)
      throw new DomainError("VALIDATION_FAILED", { field: "untilOn" }, "结束日期不能早于开始日期");
    if (compareDates(input.fromOn, env.today) < 0)
      throw new DomainError("VALIDATION_FAILED", { field: "fromOn" }, "开始日期不能早于今天");
    if (compareDates(input.fromOn, ban.until_on) > 0 || compareDates(input.untilOn, ban.from_on) < 0)
      throw new DomainError(
        "VALIDATION_FAILED",
        { field: "fromOn", banFromOn: ban.from_on, banUntilOn: ban.until_on },
        `申请期间不在禁止令期限（${ban.from_on} 至 ${ban.until_on}）内，无需审批`,
      );
    const place = input.place.trim();
    const reason = input.reason.trim();
    const row = await new SpecialPlaceRepository(gw).insert({
      id: randomUUID(),
      subject_id: subject.id,
      office_id: subject.office_id,
      county_id: subject.county_id,
      city_id: subject.city_id,
      province_id: subject.province_id,
      minor: subject.minor,
      court_ban_id: ban.id,
      place,
      reason,
      from_on: input.fromOn,
      until_on: input.untilOn,
      created_by: actor.userId,
      created_at: gw.now,
      updated_at: gw.now,
    });
    await new CaseLog(gw).record({
      subjectId: subject.id,
      step: "request_special_place",
      occurredOn: env.today,
      summary: `申请进入特定场所：${place}（${input.fromOn} 至 ${input.untilOn}），事由：${reason}；报${subject.county_name}审批`,
      data: {
        specialPlaceRequestId: row.id,
        courtBanId: ban.id,
        place,
        reason,
        fromOn: input.fromOn,
        untilOn: input.untilOn,
      },
      place: placeOf(subject),
    });
    return row;
  });
}
