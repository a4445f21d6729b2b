import { applyTransfer } from "./apply-transfer.ts";
import { confirmTransferArrival } from "./confirm-transfer-arrival.ts";
import { consultTransfer } from "./consult-transfer.ts";
import { decideTransfer } from "./decide-transfer.ts";
import { getTransfer } from "./get-transfer.ts";
import { listTransferDestinations } from "./list-transfer-destinations.ts";
import { listTransfers } from "./list-transfers.ts";
import { moveTransferFiles } from "./move-transfer-files.ts";
import { replyTransfer } from "./reply-transfer.ts";
import { withdrawTransfer } from "./withdraw-transfer.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentTransfer } from "./transfer-presenter.ts";
import { idParams, responses } from "../../http/schema-parts.ts";
import {
  applyTransferBody,
  arrivalBody,
  consultationBody,
  decisionBody,
  destinationsQuery,
  filesMovedBody,
  listTransfersQuery,
  replyBody,
  transferDestinationsSchema,
  transferPageSchema,
  transferSchema,
  withdrawalBody,
} from "./schemas.ts";

/** R-TR-1: change of the place of execution (执行地变更), step by step. */
export function transferRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["transfers"];
  const one = responses({ 200: transferSchema });

  app.post(
    "/api/subjects/:id/transfers",
    {
      preHandler,
      schema: {
        tags,
        summary: "申请变更执行地",
        params: idParams,
        body: applyTransferBody,
        response: responses({ 201: transferSchema }),
      },
    },
    async (req, reply) => {
      const row = await applyTransfer({ ...argsOf(ctx, req), subjectId: req.params.id, input: req.body });
      return reply.status(201).send(presentTransfer(row));
    },
  );

  app.get(
    "/api/transfers",
    {
      preHandler,
      schema: {
        tags,
        summary: "执行地变更列表",
        querystring: listTransfersQuery,
        response: responses({ 200: transferPageSchema }),
      },
    },
    async (req) => {
      const { rows, total } = await listTransfers({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map(presentTransfer), total };
    },
  );

  app.get(
    "/api/transfers/destinations",
    {
      preHandler,
      schema: {
        tags,
        summary: "可变更至的其他县（市、区）司法所",
        querystring: destinationsQuery,
        response: responses({ 200: transferDestinationsSchema }),
      },
    },
    async (req) => ({ items: await listTransferDestinations({ ...argsOf(ctx, req), q: req.query.q }) }),
  );

  app.get(
    "/api/transfers/:id",
    { preHandler, schema: { tags, summary: "执行地变更详情", params: idParams, response: one } },
    async (req) => presentTransfer(await getTransfer({ ...argsOf(ctx, req), transferId: req.params.id })),
  );

  app.post(
    "/api/transfers/:id/consultation",
    {
      preHandler,
      schema: {
        tags,
        summary: "书面征求新执行地意见",
        params: idParams,
        body: consultationBody,
        response: one,
      },
    },
    async (req) =>
      presentTransfer(
        await consultTransfer({ ...argsOf(ctx, req), transferId: req.params.id, input: req.body }),
      ),
  );

  app.post(
    "/api/transfers/:id/reply",
    {
      preHandler,
      schema: { tags, summary: "新执行地回复意见", params: idParams, body: replyBody, response: one },
    },
    async (req) =>
      presentTransfer(
        await replyTransfer({ ...argsOf(ctx, req), transferId: req.params.id, input: req.body }),
      ),
  );

  app.post(
    "/api/transfers/:id/decision",
    {
      preHandler,
      schema: { tags, summary: "作出执行地变更决定", params: idParams, body: decisionBody, response: one },
    },
    async (req) =>
      presentTransfer(
        await decideTransfer({ ...argsOf(ctx, req), transferId: req.params.id, input: req.body }),
      ),
  );

  app.post(
    "/api/transfers/:id/files-moved",
    {
      preHandler,
      schema: { tags, summary: "移交档案材料", params: idParams, body: filesMovedBody, response: one },
    },
    async (req) =>
      presentTransfer(
        await moveTransferFiles({ ...argsOf(ctx, req), transferId: req.params.id, input: req.body }),
      ),
  );

  app.post(
    "/api/transfers/:id/arrival",
    {
      preHandler,
      schema: { tags, summary: "到新执行地报到", params: idParams, body: arrivalBody, response: one },
    },
    async (req) =>
      presentTransfer(
        await confirmTransferArrival({ ...argsOf(ctx, req), transferId: req.params.id, input: req.body }),
      ),
  );

  app.post(
    "/api/transfers/:id/withdrawal",
    {
      preHandler,
      schema: { tags, summary: "撤回执行地变更申请", params: idParams, body: withdrawalBody, response: one },
    },
    async (req) =>
      presentTransfer(
        await withdrawTransfer({ ...argsOf(ctx, req), transferId: req.params.id, input: req.body }),
      ),
  );
}
