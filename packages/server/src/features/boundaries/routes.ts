import type { FastifyInstance } from "fastify";
import { getBoundary } from "./get-boundary.ts";
import { listBoundaries } from "./list-boundaries.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentBoundaryFeature } from "./boundary-presenter.ts";
import { boundaryParams, listBoundariesQuery } from "./schemas.ts";

/** The shipped data changes only with a release: browsers may keep it (per user) for a day. */
const CACHE = "private, max-age=86400, immutable";

/** The shipped county boundaries (GB/T 2260, WGS-84): the map's base layer when no tiles are configured. */
export function boundaryRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["location"];

  app.get<{ Querystring: { parent?: string } }>(
    "/api/boundaries",
    { preHandler, schema: { tags, summary: "行政区划列表（省、市、县）", querystring: listBoundariesQuery } },
    async (req, reply) => {
      const items = listBoundaries({ ...argsOf(ctx, req), parent: req.query.parent });
      return reply.header("cache-control", CACHE).send({ items });
    },
  );

  app.get<{ Params: { code: string } }>(
    "/api/boundaries/:code",
    { preHandler, schema: { tags, summary: "县级行政区划边界（GeoJSON，WGS-84）", params: boundaryParams } },
    async (req, reply) => {
      const view = getBoundary({ ...argsOf(ctx, req), code: req.params.code });
      const etag = `"${view.county.code}-${view.revision}"`;
      void reply.header("cache-control", CACHE).header("etag", etag);
      if (req.headers["if-none-match"] === etag) return reply.status(304).send();
      return reply.send(presentBoundaryFeature(view));
    },
  );
}
