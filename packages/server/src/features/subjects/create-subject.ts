import { randomUUID } from "node:crypto";
import {
  DomainError,
  assertCan,
  handoverCheck,
  mayWriteInOffice,
  reportDue,
  validateSubjectInput,
  type SubjectInput,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  DeadlineRepository,
  InvestigationRepository,
  OrganizationRepository,
  SubjectRepository,
  orgRefOf,
  type SubjectRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment, subjectPlace } from "../../shared/case-environment.ts";
import { subjectColumns } from "./subject-columns.ts";

const creatableStatuses = ["awaiting_report", "in_correction"];

/**
 * Opens a subject's file (一人一档) under an office the caller may write in. Registered as
 * awaiting report (交付, R-HO-2), the file gets its report due date and handover deadlines; an
 * `investigationId` links the concluded investigation the case began with (R-IV-1).
 */
export async function createSubject({
  ctx,
  actor,
  meta,
  input,
}: UseCaseArgs & { input: SubjectInput & { investigationId?: string } }): Promise<SubjectRow> {
  assertCan(actor, "subject:create");
  const { investigationId, ...subjectInput } = input;
  const status = input.status ?? "in_correction";
  if (!creatableStatuses.includes(status))
    throw new DomainError(
      "VALIDATION_FAILED",
      { field: "status", allowed: creatableStatuses },
      "新建档案的状态只能是待报到或在矫",
    );
  if (status === "awaiting_report" && !input.judgmentEffectiveOn)
    throw new DomainError(
      "FACTS_MISSING",
      { field: "judgmentEffectiveOn", missing: ["judgmentEffectiveOn"] },
      "登记待报到对象须填写判决（裁定、决定）生效日期，以计算报到期限",
    );
  return inTransaction(ctx, actor, meta, async (gw) => {
    const env = await caseEnvironment(gw);
    const valid = validateSubjectInput(subjectInput, { today: env.today });
    const office = await new OrganizationRepository(gw).findAny(valid.officeId);
    if (!office || !mayWriteInOffice(actor, orgRefOf(office)))
      throw new DomainError("OFFICE_INVALID", { field: "officeId" });
    const subjects = new SubjectRepository(gw);
    const columns = subjectColumns(valid, gw.cipher);
    if (await subjects.idNumberHashTaken(columns.id_number_hash))
      throw new DomainError("ID_NUMBER_DUPLICATE", { field: "idNumber" });
    const investigations = new InvestigationRepository(gw);
    const investigation = investigationId ? await investigations.find(investigationId) : null;
    if (investigation) {
      if (investigation.status !== "concluded")
        throw new DomainError("INVESTIGATION_OPEN", { field: "investigationId" });
      if (investigation.subject_id)
        throw new DomainError("DUPLICATE", { field: "investigationId" }, "该调查评估已登记过矫正对象");
      if (investigation.id_number_hash !== columns.id_number_hash)
        throw new DomainError("VALIDATION_FAILED", { field: "idNumber" }, "身份证号码与调查评估对象不一致");
    }
    const awaiting = status === "awaiting_report";
    const effectiveOn = valid.judgmentEffectiveOn ?? null;
    const due = awaiting && effectiveOn ? reportDue(env.calendar, env.rules, effectiveOn) : null;
    const id = randomUUID();
    const row = await subjects.insert(
      {
        ...columns,
        id,
        status,
        investigation_id: investigation?.id ?? null,
        report_due_on: due?.dueOn ?? null,
        received_on: columns.received_on ?? (status === "in_correction" ? env.today : null),
        office_id: office.id,
        county_id: office.county_id!,
        city_id: office.city_id!,
        province_id: office.province_id!,
        created_by: actor.userId,
        created_at: gw.now,
        updated_at: gw.now,
      },
      { fields: Object.keys(subjectInput).sort(), investigationId: investigation?.id },
    );
    if (investigation) await investigations.update(investigation, { subject_id: id });
    const place = subjectPlace(row);
    if (due && effectiveOn) {
      const deadlines = new DeadlineRepository(gw);
      await deadlines.open("report", { subjectId: id }, due, place);
      const check = handoverCheck(env.calendar, env.rules, effectiveOn, null, null);
      await deadlines.open(
        "handover_documents",
        { subjectId: id },
        { dueOn: check.documentsDueOn, provisional: due.provisional },
        place,
      );
    }
    await new CaseLog(gw).record({
      subjectId: id,
      investigationId: investigation?.id ?? null,
      step: "register",
      occurredOn: env.today,
      summary: due
        ? `交付登记：判决（裁定、决定）于 ${effectiveOn} 生效，应于 ${due.dueOn} 前报到`
        : "建立档案（在矫）",
      data: { status, reportDueOn: due?.dueOn ?? null, provisional: due?.provisional ?? false },
      place: { countyId: row.county_id, cityId: row.city_id, provinceId: row.province_id },
    });
    return row;
  });
}
