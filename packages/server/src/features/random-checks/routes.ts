import type { FastifyInstance } from "fastify";
import { listRandomChecks } from "./list-random-checks.ts";
import { requestRandomCheck, type RandomCheckInput } from "./request-random-check.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentRandomCheck } from "./random-check-presenter.ts";
import { idParams, type IdParams } from "../../http/schema-parts.ts";
import { randomCheckBody } from "./schemas.ts";

/** 随机抽查: ask a subject for a photo and location within a deadline. */
export function randomCheckRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["location"];
  app.post<{ Params: IdParams; Body: RandomCheckInput }>(
    "/api/subjects/:id/random-checks",
    { preHandler, schema: { tags, summary: "发起随机抽查", params: idParams, body: randomCheckBody } },
    async (req, reply) => {
      const row = await requestRandomCheck({
        ...argsOf(ctx, req),
        subjectId: req.params.id,
        input: req.body,
      });
      return reply.status(201).send(presentRandomCheck(row));
    },
  );
  app.get<{ Params: IdParams }>(
    "/api/subjects/:id/random-checks",
    { preHandler, schema: { tags, summary: "随机抽查记录", params: idParams } },
    async (req) => ({
      items: (await listRandomChecks({ ...argsOf(ctx, req), subjectId: req.params.id })).map(
        presentRandomCheck,
      ),
    }),
  );
}
