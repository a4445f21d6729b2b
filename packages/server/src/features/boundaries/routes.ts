import { getBoundary } from "./get-boundary.ts";
import { listBoundaries } from "./list-boundaries.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentBoundaryFeature } from "./boundary-presenter.ts";
import { responses } from "../../http/schema-parts.ts";
import { boundaryFeatureSchema, boundaryParams, divisionListSchema, listBoundariesQuery } from "./schemas.ts";

/** The shipped data changes only with a release: browsers may keep it (per user) for a day. */
const CACHE = "private, max-age=86400, immutable";

/** The shipped county boundaries (GB/T 2260, WGS-84): the map's base layer when no tiles are configured. */
export function boundaryRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["location"];

  app.get(
    "/api/boundaries",
    {
      preHandler,
      schema: {
        tags,
        summary: "行政区划列表（省、市、县）",
        querystring: listBoundariesQuery,
        response: responses({ 200: divisionListSchema }),
      },
    },
    async (req, reply) => {
      const items = listBoundaries({ ...argsOf(ctx, req), parent: req.query.parent });
      return reply.header("cache-control", CACHE).send({ items });
    },
  );

  app.get(
    "/api/boundaries/:code",
    {
      preHandler,
      schema: {
        tags,
        summary: "县级行政区划边界（GeoJSON，WGS-84）",
        params: boundaryParams,
        response: responses({
          200: boundaryFeatureSchema,
          304: { type: "null", description: "未改变（If-None-Match 与 ETag 相同）" },
        }),
      },
    },
    async (req, reply) => {
      const view = getBoundary({ ...argsOf(ctx, req), code: req.params.code });
      const etag = `"${view.county.code}-${view.revision}"`;
      void reply.header("cache-control", CACHE).header("etag", etag);
      // A 304 has no body: `undefined`, which the schema's `null` cannot name.
      if (req.headers["if-none-match"] === etag) return reply.status(304).send(undefined as never);
      return reply.send(presentBoundaryFeature(view));
    },
  );
}
