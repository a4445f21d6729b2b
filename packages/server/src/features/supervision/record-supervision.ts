import { randomUUID } from "node:crypto";
import {
  DomainError,
  assertCan,
  fileEventRecordKinds,
  supervisionRecordKindLabels,
  todayIn,
  type SupervisionRecordKind,
} from "@zhijiao/domain";
import type { FromSchema } from "json-schema-to-ts";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  SupervisionRepository,
  placeOf,
  type SupervisionRecordRow,
} from "../../db/gateway/index.ts";
import { supervisedFile } from "../../shared/subject-file.ts";
import type { recordSupervisionBody } from "./schemas.ts";

export type SupervisionRecordInput = FromSchema<typeof recordSupervisionBody>;

const hourKinds: readonly SupervisionRecordKind[] = ["education_hours", "service_hours"];

/**
 * R-SV-2/3: staff record a duty done (a report, talk, visit, check, or hours of education or
 * public-benefit work) for a file in correction, with when, where and what, and its files. An
 * immediate report (R-SV-3) or a visitor (会客) report is also an event on the file.
 */
export async function recordSupervision({
  ctx,
  actor,
  meta,
  subjectId,
  input,
}: UseCaseArgs & { subjectId: string; input: SupervisionRecordInput }): Promise<SupervisionRecordRow> {
  assertCan(actor, "supervision:record");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await supervisedFile(gw, subjectId);
    const at = new Date(input.occurredAt);
    if (Number.isNaN(at.getTime()))
      throw new DomainError("VALIDATION_FAILED", { field: "occurredAt" }, "发生时间无效");
    if (at.getTime() > gw.now.getTime())
      throw new DomainError("VALIDATION_FAILED", { field: "occurredAt" }, "发生时间不能晚于当前时间");
    const content = input.content.trim();
    if (!content) throw new DomainError("VALIDATION_FAILED", { field: "content" }, "请填写记录内容");
    const needsHours = hourKinds.includes(input.kind);
    if (needsHours && !(typeof input.hours === "number" && input.hours > 0))
      throw new DomainError("VALIDATION_FAILED", { field: "hours" }, "教育学习和公益活动须填写时长（小时）");
    if (!needsHours && input.hours !== undefined)
      throw new DomainError("VALIDATION_FAILED", { field: "hours" }, "只有教育学习和公益活动记录时长");
    const fileIds = [...new Set(input.fileIds ?? [])];
    const repo = new SupervisionRepository(gw);
    const missing = await repo.missingFiles(fileIds);
    if (missing.length)
      throw new DomainError("VALIDATION_FAILED", { field: "fileIds", missing }, "附件文件不存在");
    const occurredOn = todayIn(at);
    const row = await repo.insertRecord({
      id: randomUUID(),
      subject_id: subject.id,
      office_id: subject.office_id,
      county_id: subject.county_id,
      city_id: subject.city_id,
      province_id: subject.province_id,
      minor: subject.minor,
      kind: input.kind,
      occurred_at: at,
      occurred_on: occurredOn,
      place: input.place?.trim() || null,
      content,
      hours: needsHours ? input.hours! : null,
      file_ids: fileIds,
      recorded_by: actor.userId,
      created_at: gw.now,
    });
    const label = supervisionRecordKindLabels[input.kind];
    if (fileEventRecordKinds.includes(input.kind))
      await new CaseLog(gw).record({
        subjectId: subject.id,
        step: input.kind as "immediate_report" | "visitor_report",
        occurredOn,
        summary: `${label}${input.kind === "immediate_report" ? "（R-SV-3）" : ""}：${content}`,
        data: { recordId: row.id, kind: input.kind, place: row.place, fileIds },
        place: placeOf(subject),
      });
    else
      await gw.audit({
        action: "supervision.record",
        resourceType: "subject",
        resourceId: subject.id,
        subjectId: subject.id,
        place: placeOf(subject),
        details: { recordId: row.id, kind: input.kind, occurredOn, hours: row.hours ?? undefined },
      });
    return row;
  });
}
