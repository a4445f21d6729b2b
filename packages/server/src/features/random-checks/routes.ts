import { listRandomChecks } from "./list-random-checks.ts";
import { requestRandomCheck } from "./request-random-check.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentRandomCheck } from "./random-check-presenter.ts";
import { idParams, responses } from "../../http/schema-parts.ts";
import { randomCheckBody, randomCheckListSchema, randomCheckSchema } from "./schemas.ts";

/** 随机抽查: ask a subject for a photo and location within a deadline. */
export function randomCheckRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["location"];
  app.post(
    "/api/subjects/:id/random-checks",
    {
      preHandler,
      schema: {
        tags,
        summary: "发起随机抽查",
        params: idParams,
        body: randomCheckBody,
        response: responses({ 201: randomCheckSchema }),
      },
    },
    async (req, reply) => {
      const row = await requestRandomCheck({
        ...argsOf(ctx, req),
        subjectId: req.params.id,
        input: req.body,
      });
      return reply.status(201).send(presentRandomCheck(row));
    },
  );
  app.get(
    "/api/subjects/:id/random-checks",
    {
      preHandler,
      schema: {
        tags,
        summary: "随机抽查记录",
        params: idParams,
        response: responses({ 200: randomCheckListSchema }),
      },
    },
    async (req) => ({
      items: (await listRandomChecks({ ...argsOf(ctx, req), subjectId: req.params.id })).map(
        presentRandomCheck,
      ),
    }),
  );
}
