import { listCourtBans } from "./list-court-bans.ts";
import { setCourtBan } from "./set-court-ban.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentCourtBan } from "./court-ban-presenter.ts";
import { idParams, responses } from "../../http/schema-parts.ts";
import { courtBanBody, courtBanListSchema, courtBanSchema } from "./schemas.ts";

/** R-LV-5: court bans (禁止令) on a file. */
export function courtBanRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["leave"];

  app.post(
    "/api/subjects/:id/court-bans",
    {
      preHandler,
      schema: {
        tags,
        summary: "登记禁止令",
        params: idParams,
        body: courtBanBody,
        response: responses({ 201: courtBanSchema }),
      },
    },
    async (req, reply) => {
      const row = await setCourtBan({ ...argsOf(ctx, req), subjectId: req.params.id, input: req.body });
      return reply.status(201).send(presentCourtBan(row));
    },
  );

  app.get(
    "/api/subjects/:id/court-bans",
    {
      preHandler,
      schema: { tags, summary: "禁止令", params: idParams, response: responses({ 200: courtBanListSchema }) },
    },
    async (req) => ({
      items: (await listCourtBans({ ...argsOf(ctx, req), subjectId: req.params.id })).map(presentCourtBan),
    }),
  );
}
