import { listNotices } from "./list-notices.ts";
import { readNotice } from "./read-notice.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentNotice } from "./notice-presenter.ts";
import { idParams, responses } from "../../http/schema-parts.ts";
import { listNoticesQuery, noticePageSchema, noticeSchema } from "./schemas.ts";

/** Notices to the caller's organisation: overdue deadlines and the notifications the law requires. */
export function noticeRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["notices"];

  app.get(
    "/api/notices",
    {
      preHandler,
      schema: {
        tags,
        summary: "通知列表",
        querystring: listNoticesQuery,
        response: responses({ 200: noticePageSchema }),
      },
    },
    async (req) => {
      const { rows, total, unread } = await listNotices({ ...argsOf(ctx, req), query: req.query });
      return { items: rows.map(presentNotice), total, unread };
    },
  );

  app.post(
    "/api/notices/:id/read",
    {
      preHandler,
      schema: { tags, summary: "标记通知已读", params: idParams, response: responses({ 200: noticeSchema }) },
    },
    async (req) => presentNotice(await readNotice({ ...argsOf(ctx, req), noticeId: req.params.id })),
  );
}
