import type { AppContext } from "../context.ts";
import { pingDatabase } from "../db/database.ts";
import type { RouteApp } from "./route-app.ts";
import { object, oneOf, responses, str } from "./schema-parts.ts";

const healthSchema = object({ status: oneOf(["ok", "unavailable"] as const), database: str });

export function healthRoutes(app: RouteApp, ctx: AppContext): void {
  app.get(
    "/api/health",
    {
      schema: {
        tags: ["system"],
        summary: "服务与数据库状态",
        response: responses({ 200: healthSchema, 503: healthSchema }),
      },
    },
    async (_req, reply) => {
      try {
        await pingDatabase(ctx.database);
        return { status: "ok" as const, database: ctx.database.kind };
      } catch {
        return reply.status(503).send({ status: "unavailable", database: ctx.database.kind });
      }
    },
  );
}
