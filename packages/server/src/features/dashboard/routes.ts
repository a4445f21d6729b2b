import type { FastifyInstance } from "fastify";
import { getDashboard } from "./get-dashboard.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentDashboard } from "./dashboard-presenter.ts";

export function dashboardRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    "/api/dashboard",
    { preHandler: requireSession(ctx), schema: { tags: ["dashboard"], summary: "工作台统计" } },
    async (req) => presentDashboard(await getDashboard(argsOf(ctx, req))),
  );
}
