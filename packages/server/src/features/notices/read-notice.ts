import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { NoticeRepository, type NoticeRow } from "../../db/gateway/index.ts";

/** Marks a notice of the caller's organisation as read (404 for anyone else's). */
export async function readNotice({
  ctx,
  actor,
  meta,
  noticeId,
}: UseCaseArgs & { noticeId: string }): Promise<NoticeRow> {
  assertCan(actor, "notice:list");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const row = await new NoticeRepository(gw).markRead(noticeId);
    await gw.audit({
      action: "notice.read",
      resourceType: "notice",
      resourceId: row.id,
      subjectId: row.subject_id,
      place: { countyId: actor.org.countyId, cityId: actor.org.cityId, provinceId: actor.org.provinceId },
      details: { kind: row.kind },
    });
    return row;
  });
}
