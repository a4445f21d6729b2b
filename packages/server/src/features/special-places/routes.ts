import { decideSpecialPlace } from "./decide-special-place.ts";
import { listSpecialPlaceQueue } from "./list-special-place-queue.ts";
import { listSpecialPlaces } from "./list-special-places.ts";
import { requestSpecialPlace } from "./request-special-place.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentSpecialPlace } from "./special-place-presenter.ts";
import { idParams, responses } from "../../http/schema-parts.ts";
import {
  listSpecialPlacesQuery,
  specialPlaceBody,
  specialPlaceDecisionBody,
  specialPlaceListSchema,
  specialPlaceQueueSchema,
  specialPlaceSchema,
} from "./schemas.ts";

/** R-LV-4: requests to enter a place a court ban restricts (进入特定场所), decided by the county. */
export function specialPlaceRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["leave"];

  app.post(
    "/api/subjects/:id/special-places",
    {
      preHandler,
      schema: {
        tags,
        summary: "申请进入特定场所",
        params: idParams,
        body: specialPlaceBody,
        response: responses({ 201: specialPlaceSchema }),
      },
    },
    async (req, reply) => {
      const row = await requestSpecialPlace({
        ...argsOf(ctx, req),
        subjectId: req.params.id,
        input: req.body,
      });
      return reply.status(201).send(presentSpecialPlace(row));
    },
  );

  app.get(
    "/api/subjects/:id/special-places",
    {
      preHandler,
      schema: {
        tags,
        summary: "进入特定场所申请",
        params: idParams,
        response: responses({ 200: specialPlaceListSchema }),
      },
    },
    async (req) => ({
      items: (await listSpecialPlaces({ ...argsOf(ctx, req), subjectId: req.params.id })).map(
        presentSpecialPlace,
      ),
    }),
  );

  app.get(
    "/api/special-places",
    {
      preHandler,
      schema: {
        tags,
        summary: "进入特定场所申请列表（待审批队列）",
        querystring: listSpecialPlacesQuery,
        response: responses({ 200: specialPlaceQueueSchema }),
      },
    },
    async (req) => {
      const { rows, total } = await listSpecialPlaceQueue({ ...argsOf(ctx, req), filter: req.query });
      return {
        items: rows.map((r) => ({
          ...presentSpecialPlace(r),
          subjectName: r.subject_name,
          officeId: r.office_id,
          officeName: r.office_name,
        })),
        total,
      };
    },
  );

  app.post(
    "/api/special-places/:id/decision",
    {
      preHandler,
      schema: {
        tags,
        summary: "审批进入特定场所",
        params: idParams,
        body: specialPlaceDecisionBody,
        response: responses({ 200: specialPlaceSchema }),
      },
    },
    async (req) =>
      presentSpecialPlace(
        await decideSpecialPlace({ ...argsOf(ctx, req), requestId: req.params.id, input: req.body }),
      ),
  );
}
