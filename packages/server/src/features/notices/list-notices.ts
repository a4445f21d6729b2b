import { assertCan } from "@zhijiao/domain";
import type { FromSchema } from "json-schema-to-ts";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { NoticeRepository, type NoticeRow } from "../../db/gateway/index.ts";
import type { listNoticesQuery } from "./schemas.ts";

export type NoticeListQuery = FromSchema<typeof listNoticesQuery>;

/** The notices addressed to the caller's organisation, newest first, with the unread count. */
export async function listNotices({
  ctx,
  actor,
  meta,
  query,
}: UseCaseArgs & { query: NoticeListQuery }): Promise<{ rows: NoticeRow[]; total: number; unread: number }> {
  assertCan(actor, "notice:list");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const result = await new NoticeRepository(gw).list({
      unreadOnly: query.unread === true,
      page: query.page,
      pageSize: query.pageSize,
    });
    await gw.auditOversightRead("notice.list", "notice", {
      unread: query.unread === true,
      page: query.page,
      pageSize: query.pageSize,
    });
    return result;
  });
}
