import { decidePositioningAuthorization } from "./decide-positioning-authorization.ts";
import { listPositioningAuthorizations } from "./list-positioning-authorizations.ts";
import { proposePositioningAuthorization } from "./propose-positioning-authorization.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentPositioningAuthorization } from "./positioning-presenter.ts";
import { idParams, responses } from "../../http/schema-parts.ts";
import {
  positioningAuthorizationListSchema,
  positioningAuthorizationSchema,
  positioningBody,
  positioningDecisionBody,
} from "./schemas.ts";

/** R-EP-1: authorizations of an electronic positioning device (使用电子定位装置审批), decided by the county head. */
export function positioningRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["location"];

  app.post(
    "/api/subjects/:id/positioning-authorizations",
    {
      preHandler,
      schema: {
        tags,
        summary: "提请使用电子定位装置",
        params: idParams,
        body: positioningBody,
        response: responses({ 201: positioningAuthorizationSchema }),
      },
    },
    async (req, reply) => {
      const row = await proposePositioningAuthorization({
        ...argsOf(ctx, req),
        subjectId: req.params.id,
        input: req.body,
      });
      return reply.status(201).send(presentPositioningAuthorization(row));
    },
  );

  app.get(
    "/api/subjects/:id/positioning-authorizations",
    {
      preHandler,
      schema: {
        tags,
        summary: "使用电子定位装置审批",
        params: idParams,
        response: responses({ 200: positioningAuthorizationListSchema }),
      },
    },
    async (req) => ({
      items: (await listPositioningAuthorizations({ ...argsOf(ctx, req), subjectId: req.params.id })).map(
        presentPositioningAuthorization,
      ),
    }),
  );

  app.post(
    "/api/positioning-authorizations/:id/decision",
    {
      preHandler,
      schema: {
        tags,
        summary: "审批使用电子定位装置",
        params: idParams,
        body: positioningDecisionBody,
        response: responses({ 200: positioningAuthorizationSchema }),
      },
    },
    async (req) =>
      presentPositioningAuthorization(
        await decidePositioningAuthorization({
          ...argsOf(ctx, req),
          authorizationId: req.params.id,
          input: req.body,
        }),
      ),
  );
}
