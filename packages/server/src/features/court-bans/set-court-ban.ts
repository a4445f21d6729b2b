import { randomUUID } from "node:crypto";
import { assertCan, checkCourtBanPeriod } from "@zhijiao/domain";
import type { FromSchema } from "json-schema-to-ts";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { CaseLog, CourtBanRepository, placeOf, type CourtBanRow } from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";
import { supervisedFile } from "../../shared/subject-file.ts";
import type { courtBanBody } from "./schemas.ts";

export type CourtBanInput = FromSchema<typeof courtBanBody>;

/**
 * R-LV-5: records a court ban (禁止令) on the file: what is forbidden, where, from and until
 * when. A violation is stopped at once and the police called if that fails (LAW 31).
 */
export async function setCourtBan({
  ctx,
  actor,
  meta,
  subjectId,
  input,
}: UseCaseArgs & { subjectId: string; input: CourtBanInput }): Promise<CourtBanRow> {
  assertCan(actor, "supervision:record");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await supervisedFile(gw, subjectId, { statuses: ["awaiting_report", "in_correction"] });
    checkCourtBanPeriod(input.fromOn, input.untilOn);
    const env = await caseEnvironment(gw);
    const row = await new CourtBanRepository(gw).insert({
      id: randomUUID(),
      subject_id: subject.id,
      county_id: subject.county_id,
      content: input.content,
      places: input.places,
      from_on: input.fromOn,
      until_on: input.untilOn,
      created_by: actor.userId,
      created_at: gw.now,
    });
    await new CaseLog(gw).record({
      subjectId: subject.id,
      step: "court_ban",
      occurredOn: env.today,
      summary: `登记禁止令：${input.fromOn} 至 ${input.untilOn}，禁止${input.content}（${input.places}）`,
      data: {
        courtBanId: row.id,
        content: input.content,
        places: input.places,
        fromOn: input.fromOn,
        untilOn: input.untilOn,
      },
      place: placeOf(subject),
    });
    return row;
  });
}
