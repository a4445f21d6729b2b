import {
  DomainError,
  assertCan,
  checkInvestigationStep,
  opinionLabels,
  validateOpinion,
  type InvestigationStatus,
  type Opinion,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  DeadlineRepository,
  DocumentNumberRepository,
  InvestigationRepository,
  NoticeRepository,
  investigationPlace,
  type InvestigationRow,
} from "../../db/gateway/index.ts";
import { areaBodies, caseEnvironment } from "../../shared/case-environment.ts";

/**
 * R-IV-1: the county agency's opinion (适宜 / 不适宜, with reasons) after at least one interview:
 * the 调查评估意见书 is numbered, sent to the commissioning body and copied to the procuratorate.
 */
export async function issueInvestigationOpinion({
  ctx,
  actor,
  meta,
  investigationId,
  input,
}: UseCaseArgs & {
  investigationId: string;
  input: { opinion: Opinion; reasons: string; opinionOn: string };
}): Promise<InvestigationRow> {
  assertCan(actor, "investigation:decide");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new InvestigationRepository(gw);
    const row = await repo.findForWork(investigationId, false);
    checkInvestigationStep("opinion", row.status as InvestigationStatus);
    const { today } = await caseEnvironment(gw);
    const v = validateOpinion(input, today, row.received_on);
    if ((await repo.transcripts(row.id)).length === 0)
      throw new DomainError(
        "FACTS_MISSING",
        { missing: ["transcripts"] },
        "出具评估意见前须至少制作一份调查笔录",
      );
    const year = Number(v.opinionOn.slice(0, 4));
    const number = await new DocumentNumberRepository(gw).next(
      { id: row.county_id, name: row.county_name },
      "矫调评",
      year,
    );
    const bodies = await areaBodies(gw, row.county_id);
    const after = await repo.update(row, {
      status: "concluded",
      opinion: v.opinion,
      opinion_reasons: v.reasons,
      opinion_on: v.opinionOn,
      document_number: number,
      copied_to_procuratorate_on: bodies.procuratorate ? v.opinionOn : null,
    });
    await new DeadlineRepository(gw).close(
      { investigationId: row.id },
      ["investigation_opinion"],
      v.opinionOn,
    );
    const recipients = [row.commissioning_org_id, ...(bodies.procuratorate ? [bodies.procuratorate.id] : [])];
    await new NoticeRepository(gw).send({
      kind: "investigation_opinion",
      recipientOrgIds: recipients,
      investigationId: row.id,
      title: `调查评估意见书：${row.person_name}`,
      body: `${row.county_name}对${row.person_name}的调查评估意见：${opinionLabels[v.opinion]}（${number}）。`,
      documentKind: "investigation-opinion",
    });
    await new CaseLog(gw).record({
      investigationId: row.id,
      step: "opinion",
      occurredOn: v.opinionOn,
      summary: `出具调查评估意见：${opinionLabels[v.opinion]}，送${row.commissioning_org_name}${bodies.procuratorate ? `，抄送${bodies.procuratorate.name}` : ""}`,
      data: { opinion: v.opinion, reasons: v.reasons, recipients: recipients },
      documentKind: "investigation-opinion",
      documentNumber: number,
      place: { ...investigationPlace(row), countyId: row.county_id },
    });
    return after;
  });
}
