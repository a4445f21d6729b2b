import {
  DomainError,
  assertCan,
  checkInvestigationStep,
  todayIn,
  type InvestigationStatus,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  DeadlineRepository,
  InvestigationRepository,
  investigationPlace,
  type InvestigationRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";

/** R-IV-1 (M2020 14, cfg): the due date moves by the working days agreed with the commissioning body, once. */
export async function extendInvestigation({
  ctx,
  actor,
  meta,
  investigationId,
  workingDays,
  reason,
}: UseCaseArgs & {
  investigationId: string;
  workingDays: number;
  reason: string;
}): Promise<InvestigationRow> {
  assertCan(actor, "investigation:decide");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new InvestigationRepository(gw);
    const row = await repo.findForWork(investigationId, false);
    checkInvestigationStep("extend", row.status as InvestigationStatus);
    if (row.extended_due_on)
      throw new DomainError("DUPLICATE", { field: "extension" }, "调查评估期限已延长过一次");
    const { calendar, rules } = await caseEnvironment(gw);
    const max = rules.investigationMaxExtensionWorkingDays;
    if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > max)
      throw new DomainError(
        "VALIDATION_FAILED",
        { field: "workingDays", min: 1, max },
        `延长的期限应为 1 至 ${max} 个工作日`,
      );
    const text = reason.trim();
    if (!text)
      throw new DomainError("VALIDATION_FAILED", { field: "reason" }, "请填写延期理由及与委托机关协商的情况");
    const due = calendar.workingDayPeriod(row.due_on, workingDays);
    const after = await repo.update(row, {
      extended_due_on: due.dueOn,
      extension_reason: text,
      due_provisional: due.provisional,
    });
    const place = { ...investigationPlace(row), countyId: row.county_id };
    await new DeadlineRepository(gw).open("investigation_opinion", { investigationId: row.id }, due, {
      ...place,
      officeId: row.office_id,
      minor: row.minor,
    });
    await new CaseLog(gw).record({
      investigationId: row.id,
      step: "extend",
      occurredOn: todayIn(gw.now),
      summary: `经与委托机关协商，调查评估期限延长 ${workingDays} 个工作日至 ${due.dueOn}`,
      data: { workingDays, reason: text, dueOn: due.dueOn },
      place,
    });
    return after;
  });
}
