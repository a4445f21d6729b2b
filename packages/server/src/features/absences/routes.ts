import { listAbsences } from "./list-absences.ts";
import { recordAbsenceOutcome } from "./record-absence-outcome.ts";
import { reportLossOfContact } from "./report-loss-of-contact.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentAbsence } from "./absence-presenter.ts";
import { idParams, responses } from "../../http/schema-parts.ts";
import { absenceBody, absenceListSchema, absenceOutcomeBody, absenceSchema } from "./schemas.ts";

/** R-MS-1: loss of contact (脱管): the search opened at once, the police asked to assist, and its outcome. */
export function absenceRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["supervision"];

  app.post(
    "/api/subjects/:id/absences",
    {
      preHandler,
      schema: {
        tags,
        summary: "脱管，启动查找",
        params: idParams,
        body: absenceBody,
        response: responses({ 201: absenceSchema }),
      },
    },
    async (req, reply) => {
      const row = await reportLossOfContact({
        ...argsOf(ctx, req),
        subjectId: req.params.id,
        input: req.body,
      });
      return reply.status(201).send(presentAbsence(row));
    },
  );

  app.get(
    "/api/subjects/:id/absences",
    {
      preHandler,
      schema: {
        tags,
        summary: "脱管记录",
        params: idParams,
        response: responses({ 200: absenceListSchema }),
      },
    },
    async (req) => ({
      items: (await listAbsences({ ...argsOf(ctx, req), subjectId: req.params.id })).map(presentAbsence),
    }),
  );

  app.post(
    "/api/absences/:id/outcome",
    {
      preHandler,
      schema: {
        tags,
        summary: "脱管查找结果",
        params: idParams,
        body: absenceOutcomeBody,
        response: responses({ 200: absenceSchema }),
      },
    },
    async (req) =>
      presentAbsence(
        await recordAbsenceOutcome({ ...argsOf(ctx, req), absenceId: req.params.id, input: req.body }),
      ),
  );
}
