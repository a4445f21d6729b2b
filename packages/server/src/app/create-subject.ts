import { randomUUID } from "node:crypto";
import {
  DomainError,
  assertCan,
  mayWriteInOffice,
  todayIn,
  validateSubjectInput,
  type SubjectInput,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../context.ts";
import { OrganizationRepository, SubjectRepository, orgRefOf, type SubjectRow } from "../db/gateway/index.ts";
import { subjectColumns } from "./subject-columns.ts";

const creatableStatuses = ["awaiting_report", "in_correction"];

/** Opens a subject's file (一人一档) under an office the caller may write in. */
export async function createSubject({
  ctx,
  actor,
  meta,
  input,
}: UseCaseArgs & { input: SubjectInput }): Promise<SubjectRow> {
  assertCan(actor, "subject:create");
  const today = todayIn(ctx.now());
  const status = input.status ?? "in_correction";
  if (!creatableStatuses.includes(status))
    throw new DomainError(
      "VALIDATION_FAILED",
      { field: "status", allowed: creatableStatuses },
      "新建档案的状态只能是待报到或在矫",
    );
  const valid = validateSubjectInput(input, { today });
  return inTransaction(ctx, actor, meta, async (gw) => {
    const office = await new OrganizationRepository(gw).findAny(valid.officeId);
    if (!office || !mayWriteInOffice(actor, orgRefOf(office)))
      throw new DomainError("OFFICE_INVALID", { field: "officeId" });
    const subjects = new SubjectRepository(gw);
    const columns = subjectColumns(valid, gw.cipher);
    if (await subjects.idNumberHashTaken(columns.id_number_hash))
      throw new DomainError("ID_NUMBER_DUPLICATE", { field: "idNumber" });
    return subjects.insert(
      {
        ...columns,
        id: randomUUID(),
        status,
        received_on: columns.received_on ?? (status === "in_correction" ? today : null),
        office_id: office.id,
        county_id: office.county_id!,
        city_id: office.city_id!,
        province_id: office.province_id!,
        created_by: actor.userId,
        created_at: gw.now,
        updated_at: gw.now,
      },
      { fields: Object.keys(input).sort() },
    );
  });
}
