import { acknowledgeAlert } from "./acknowledge-alert.ts";
import { getLatestPosition } from "../positioning/get-latest-position.ts";
import { getTrajectory } from "../trajectories/get-trajectory.ts";
import { listAlerts } from "./list-alerts.ts";
import { resolveAlert } from "./resolve-alert.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentAlert, presentLatestPosition, presentTrackPoint } from "./alert-presenter.ts";
import { idParams, responses } from "../../http/schema-parts.ts";
import {
  alertPageSchema,
  alertSchema,
  latestPositionSchema,
  listAlertsQuery,
  positionsQuery,
  resolveAlertBody,
  trajectorySchema,
} from "./schemas.ts";

/** The alert queue, its disposition workflow, and the positions of a file (R-PR-3: scoped, audited). */
export function alertRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["location"];
  const one = responses({ 200: alertSchema });

  app.get(
    "/api/alerts",
    {
      preHandler,
      schema: {
        tags,
        summary: "定位报警列表",
        querystring: listAlertsQuery,
        response: responses({ 200: alertPageSchema }),
      },
    },
    async (req) => {
      const { openedFrom, openedTo, ...rest } = req.query;
      const { rows, total } = await listAlerts({
        ...argsOf(ctx, req),
        filter: {
          ...rest,
          ...(openedFrom ? { openedFrom: new Date(openedFrom) } : {}),
          ...(openedTo ? { openedTo: new Date(openedTo) } : {}),
        },
      });
      return { items: rows.map(presentAlert), total };
    },
  );

  app.post(
    "/api/alerts/:id/acknowledge",
    { preHandler, schema: { tags, summary: "签收报警", params: idParams, response: one } },
    async (req) => presentAlert(await acknowledgeAlert({ ...argsOf(ctx, req), alertId: req.params.id })),
  );

  app.post(
    "/api/alerts/:id/resolve",
    {
      preHandler,
      schema: { tags, summary: "处置报警", params: idParams, body: resolveAlertBody, response: one },
    },
    async (req) =>
      presentAlert(await resolveAlert({ ...argsOf(ctx, req), alertId: req.params.id, input: req.body })),
  );

  app.get(
    "/api/subjects/:id/positions",
    {
      preHandler,
      schema: {
        tags,
        summary: "定位轨迹",
        params: idParams,
        querystring: positionsQuery,
        response: responses({ 200: trajectorySchema }),
      },
    },
    async (req) => {
      // By default up to a minute ahead, so that the fix of this very moment is included.
      const to = req.query.to ? new Date(req.query.to) : new Date(ctx.now().getTime() + 60_000);
      const from = req.query.from ? new Date(req.query.from) : new Date(to.getTime() - 86_400_000);
      const t = await getTrajectory({ ...argsOf(ctx, req), subjectId: req.params.id, from, to });
      return { items: t.items.map(presentTrackPoint), total: t.total, downsampled: t.downsampled };
    },
  );

  app.get(
    "/api/subjects/:id/positions/latest",
    {
      preHandler,
      schema: {
        tags,
        summary: "最新位置",
        params: idParams,
        response: responses({ 200: latestPositionSchema }),
      },
    },
    async (req) =>
      presentLatestPosition(await getLatestPosition({ ...argsOf(ctx, req), subjectId: req.params.id })),
  );
}
