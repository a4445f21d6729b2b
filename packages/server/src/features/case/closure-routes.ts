import { archiveSubject } from "./archive-subject.ts";
import { getCase } from "./get-case.ts";
import { prepareRelease } from "./prepare-release.ts";
import { releaseSubject } from "./release-subject.ts";
import { terminateSubject } from "./terminate-subject.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentCase } from "./case-presenter.ts";
import { presentCaseEvent } from "./case-event-presenter.ts";
import { idParams, responses } from "../../http/schema-parts.ts";
import { caseEventSchema, caseViewSchema } from "./case-view-schemas.ts";
import { archiveBody, releaseBody, releasePreparationBody, terminationBody } from "./closure-schemas.ts";

/** The end of a case: release preparation, release, termination and archive (R-RL-1, R-TM-1, R-PR-1). */
export function closureRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["case"];
  const caseView = responses({ 200: caseViewSchema });
  const view = async (args: ReturnType<typeof argsOf>, subjectId: string) =>
    presentCase(await getCase({ ...args, subjectId }));

  app.post(
    "/api/subjects/:id/release-preparation",
    {
      preHandler,
      schema: {
        tags,
        summary: "解矫准备（个人总结与鉴定）",
        params: idParams,
        body: releasePreparationBody,
        response: responses({ 201: caseEventSchema }),
      },
    },
    async (req, reply) => {
      const event = await prepareRelease({ ...argsOf(ctx, req), subjectId: req.params.id, input: req.body });
      return reply.status(201).send(presentCaseEvent(event));
    },
  );

  app.post(
    "/api/subjects/:id/release",
    {
      preHandler,
      schema: { tags, summary: "解除社区矫正", params: idParams, body: releaseBody, response: caseView },
    },
    async (req) => {
      const args = argsOf(ctx, req);
      await releaseSubject({ ...args, subjectId: req.params.id, input: req.body });
      return view(args, req.params.id);
    },
  );

  app.post(
    "/api/subjects/:id/termination",
    {
      preHandler,
      schema: { tags, summary: "终止社区矫正", params: idParams, body: terminationBody, response: caseView },
    },
    async (req) => {
      const args = argsOf(ctx, req);
      await terminateSubject({ ...args, subjectId: req.params.id, input: req.body });
      return view(args, req.params.id);
    },
  );

  app.post(
    "/api/subjects/:id/archive",
    {
      preHandler,
      schema: { tags, summary: "归档", params: idParams, body: archiveBody, response: caseView },
    },
    async (req) => {
      const args = argsOf(ctx, req);
      await archiveSubject({ ...args, subjectId: req.params.id });
      return view(args, req.params.id);
    },
  );
}
