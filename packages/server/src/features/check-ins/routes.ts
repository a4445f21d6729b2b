import type { FastifyInstance } from "fastify";
import { confirmCheckIn } from "./confirm-check-in.ts";
import { getCheckInPhoto } from "./get-check-in-photo.ts";
import { listCheckIns } from "./list-check-ins.ts";
import type { AppContext } from "../../context.ts";
import type { CheckInStatus } from "../../db/gateway/index.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentCheckIn } from "./check-in-presenter.ts";
import { idParams, type IdParams, type PageQuery } from "../../http/schema-parts.ts";
import { listCheckInsQuery } from "./schemas.ts";

/** The subjects' mobile check-ins as the office sees and confirms them (issue 4, 新打卡). */
export function checkInRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["supervision"];

  app.get<{ Querystring: PageQuery & { status?: CheckInStatus } }>(
    "/api/check-ins",
    { preHandler, schema: { tags, summary: "手机签到列表（新打卡）", querystring: listCheckInsQuery } },
    async (req) => {
      const { rows, total } = await listCheckIns({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map(presentCheckIn), total };
    },
  );

  app.post<{ Params: IdParams }>(
    "/api/check-ins/:id/confirm",
    { preHandler, schema: { tags, summary: "确认手机签到", params: idParams } },
    async (req) => presentCheckIn(await confirmCheckIn({ ...argsOf(ctx, req), checkInId: req.params.id })),
  );

  app.get<{ Params: IdParams }>(
    "/api/check-ins/:id/photo",
    { preHandler, schema: { tags, summary: "签到照片", params: idParams } },
    async (req, reply) => {
      const photo = await getCheckInPhoto({ ...argsOf(ctx, req), checkInId: req.params.id });
      return reply.header("cache-control", "private, no-store").type(photo.contentType).send(photo.data);
    },
  );
}
