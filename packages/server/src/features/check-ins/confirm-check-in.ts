import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { CheckInRepository, type CheckInRow } from "../../db/gateway/index.ts";

/**
 * An office or county officer confirms a subject's mobile check-in (seen, photo and place
 * checked): out of scope 404, confirmed already 409 `CHECK_IN_CONFIRMED`; audited.
 */
export async function confirmCheckIn({
  ctx,
  actor,
  meta,
  checkInId,
}: UseCaseArgs & { checkInId: string }): Promise<CheckInRow> {
  assertCan(actor, "supervision:record");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new CheckInRepository(gw);
    const current = await repo.find(checkInId);
    const row = await repo.confirm(current);
    await gw.audit({
      action: "check_in.confirm",
      resourceType: "supervision_record",
      resourceId: row.id,
      subjectId: row.subject_id,
      place: { countyId: row.county_id, cityId: row.city_id, provinceId: row.province_id },
      details: { occurredAt: row.occurred_at },
    });
    return row;
  });
}
