import { listDeadlines } from "./list-deadlines.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentDeadline } from "./deadline-presenter.ts";
import { responses } from "../../http/schema-parts.ts";
import { deadlinePageSchema, listDeadlinesQuery } from "./schemas.ts";

/** The "due soon / overdue" list of each office and county (docs/API.md "Deadlines and notices"). */
export function deadlineRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);

  app.get(
    "/api/deadlines",
    {
      preHandler,
      schema: {
        tags: ["deadlines"],
        summary: "期限列表（即将到期/已逾期）",
        querystring: listDeadlinesQuery,
        response: responses({ 200: deadlinePageSchema }),
      },
    },
    async (req) => {
      const { rows, total, env } = await listDeadlines({ ...argsOf(ctx, req), query: req.query });
      return { items: rows.map((r) => presentDeadline(r, env.today, env.rules)), total };
    },
  );
}
