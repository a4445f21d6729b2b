import type { FastifyInstance } from "fastify";
import { listCourtBans } from "./list-court-bans.ts";
import { setCourtBan, type CourtBanInput } from "./set-court-ban.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentCourtBan } from "./court-ban-presenter.ts";
import { idParams, type IdParams } from "../../http/schema-parts.ts";
import { courtBanBody } from "./schemas.ts";

/** R-LV-5: court bans (禁止令) on a file. */
export function courtBanRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["leave"];

  app.post<{ Params: IdParams; Body: CourtBanInput }>(
    "/api/subjects/:id/court-bans",
    { preHandler, schema: { tags, summary: "登记禁止令", params: idParams, body: courtBanBody } },
    async (req, reply) => {
      const row = await setCourtBan({ ...argsOf(ctx, req), subjectId: req.params.id, input: req.body });
      return reply.status(201).send(presentCourtBan(row));
    },
  );

  app.get<{ Params: IdParams }>(
    "/api/subjects/:id/court-bans",
    { preHandler, schema: { tags, summary: "禁止令", params: idParams } },
    async (req) => ({
      items: (await listCourtBans({ ...argsOf(ctx, req), subjectId: req.params.id })).map(presentCourtBan),
    }),
  );
}
