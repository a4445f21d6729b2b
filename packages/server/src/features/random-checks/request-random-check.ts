import { randomUUID } from "node:crypto";
import { DomainError, assertCan } from "@zhijiao/domain";
import type { FromSchema } from "json-schema-to-ts";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { RandomCheckRepository, placeOf, type RandomCheckRow } from "../../db/gateway/index.ts";
import { supervisedFile } from "../../shared/subject-file.ts";
import type { randomCheckBody } from "./schemas.ts";

/** `dueMinutes`: the minutes the subject has to answer with a photo and the phone's position. */
export type RandomCheckInput = FromSchema<typeof randomCheckBody>;

/**
 * 随机抽查: the monitoring centre asks a subject in correction for a photo and location within a
 * deadline; the subject's app shows it at once and the next check-in answers it.
 */
export async function requestRandomCheck({
  ctx,
  actor,
  meta,
  subjectId,
  input,
}: UseCaseArgs & { subjectId: string; input: RandomCheckInput }): Promise<RandomCheckRow> {
  assertCan(actor, "alert:handle");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await supervisedFile(gw, subjectId);
    const repo = new RandomCheckRepository(gw);
    if (await repo.pendingOf(subject.id)) throw new DomainError("RANDOM_CHECK_PENDING", { subjectId });
    const row = await repo.insert({
      id: randomUUID(),
      subject_id: subject.id,
      requested_by: actor.userId,
      requested_at: gw.now,
      due_at: new Date(gw.now.getTime() + input.dueMinutes * 60_000),
      note: input.note?.trim() || null,
    });
    await gw.audit({
      action: "random_check.request",
      resourceType: "subject",
      resourceId: subject.id,
      subjectId: subject.id,
      place: placeOf(subject),
      details: { randomCheckId: row.id, dueAt: row.due_at.toISOString() },
    });
    return row;
  });
}
