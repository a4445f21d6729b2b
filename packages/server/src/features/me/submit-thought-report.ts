import { randomUUID } from "node:crypto";
import { DomainError, assertCan, todayIn } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { SupervisionRepository, placeOf, type SupervisionRecordRow } from "../../db/gateway/index.ts";
import { supervisedFile } from "../../shared/subject-file.ts";
import { ownSubjectId } from "../../shared/own-subject.ts";

/**
 * R-SV-2: the subject submits a written thought report (书面思想汇报) from the mobile app; it
 * counts for the thought_report duty of the period it falls in.
 */
export async function submitThoughtReport({
  ctx,
  actor,
  meta,
  input,
}: UseCaseArgs & { input: { content: string } }): Promise<SupervisionRecordRow> {
  assertCan(actor, "subject:read");
  const subjectId = ownSubjectId(actor);
  const content = input.content.trim();
  if (!content) throw new DomainError("VALIDATION_FAILED", { field: "content" }, "请填写思想汇报内容");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await supervisedFile(gw, subjectId);
    const occurredOn = todayIn(gw.now);
    const row = await new SupervisionRepository(gw).insertRecord({
      id: randomUUID(),
      subject_id: subject.id,
      office_id: subject.office_id,
      county_id: subject.county_id,
      city_id: subject.city_id,
      province_id: subject.province_id,
      minor: subject.minor,
      kind: "thought_report",
      occurred_at: gw.now,
      occurred_on: occurredOn,
      place: "手机端提交",
      content,
      hours: null,
      file_ids: [],
      recorded_by: actor.userId,
      created_at: gw.now,
    });
    await gw.audit({
      action: "supervision.record",
      resourceType: "subject",
      resourceId: subject.id,
      subjectId: subject.id,
      place: placeOf(subject),
      details: { recordId: row.id, kind: "thought_report", occurredOn },
    });
    return row;
  });
}
