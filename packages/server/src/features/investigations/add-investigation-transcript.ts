import {
  DomainError,
  assertCan,
  checkInvestigationStep,
  intervieweeRelationLabels,
  intervieweeRelations,
  stepDate,
  todayIn,
  type InvestigationStatus,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  InvestigationRepository,
  investigationPlace,
  type TranscriptRow,
} from "../../db/gateway/index.ts";
import type { FromSchema } from "json-schema-to-ts";
import type { transcriptBody } from "./schemas.ts";

export type TranscriptInput = FromSchema<typeof transcriptBody>;

function text(v: string | undefined, field: string, label: string, max: number): string {
  const t = v?.trim() ?? "";
  if (!t) throw new DomainError("VALIDATION_FAILED", { field }, `请填写${label}`);
  if (Array.from(t).length > max)
    throw new DomainError("VALIDATION_FAILED", { field }, `${label}不能超过 ${max} 个字`);
  return t;
}

/** R-IV-1: a transcript (笔录) of an interview with a relative, the committee, the employer or the victim. */
export async function addInvestigationTranscript({
  ctx,
  actor,
  meta,
  investigationId,
  input,
}: UseCaseArgs & { investigationId: string; input: TranscriptInput }): Promise<TranscriptRow> {
  assertCan(actor, "investigation:work");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new InvestigationRepository(gw);
    const row = await repo.findForWork(investigationId, true);
    checkInvestigationStep("transcript", row.status as InvestigationStatus);
    if (!intervieweeRelations.includes(input.relation))
      throw new DomainError("VALIDATION_FAILED", { field: "relation" }, "被访谈人关系无效");
    const transcript = await repo.addTranscript({
      investigation_id: row.id,
      interviewee: text(input.interviewee, "interviewee", "被访谈人", 30),
      relation: input.relation,
      interviewed_on: stepDate(input.interviewedOn, "interviewedOn", "访谈日期", todayIn(gw.now), {
        date: row.received_on,
        label: "收到委托日期",
      }),
      place: input.place?.trim() || null,
      content: text(input.content, "content", "笔录内容", 20000),
    });
    await new CaseLog(gw).record({
      investigationId: row.id,
      step: "transcript",
      occurredOn: transcript.interviewed_on,
      summary: `制作调查笔录：${transcript.interviewee}（${intervieweeRelationLabels[input.relation]}）`,
      data: { transcriptId: transcript.id },
      place: { ...investigationPlace(row), countyId: row.county_id },
    });
    return transcript;
  });
}
