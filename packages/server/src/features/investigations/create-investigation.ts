import { randomUUID } from "node:crypto";
import {
  DomainError,
  assertCan,
  commissioningOrgKinds,
  investigationDue,
  maskIdNumber,
  validateCommission,
  type CommissionInput,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  DeadlineRepository,
  InvestigationRepository,
  OrganizationRepository,
  type InvestigationRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";

/** R-IV-1: registers a commission received by the caller's county agency, with its due date. */
export async function createInvestigation({
  ctx,
  actor,
  meta,
  input,
}: UseCaseArgs & { input: CommissionInput }): Promise<InvestigationRow> {
  assertCan(actor, "investigation:create");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const env = await caseEnvironment(gw);
    const v = validateCommission(input, env.today);
    const commissioner = await new OrganizationRepository(gw).findAny(v.commissioningOrgId);
    if (!commissioner || !(commissioningOrgKinds as readonly string[]).includes(commissioner.kind))
      throw new DomainError("COMMISSIONING_ORG_INVALID", { field: "commissioningOrgId" });
    const county = actor.org;
    if (county.kind !== "county" || !county.cityId || !county.provinceId)
      throw new DomainError("FORBIDDEN", { action: "investigation:create" });
    const due = investigationDue(env.calendar, env.rules, v.receivedOn, v.fastTrack);
    const id = randomUUID();
    const place = { countyId: county.id, cityId: county.cityId, provinceId: county.provinceId };
    const row = await new InvestigationRepository(gw).insert({
      id,
      commissioning_org_id: commissioner.id,
      commission_number: v.commissionNumber ?? null,
      received_on: v.receivedOn,
      fast_track: v.fastTrack,
      due_on: due.dueOn,
      due_provisional: due.provisional,
      office_id: null,
      county_id: place.countyId,
      city_id: place.cityId,
      province_id: place.provinceId,
      status: "received",
      person_name: v.personName,
      sex: v.sex,
      birth_date: v.birthDate,
      minor: v.minor,
      id_number_enc: gw.cipher.encrypt(v.idNumber),
      id_number_hash: gw.cipher.hash("id", v.idNumber),
      id_number_masked: maskIdNumber(v.idNumber),
      residence_address: v.residenceAddress,
      residence_division_code: v.residenceDivisionCode ?? null,
      proposed_category: v.proposedCategory,
      crime: v.crime,
      created_by: actor.userId,
      created_at: gw.now,
      updated_at: gw.now,
    });
    await new DeadlineRepository(gw).open("investigation_opinion", { investigationId: id }, due, {
      ...place,
      officeId: null,
      minor: v.minor,
    });
    await new CaseLog(gw).record({
      investigationId: id,
      step: "commission",
      occurredOn: v.receivedOn,
      summary: `收到${commissioner.name}调查评估委托${v.fastTrack ? "（速裁案件）" : ""}，应于 ${due.dueOn} 前出具意见`,
      data: { commissioningOrgId: commissioner.id, fastTrack: v.fastTrack, dueOn: due.dueOn },
      place,
    });
    return row;
  });
}
