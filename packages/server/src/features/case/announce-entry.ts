import { DomainError, assertCan, stepDate, takeStep, type SubjectStatus } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  DocumentNumberRepository,
  SubjectRepository,
  placeOf,
  type CaseEventRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";
import type { FromSchema } from "json-schema-to-ts";
import type { entryAnnouncementBody } from "./schemas.ts";

export type EntryAnnouncementInput = FromSchema<typeof entryAnnouncementBody>;

/** R-IN-1 (LAW 22): the entry announcement (入矫宣告): facts, term, duties, rights and the team, once. */
export async function announceEntry({
  ctx,
  actor,
  meta,
  subjectId,
  input,
}: UseCaseArgs & { subjectId: string; input: EntryAnnouncementInput }): Promise<CaseEventRow> {
  assertCan(actor, "case:manage");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const row = await new SubjectRepository(gw).findForStep(subjectId);
    takeStep("announce_entry", row.status as SubjectStatus, row.archived);
    const log = new CaseLog(gw);
    if (await log.latest({ subjectId: row.id }, "announce_entry"))
      throw new DomainError("DUPLICATE", { step: "announce_entry" }, "已经进行过入矫宣告");
    const env = await caseEnvironment(gw);
    const announcedOn = stepDate(input.announcedOn, "announcedOn", "宣告日期", env.today, {
      date: row.reported_on ?? row.correction_start_on,
      label: "报到日期",
    });
    const place = input.place.trim();
    const content = input.content.trim();
    const participants = input.participants.map((p) => p.trim()).filter(Boolean);
    if (!place) throw new DomainError("VALIDATION_FAILED", { field: "place" }, "请填写宣告地点");
    if (!content) throw new DomainError("VALIDATION_FAILED", { field: "content" }, "请填写宣告内容");
    if (!participants.length)
      throw new DomainError("VALIDATION_FAILED", { field: "participants" }, "请填写参加宣告的人员");
    const number = await new DocumentNumberRepository(gw).next(
      { id: row.county_id, name: row.county_name },
      "矫宣",
      Number(announcedOn.slice(0, 4)),
    );
    return log.record({
      subjectId: row.id,
      step: "announce_entry",
      occurredOn: announcedOn,
      summary: `在${place}进行入矫宣告，参加人员：${participants.join("、")}`,
      data: { announcedOn, place, participants, content },
      documentKind: "entry-announcement",
      documentNumber: number,
      place: placeOf(row),
    });
  });
}
