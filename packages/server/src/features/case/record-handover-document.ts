import {
  DomainError,
  assertCan,
  handoverCheck,
  handoverDocumentKinds,
  handoverDocumentLabels,
  missingHandoverDocuments,
  stepDate,
  takeStep,
  type Category,
  type SubjectStatus,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseFileRepository,
  CaseLog,
  DeadlineRepository,
  SubjectRepository,
  placeOf,
} from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";
import type { FromSchema } from "json-schema-to-ts";
import type { handoverDocumentBody } from "./schemas.ts";

export type HandoverDocumentInput = FromSchema<typeof handoverDocumentBody>;

/**
 * R-HO-1: a document delivered at handover, with its date (due within 10 days of the judgment).
 * When the last required document arrives the handover deadline is met.
 */
export async function recordHandoverDocument({
  ctx,
  actor,
  meta,
  subjectId,
  input,
}: UseCaseArgs & { subjectId: string; input: HandoverDocumentInput }): Promise<{ id: string }> {
  assertCan(actor, "case:register");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subjects = new SubjectRepository(gw);
    const row = await subjects.findForStep(subjectId);
    takeStep("record_handover", row.status as SubjectStatus, row.archived);
    if (!handoverDocumentKinds.includes(input.kind))
      throw new DomainError("VALIDATION_FAILED", { field: "kind" }, "文书种类无效");
    const env = await caseEnvironment(gw);
    const effectiveOn = row.judgment_effective_on;
    const on = stepDate(
      input.receivedOn,
      "receivedOn",
      "收到文书日期",
      env.today,
      effectiveOn ? { date: effectiveOn, label: "判决生效日期" } : undefined,
    );
    const file = new CaseFileRepository(gw);
    const id = await file.addHandoverDocument({
      subject_id: row.id,
      kind: input.kind,
      document_number: input.documentNumber?.trim() || null,
      received_on: on,
      note: input.note?.trim() || null,
    });
    const kinds = (await file.handoverDocuments(row.id)).map((d) => d.kind);
    const missing = missingHandoverDocuments(row.category as Category, kinds);
    if (missing.length === 0)
      await new DeadlineRepository(gw).close({ subjectId: row.id }, ["handover_documents"], on);
    const check = effectiveOn ? handoverCheck(env.calendar, env.rules, effectiveOn, null, on) : null;
    await new CaseLog(gw).record({
      subjectId: row.id,
      step: "record_handover",
      occurredOn: on,
      summary: `收到${handoverDocumentLabels[input.kind]}${input.documentNumber ? `（${input.documentNumber.trim()}）` : ""}${check?.documentsLate ? `，超过 ${check.documentsDueOn} 的十日期限` : ""}`,
      data: { documentId: id, kind: input.kind, missing, late: check?.documentsLate ?? null },
      place: placeOf(row),
    });
    return { id };
  });
}
