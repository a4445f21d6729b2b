import type { FastifyInstance } from "fastify";
import { listAbsences } from "./list-absences.ts";
import { recordAbsenceOutcome } from "./record-absence-outcome.ts";
import { reportLossOfContact, type LossOfContactInput } from "./report-loss-of-contact.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentAbsence } from "./absence-presenter.ts";
import { idParams, type IdParams } from "../../http/schema-parts.ts";
import { absenceBody, absenceOutcomeBody } from "./schemas.ts";

/** R-MS-1: loss of contact (脱管): the search opened at once, the police asked to assist, and its outcome. */
export function absenceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["supervision"];

  app.post<{ Params: IdParams; Body: LossOfContactInput }>(
    "/api/subjects/:id/absences",
    { preHandler, schema: { tags, summary: "脱管，启动查找", params: idParams, body: absenceBody } },
    async (req, reply) => {
      const row = await reportLossOfContact({
        ...argsOf(ctx, req),
        subjectId: req.params.id,
        input: req.body,
      });
      return reply.status(201).send(presentAbsence(row));
    },
  );

  app.get<{ Params: IdParams }>(
    "/api/subjects/:id/absences",
    { preHandler, schema: { tags, summary: "脱管记录", params: idParams } },
    async (req) => ({
      items: (await listAbsences({ ...argsOf(ctx, req), subjectId: req.params.id })).map(presentAbsence),
    }),
  );

  app.post<{ Params: IdParams; Body: { foundOn: string; outcome: string } }>(
    "/api/absences/:id/outcome",
    { preHandler, schema: { tags, summary: "脱管查找结果", params: idParams, body: absenceOutcomeBody } },
    async (req) =>
      presentAbsence(
        await recordAbsenceOutcome({ ...argsOf(ctx, req), absenceId: req.params.id, input: req.body }),
      ),
  );
}
