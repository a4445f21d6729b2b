import { DomainError, assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { CheckInRepository, FileRepository } from "../../db/gateway/index.ts";

/** The photo of a check-in in the caller's scope (404 otherwise); the view is audited. */
export async function getCheckInPhoto({
  ctx,
  actor,
  meta,
  checkInId,
}: UseCaseArgs & { checkInId: string }): Promise<{ contentType: string; data: Buffer }> {
  assertCan(actor, "subject:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const row = await new CheckInRepository(gw).find(checkInId);
    const fileId = row.file_ids[0];
    const file = fileId ? await new FileRepository(gw).get(fileId) : undefined;
    if (!file) throw new DomainError("NOT_FOUND", { resource: "photo" });
    await gw.audit({
      action: "check_in.photo",
      resourceType: "supervision_record",
      resourceId: row.id,
      subjectId: row.subject_id,
      place: { countyId: row.county_id, cityId: row.city_id, provinceId: row.province_id },
    });
    return { contentType: file.content_type, data: Buffer.from(file.data) };
  });
}
