import type { FastifyInstance } from "fastify";
import { browseAudit } from "./browse-audit.ts";
import type { AppContext } from "../../context.ts";
import type { AuditFilter } from "../../db/gateway/index.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentAudit } from "../admin/admin-presenter.ts";
import { pageQueryProps } from "../../http/schema-parts.ts";

const browseQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    ...pageQueryProps,
    action: { type: "string", maxLength: 64 },
    actorId: { type: "string", format: "uuid" },
    subjectId: { type: "string", format: "uuid" },
    from: { type: "string", format: "date-time" },
    to: { type: "string", format: "date-time" },
  },
} as const;

export function auditRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get<{ Querystring: AuditFilter }>(
    "/api/audit",
    {
      preHandler: requireSession(ctx),
      schema: { tags: ["audit"], summary: "审计日志", querystring: browseQuery },
    },
    async (req) => {
      const { rows, total } = await browseAudit({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map(presentAudit), total };
    },
  );
}
