import { confirmCheckIn } from "./confirm-check-in.ts";
import { getCheckInPhoto } from "./get-check-in-photo.ts";
import { listCheckIns } from "./list-check-ins.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentCheckIn } from "./check-in-presenter.ts";
import { idParams, responses } from "../../http/schema-parts.ts";
import { checkInPageSchema, checkInPhoto, checkInSchema, listCheckInsQuery } from "./schemas.ts";

/** The subjects' mobile check-ins as the office sees and confirms them (issue 4, 新打卡). */
export function checkInRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["supervision"];

  app.get(
    "/api/check-ins",
    {
      preHandler,
      schema: {
        tags,
        summary: "手机签到列表（新打卡）",
        querystring: listCheckInsQuery,
        response: responses({ 200: checkInPageSchema }),
      },
    },
    async (req) => {
      const { rows, total } = await listCheckIns({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map(presentCheckIn), total };
    },
  );

  app.post(
    "/api/check-ins/:id/confirm",
    {
      preHandler,
      schema: {
        tags,
        summary: "确认手机签到",
        params: idParams,
        response: responses({ 200: checkInSchema }),
      },
    },
    async (req) => presentCheckIn(await confirmCheckIn({ ...argsOf(ctx, req), checkInId: req.params.id })),
  );

  app.get(
    "/api/check-ins/:id/photo",
    {
      preHandler,
      schema: {
        tags,
        summary: "签到照片",
        params: idParams,
        response: { ...responses({}), 200: checkInPhoto },
      },
    },
    async (req, reply) => {
      const photo = await getCheckInPhoto({ ...argsOf(ctx, req), checkInId: req.params.id });
      return reply.header("cache-control", "private, no-store").type(photo.contentType).send(photo.data);
    },
  );
}
