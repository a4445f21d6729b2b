import { createZone } from "./create-zone.ts";
import { endZone } from "./end-zone.ts";
import { listZones } from "./list-zones.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentZone } from "./zone-presenter.ts";
import { idParams, responses } from "../../http/schema-parts.ts";
import { zoneBody, zoneListSchema, zoneSchema } from "./schemas.ts";

/** Zones (geofences) of a file: the residence county, leave destinations, court-ban places, curfews. */
export function zoneRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["location"];

  app.get(
    "/api/subjects/:id/zones",
    {
      preHandler,
      schema: { tags, summary: "电子围栏", params: idParams, response: responses({ 200: zoneListSchema }) },
    },
    async (req) => ({
      items: (await listZones({ ...argsOf(ctx, req), subjectId: req.params.id })).map(presentZone),
    }),
  );

  app.post(
    "/api/subjects/:id/zones",
    {
      preHandler,
      schema: {
        tags,
        summary: "设置电子围栏",
        params: idParams,
        body: zoneBody,
        response: responses({ 201: zoneSchema }),
      },
    },
    async (req, reply) => {
      const row = await createZone({ ...argsOf(ctx, req), subjectId: req.params.id, input: req.body });
      return reply.status(201).send(presentZone(row));
    },
  );

  app.delete(
    "/api/zones/:id",
    {
      preHandler,
      schema: { tags, summary: "停用电子围栏", params: idParams, response: responses({ 200: zoneSchema }) },
    },
    async (req) => presentZone(await endZone({ ...argsOf(ctx, req), zoneId: req.params.id })),
  );
}
