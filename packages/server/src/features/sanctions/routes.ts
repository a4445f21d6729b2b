import type { FastifyInstance } from "fastify";
import { decideSanction } from "./decide-sanction.ts";
import { listSanctions } from "./list-sanctions.ts";
import { listSubjectSanctions } from "./list-subject-sanctions.ts";
import { proposeSanction, type SanctionProposalInput } from "./propose-sanction.ts";
import { suggestSanctions } from "./suggest-sanctions.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentSanction } from "./sanction-presenter.ts";
import { idParams, type IdParams, type PageQuery } from "../../http/schema-parts.ts";
import { listSanctionsQuery, proposeSanctionBody, sanctionDecisionBody } from "./schemas.ts";

/** R-SN-1..7: commendations and sanctions, the county's decision, and what the record supports. */
export function sanctionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["sanctions"];

  app.post<{ Params: IdParams; Body: SanctionProposalInput }>(
    "/api/subjects/:id/sanctions",
    { preHandler, schema: { tags, summary: "提请奖惩", params: idParams, body: proposeSanctionBody } },
    async (req, reply) => {
      const row = await proposeSanction({ ...argsOf(ctx, req), subjectId: req.params.id, input: req.body });
      return reply.status(201).send(presentSanction(row));
    },
  );

  app.get<{ Params: IdParams }>(
    "/api/subjects/:id/sanctions",
    { preHandler, schema: { tags, summary: "矫正对象的奖惩记录", params: idParams } },
    async (req) => {
      const rows = await listSubjectSanctions({ ...argsOf(ctx, req), subjectId: req.params.id });
      return { items: rows.map(presentSanction), total: rows.length };
    },
  );

  app.get<{ Params: IdParams }>(
    "/api/subjects/:id/suggestions",
    { preHandler, schema: { tags, summary: "按规则提示的奖惩建议", params: idParams } },
    async (req) => suggestSanctions({ ...argsOf(ctx, req), subjectId: req.params.id }),
  );

  app.get<{ Querystring: PageQuery & { status?: string } }>(
    "/api/sanctions",
    { preHandler, schema: { tags, summary: "奖惩列表（待审批队列）", querystring: listSanctionsQuery } },
    async (req) => {
      const { rows, total } = await listSanctions({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map(presentSanction), total };
    },
  );

  app.post<{ Params: IdParams; Body: { approve: boolean; comment?: string } }>(
    "/api/sanctions/:id/decision",
    { preHandler, schema: { tags, summary: "审批奖惩提请", params: idParams, body: sanctionDecisionBody } },
    async (req) =>
      presentSanction(
        await decideSanction({ ...argsOf(ctx, req), sanctionId: req.params.id, input: req.body }),
      ),
  );
}
