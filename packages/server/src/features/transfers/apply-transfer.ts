import { randomUUID } from "node:crypto";
import {
  DomainError,
  addDays,
  assertCan,
  compareDates,
  isValidDate,
  isValidDivisionCode,
  takeStep,
  transferStepDue,
  type SubjectStatus,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  DeadlineRepository,
  OrganizationRepository,
  SubjectRepository,
  TransferRepository,
  originPlace,
  placeOf,
  type TransferRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";
import type { FromSchema } from "json-schema-to-ts";
import type { applyTransferBody } from "./schemas.ts";

export type TransferApplication = FromSchema<typeof applyTransferBody>;

function invalid(field: string, message: string): never {
  throw new DomainError("VALIDATION_FAILED", { field }, message);
}

function text(v: string, field: string, label: string, max: number): string {
  const t = v.trim();
  if (!t) invalid(field, `请填写${label}`);
  if (Array.from(t).length > max) invalid(field, `${label}不能超过 ${max} 个字`);
  return t;
}

/**
 * R-TR-1: the application to change the place of execution, by the office or county holding the
 * file, at least a month (cfg) before the move, to a justice office of another county. The file
 * becomes visible to the destination for the length of the transfer; the origin agency has 5
 * days (cfg) to consult the destination.
 */
export async function applyTransfer({
  ctx,
  actor,
  meta,
  subjectId,
  input,
}: UseCaseArgs & { subjectId: string; input: TransferApplication }): Promise<TransferRow> {
  assertCan(actor, "transfer:apply");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subjects = new SubjectRepository(gw);
    const row = await subjects.findForStep(subjectId);
    const next = takeStep("apply_transfer", row.status as SubjectStatus, row.archived);
    const env = await caseEnvironment(gw);

    const destination = await new OrganizationRepository(gw).findAny(input.destinationOfficeId);
    if (!destination || destination.kind !== "office" || !destination.county_id)
      throw new DomainError("DESTINATION_INVALID", { field: "destinationOfficeId" });
    if (destination.county_id === row.county_id)
      throw new DomainError(
        "DESTINATION_INVALID",
        { field: "destinationOfficeId" },
        "新执行地与原执行地属同一县（市、区），应办理居住地变更登记，不属于执行地变更",
      );
    const destinationCounty = await new OrganizationRepository(gw).findAny(destination.county_id);
    if (!destinationCounty || !destinationCounty.city_id || !destinationCounty.province_id)
      throw new DomainError("DESTINATION_INVALID", { field: "destinationOfficeId" });
    if (!isValidDivisionCode(input.newResidenceDivisionCode))
      throw new DomainError("DIVISION_CODE_INVALID", { field: "newResidenceDivisionCode" });
    // The place of execution is the place of residence: the new residence lies in the destination county.
    if (input.newResidenceDivisionCode !== destinationCounty.division_code)
      invalid(
        "newResidenceDivisionCode",
        `新居住地的行政区划代码应为新执行地${destinationCounty.name}的代码（${destinationCounty.division_code}）`,
      );
    const newResidenceAddress = text(input.newResidenceAddress, "newResidenceAddress", "新居住地", 200);
    const reason = text(input.reason, "reason", "变更理由", 1000);
    if (!isValidDate(input.plannedMoveOn)) invalid("plannedMoveOn", "拟迁居日期不是有效日期（YYYY-MM-DD）");
    const earliestOn = addDays(env.today, env.rules.transferApplyAheadDays);
    if (compareDates(input.plannedMoveOn, earliestOn) < 0)
      throw new DomainError(
        "TRANSFER_NOTICE_TOO_SHORT",
        { field: "plannedMoveOn", earliestOn, aheadDays: env.rules.transferApplyAheadDays },
        `执行地变更应当至少提前 ${env.rules.transferApplyAheadDays} 日申请：拟迁居日期不能早于 ${earliestOn}`,
      );

    const id = randomUUID();
    const transfers = new TransferRepository(gw);
    const transfer = await transfers.insert({
      id,
      subject_id: row.id,
      origin_office_id: row.office_id,
      origin_county_id: row.county_id,
      destination_office_id: destination.id,
      destination_county_id: destinationCounty.id,
      new_residence_address: newResidenceAddress,
      new_residence_division_code: input.newResidenceDivisionCode,
      reason,
      planned_move_on: input.plannedMoveOn,
      applied_on: env.today,
      status: "applied",
      created_by: actor.userId,
      created_at: gw.now,
      updated_at: gw.now,
    });
    // During the transfer the destination's agency and office see the file too.
    await subjects.applyStep(row, {
      status: next,
      shared_county_id: destinationCounty.id,
      shared_office_id: destination.id,
    });
    const due = transferStepDue(env.calendar, env.rules, "transfer_consult", env.today);
    await new DeadlineRepository(gw).open(
      "transfer_consult",
      { subjectId: row.id, transferId: id },
      due,
      originPlace(transfer, null),
    );
    await new CaseLog(gw).record({
      subjectId: row.id,
      transferId: id,
      step: "apply_transfer",
      occurredOn: env.today,
      summary: `申请将执行地变更至${destinationCounty.name}${destination.name}，拟于 ${input.plannedMoveOn} 迁居；应于 ${due.dueOn} 前征求新执行地意见`,
      data: {
        destinationOfficeId: destination.id,
        destinationCountyId: destinationCounty.id,
        newResidenceAddress,
        newResidenceDivisionCode: input.newResidenceDivisionCode,
        reason,
        plannedMoveOn: input.plannedMoveOn,
        consultDueOn: due.dueOn,
      },
      place: placeOf(row),
    });
    return transfer;
  });
}
