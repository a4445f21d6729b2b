import { DomainError, assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { FileRepository, SubjectRepository } from "../../db/gateway/index.ts";

/** The file's photo, for those who may read the file; the view is audited. */
export async function getSubjectPhoto({
  ctx,
  actor,
  meta,
  subjectId,
}: UseCaseArgs & { subjectId: string }): Promise<{ contentType: string; data: Buffer }> {
  assertCan(actor, "subject:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const row = await new SubjectRepository(gw).find(subjectId);
    if (!row.photo_file_id) throw new DomainError("NOT_FOUND", { resource: "photo" });
    const file = await new FileRepository(gw).get(row.photo_file_id);
    if (!file) throw new DomainError("NOT_FOUND", { resource: "photo" });
    await gw.audit({
      action: "subject.photo.read",
      resourceType: "subject",
      resourceId: row.id,
      subjectId: row.id,
      place: { countyId: row.county_id, cityId: row.city_id, provinceId: row.province_id },
    });
    return { contentType: file.content_type, data: Buffer.from(file.data) };
  });
}
