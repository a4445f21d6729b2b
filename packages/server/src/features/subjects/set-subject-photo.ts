import { DomainError, assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { FileRepository, SubjectRepository } from "../../db/gateway/index.ts";

export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

/** The image type its first bytes declare, or null. */
export function sniffImage(data: Buffer): "image/jpeg" | "image/png" | null {
  if (data.length > 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return "image/jpeg";
  if (
    data.length > 8 &&
    data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return "image/png";
  return null;
}

/** Stores the file's photo (JPEG or PNG, at most 2 MB, checked by content). */
export async function setSubjectPhoto({
  ctx,
  actor,
  meta,
  subjectId,
  data,
}: UseCaseArgs & { subjectId: string; data: Buffer }): Promise<void> {
  assertCan(actor, "subject:update");
  const type = sniffImage(data);
  if (!type || data.length > PHOTO_MAX_BYTES) throw new DomainError("PHOTO_INVALID", { size: data.length });
  await inTransaction(ctx, actor, meta, async (gw) => {
    const subjects = new SubjectRepository(gw);
    const current = await subjects.findForChange(subjectId);
    const fileId = await new FileRepository(gw).insert(type, data);
    await subjects.setPhoto(current, fileId);
  });
}
