import type { FastifyInstance } from "fastify";
import type { AppContext } from "../context.ts";
import { pingDatabase } from "../db/database.ts";

export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    "/api/health",
    { schema: { tags: ["system"], summary: "服务与数据库状态" } },
    async (_req, reply) => {
      try {
        await pingDatabase(ctx.database);
        return { status: "ok", database: ctx.database.kind };
      } catch {
        return reply.status(503).send({ status: "unavailable", database: ctx.database.kind });
      }
    },
  );
}
