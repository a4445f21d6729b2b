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
  OrganizationRepository,
  investigationPlace,
  type InvestigationRow,
} from "../../db/gateway/index.ts";

/** R-IV-1: the county agency assigns a justice office of its own to investigate. */
export async function assignInvestigation({
  ctx,
  actor,
  meta,
  investigationId,
  officeId,
}: UseCaseArgs & { investigationId: string; officeId: string }): Promise<InvestigationRow> {
  assertCan(actor, "investigation:decide");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new InvestigationRepository(gw);
    const row = await repo.findForWork(investigationId, false);
    checkInvestigationStep("assign", row.status as InvestigationStatus);
    const office = await new OrganizationRepository(gw).findAny(officeId);
    if (!office || office.kind !== "office" || office.county_id !== row.county_id)
      throw new DomainError("OFFICE_INVALID", { field: "officeId" });
    const after = await repo.update(row, { office_id: office.id, status: "assigned" });
    await new DeadlineRepository(gw).open(
      "investigation_opinion",
      { investigationId: row.id },
      { dueOn: row.extended_due_on ?? row.due_on, provisional: row.due_provisional },
      { ...investigationPlace(row), countyId: row.county_id, officeId: office.id, minor: row.minor },
    );
    await new CaseLog(gw).record({
      investigationId: row.id,
      step: "assign",
      occurredOn: todayIn(gw.now),
      summary: `指派${office.name}开展调查评估`,
      data: { officeId: office.id, officeName: office.name },
      place: { ...investigationPlace(row), countyId: row.county_id },
    });
    return after;
  });
}
