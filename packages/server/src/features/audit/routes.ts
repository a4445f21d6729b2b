import { browseAudit } from "./browse-audit.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { responses } from "../../http/schema-parts.ts";
import { presentAudit } from "../admin/admin-presenter.ts";
import { auditPageSchema, browseAuditQuery } from "./schemas.ts";

export function auditRoutes(app: RouteApp, ctx: AppContext): void {
  app.get(
    "/api/audit",
    {
      preHandler: requireSession(ctx),
      schema: {
        tags: ["audit"],
        summary: "审计日志",
        querystring: browseAuditQuery,
        response: responses({ 200: auditPageSchema }),
      },
    },
    async (req) => {
      const { rows, total } = await browseAudit({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map(presentAudit), total };
    },
  );
}
