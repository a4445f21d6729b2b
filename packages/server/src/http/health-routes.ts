import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import type { AppContext } from "../context.ts";

export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    "/api/health",
    { schema: { tags: ["system"], summary: "服务与数据库状态" } },
    async (_req, reply) => {
      try {
        await sql`select 1`.execute(ctx.database.db);
        return { status: "ok", database: ctx.database.kind };
      } catch {
        return reply.status(503).send({ status: "unavailable", database: ctx.database.kind });
      }
    },
  );
}
