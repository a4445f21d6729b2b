import { getDashboard } from "./get-dashboard.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { responses } from "../../http/schema-parts.ts";
import { presentDashboard } from "./dashboard-presenter.ts";
import { dashboardSchema } from "./schemas.ts";

export function dashboardRoutes(app: RouteApp, ctx: AppContext): void {
  app.get(
    "/api/dashboard",
    {
      preHandler: requireSession(ctx),
      schema: { tags: ["dashboard"], summary: "工作台统计", response: responses({ 200: dashboardSchema }) },
    },
    async (req) => presentDashboard(await getDashboard(argsOf(ctx, req))),
  );
}
