import { decideSanction } from "./decide-sanction.ts";
import { listSanctions } from "./list-sanctions.ts";
import { listSubjectSanctions } from "./list-subject-sanctions.ts";
import { proposeSanction } from "./propose-sanction.ts";
import { suggestSanctions } from "./suggest-sanctions.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentSanction } from "./sanction-presenter.ts";
import { idParams, responses } from "../../http/schema-parts.ts";
import {
  listSanctionsQuery,
  proposeSanctionBody,
  sanctionDecisionBody,
  sanctionPageSchema,
  sanctionSchema,
  suggestionsSchema,
} from "./schemas.ts";

/** R-SN-1..7: commendations and sanctions, the county's decision, and what the record supports. */
export function sanctionRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["sanctions"];
  const page = responses({ 200: sanctionPageSchema });

  app.post(
    "/api/subjects/:id/sanctions",
    {
      preHandler,
      schema: {
        tags,
        summary: "提请奖惩",
        params: idParams,
        body: proposeSanctionBody,
        response: responses({ 201: sanctionSchema }),
      },
    },
    async (req, reply) => {
      const row = await proposeSanction({ ...argsOf(ctx, req), subjectId: req.params.id, input: req.body });
      return reply.status(201).send(presentSanction(row));
    },
  );

  app.get(
    "/api/subjects/:id/sanctions",
    { preHandler, schema: { tags, summary: "矫正对象的奖惩记录", params: idParams, response: page } },
    async (req) => {
      const rows = await listSubjectSanctions({ ...argsOf(ctx, req), subjectId: req.params.id });
      return { items: rows.map(presentSanction), total: rows.length };
    },
  );

  app.get(
    "/api/subjects/:id/suggestions",
    {
      preHandler,
      schema: {
        tags,
        summary: "按规则提示的奖惩建议",
        params: idParams,
        response: responses({ 200: suggestionsSchema }),
      },
    },
    async (req) => suggestSanctions({ ...argsOf(ctx, req), subjectId: req.params.id }),
  );

  app.get(
    "/api/sanctions",
    {
      preHandler,
      schema: { tags, summary: "奖惩列表（待审批队列）", querystring: listSanctionsQuery, response: page },
    },
    async (req) => {
      const { rows, total } = await listSanctions({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map(presentSanction), total };
    },
  );

  app.post(
    "/api/sanctions/:id/decision",
    {
      preHandler,
      schema: {
        tags,
        summary: "审批奖惩提请",
        params: idParams,
        body: sanctionDecisionBody,
        response: responses({ 200: sanctionSchema }),
      },
    },
    async (req) =>
      presentSanction(
        await decideSanction({ ...argsOf(ctx, req), sanctionId: req.params.id, input: req.body }),
      ),
  );
}
