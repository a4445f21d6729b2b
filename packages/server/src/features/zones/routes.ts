import type { FastifyInstance } from "fastify";
import { createZone, type ZoneInput } from "./create-zone.ts";
import { endZone } from "./end-zone.ts";
import { listZones } from "./list-zones.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentZone } from "./zone-presenter.ts";
import { idParams, type IdParams } from "../../http/schema-parts.ts";
import { zoneBody } from "./schemas.ts";

/** Zones (geofences) of a file: the residence county, leave destinations, court-ban places, curfews. */
export function zoneRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["location"];

  app.get<{ Params: IdParams }>(
    "/api/subjects/:id/zones",
    { preHandler, schema: { tags, summary: "电子围栏", params: idParams } },
    async (req) => ({
      items: (await listZones({ ...argsOf(ctx, req), subjectId: req.params.id })).map(presentZone),
    }),
  );

  app.post<{ Params: IdParams; Body: ZoneInput }>(
    "/api/subjects/:id/zones",
    { preHandler, schema: { tags, summary: "设置电子围栏", params: idParams, body: zoneBody } },
    async (req, reply) => {
      const row = await createZone({ ...argsOf(ctx, req), subjectId: req.params.id, input: req.body });
      return reply.status(201).send(presentZone(row));
    },
  );

  app.delete<{ Params: IdParams }>(
    "/api/zones/:id",
    { preHandler, schema: { tags, summary: "停用电子围栏", params: idParams } },
    async (req) => presentZone(await endZone({ ...argsOf(ctx, req), zoneId: req.params.id })),
  );
}
