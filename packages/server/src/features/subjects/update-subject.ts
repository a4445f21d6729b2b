import {
  DomainError,
  assertCan,
  mayWriteInOffice,
  todayIn,
  validateSubjectPatch,
  type SubjectInput,
  type SubjectPatch,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  OrganizationRepository,
  SubjectRepository,
  orgRefOf,
  type SubjectRow,
} from "../../db/gateway/index.ts";
import type { FieldCipher } from "../../security/secrets.ts";
import { subjectColumns } from "./subject-columns.ts";

const sensitive = new Set(["idNumber", "phone"]);

/** The stored record as the input it was made from, so that a patch is validated as a whole. */
export function subjectInputOf(row: SubjectRow, cipher: FieldCipher): SubjectInput {
  return {
    name: row.name,
    sex: row.sex as SubjectInput["sex"],
    ethnicity: row.ethnicity,
    idNumber: cipher.decrypt(row.id_number_enc),
    phone: row.phone_enc ? cipher.decrypt(row.phone_enc) : undefined,
    householdAddress: row.household_address ?? undefined,
    householdDivisionCode: row.household_division_code ?? undefined,
    residenceAddress: row.residence_address,
    residenceDivisionCode: row.residence_division_code,
    category: row.category as SubjectInput["category"],
    crime: row.crime,
    sentence: row.sentence as unknown as SubjectInput["sentence"],
    decidingAuthority: row.deciding_authority,
    judgmentNumber: row.judgment_number,
    judgmentEffectiveOn: row.judgment_effective_on ?? undefined,
    correctionStartOn: row.correction_start_on,
    correctionEndOn: row.correction_end_on,
    officeId: row.office_id,
    level: row.level as SubjectInput["level"],
    receivedOn: row.received_on ?? undefined,
    minor: row.minor,
    fourHistories: row.four_histories as SubjectInput["fourHistories"],
    threeInvolvements: row.three_involvements as SubjectInput["threeInvolvements"],
  };
}

/** Corrects a file's record; the trail keeps which fields changed (values, except identity and phone). */
export async function updateSubject(
  args: UseCaseArgs & { subjectId: string; patch: SubjectPatch; version: number },
): Promise<SubjectRow> {
  const { ctx, actor, meta, subjectId, patch, version } = args;
  assertCan(actor, "subject:update");
  const today = todayIn(ctx.now());
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subjects = new SubjectRepository(gw);
    const current = await subjects.findForChange(subjectId);
    // R-SV-1: a level change is proposed and approved (level-changes), never a silent correction.
    if (patch.level !== undefined && patch.level !== current.level)
      throw new DomainError("LEVEL_CHANGE_REQUIRED", { field: "level", level: current.level });
    const before = subjectInputOf(current, gw.cipher);
    const valid = validateSubjectPatch(before, patch, { today });
    let place = {
      office_id: current.office_id,
      county_id: current.county_id,
      city_id: current.city_id,
      province_id: current.province_id,
    };
    if (valid.officeId !== current.office_id) {
      const office = await new OrganizationRepository(gw).findAny(valid.officeId);
      if (!office || !mayWriteInOffice(actor, orgRefOf(office)))
        throw new DomainError("OFFICE_INVALID", { field: "officeId" });
      place = {
        office_id: office.id,
        county_id: office.county_id!,
        city_id: office.city_id!,
        province_id: office.province_id!,
      };
    }
    const columns = subjectColumns(valid, gw.cipher);
    if (
      columns.id_number_hash !== current.id_number_hash &&
      (await subjects.idNumberHashTaken(columns.id_number_hash, current.id))
    )
      throw new DomainError("ID_NUMBER_DUPLICATE", { field: "idNumber" });
    const changes: Record<string, unknown> = {};
    for (const key of Object.keys(patch) as (keyof SubjectInput)[]) {
      const from = before[key];
      const to = (valid as unknown as Record<string, unknown>)[key];
      if (JSON.stringify(from) === JSON.stringify(to)) continue;
      changes[key] = sensitive.has(key) ? { changed: true } : { from: from ?? null, to: to ?? null };
    }
    if (Object.keys(changes).length === 0) return current;
    // Keep the encrypted values when the plain values did not change (fresh IVs would churn them).
    const set = { ...columns, ...place };
    if (!changes.idNumber) {
      set.id_number_enc = current.id_number_enc;
    }
    if (!changes.phone) set.phone_enc = current.phone_enc;
    return subjects.update(current, set, version, { changes });
  });
}
