import type { FastifyInstance } from "fastify";
import { applyTransfer, type TransferApplication } from "./apply-transfer.ts";
import { confirmTransferArrival } from "./confirm-transfer-arrival.ts";
import { consultTransfer } from "./consult-transfer.ts";
import { decideTransfer } from "./decide-transfer.ts";
import { getTransfer } from "./get-transfer.ts";
import { listTransferDestinations } from "./list-transfer-destinations.ts";
import { listTransfers } from "./list-transfers.ts";
import { moveTransferFiles } from "./move-transfer-files.ts";
import { replyTransfer, type TransferReply } from "./reply-transfer.ts";
import { withdrawTransfer } from "./withdraw-transfer.ts";
import type { AppContext } from "../../context.ts";
import type { TransferListFilter } from "../../db/gateway/index.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentTransfer } from "./transfer-presenter.ts";
import { idParams, type IdParams } from "../../http/schema-parts.ts";
import {
  applyTransferBody,
  arrivalBody,
  consultationBody,
  decisionBody,
  filesMovedBody,
  listTransfersQuery,
  replyBody,
  withdrawalBody,
} from "./schemas.ts";

/** R-TR-1: change of the place of execution (执行地变更), step by step. */
export function transferRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["transfers"];

  app.post<{ Params: IdParams; Body: TransferApplication }>(
    "/api/subjects/:id/transfers",
    {
      preHandler,
      schema: { tags, summary: "申请变更执行地", params: idParams, body: applyTransferBody },
    },
    async (req, reply) => {
      const row = await applyTransfer({ ...argsOf(ctx, req), subjectId: req.params.id, input: req.body });
      return reply.status(201).send(presentTransfer(row));
    },
  );

  app.get<{ Querystring: TransferListFilter }>(
    "/api/transfers",
    { preHandler, schema: { tags, summary: "执行地变更列表", querystring: listTransfersQuery } },
    async (req) => {
      const { rows, total } = await listTransfers({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map(presentTransfer), total };
    },
  );

  app.get<{ Querystring: { q?: string } }>(
    "/api/transfers/destinations",
    {
      preHandler,
      schema: {
        tags,
        summary: "可变更至的其他县（市、区）司法所",
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: { q: { type: "string", maxLength: 30 } },
        },
      },
    },
    async (req) => ({ items: await listTransferDestinations({ ...argsOf(ctx, req), q: req.query.q }) }),
  );

  app.get<{ Params: IdParams }>(
    "/api/transfers/:id",
    { preHandler, schema: { tags, summary: "执行地变更详情", params: idParams } },
    async (req) => presentTransfer(await getTransfer({ ...argsOf(ctx, req), transferId: req.params.id })),
  );

  app.post<{ Params: IdParams; Body: { consultedOn: string } }>(
    "/api/transfers/:id/consultation",
    {
      preHandler,
      schema: { tags, summary: "书面征求新执行地意见", params: idParams, body: consultationBody },
    },
    async (req) =>
      presentTransfer(
        await consultTransfer({ ...argsOf(ctx, req), transferId: req.params.id, input: req.body }),
      ),
  );

  app.post<{ Params: IdParams; Body: TransferReply }>(
    "/api/transfers/:id/reply",
    { preHandler, schema: { tags, summary: "新执行地回复意见", params: idParams, body: replyBody } },
    async (req) =>
      presentTransfer(
        await replyTransfer({ ...argsOf(ctx, req), transferId: req.params.id, input: req.body }),
      ),
  );

  app.post<{ Params: IdParams; Body: { decidedOn: string; approved: boolean } }>(
    "/api/transfers/:id/decision",
    {
      preHandler,
      schema: { tags, summary: "作出执行地变更决定", params: idParams, body: decisionBody },
    },
    async (req) =>
      presentTransfer(
        await decideTransfer({ ...argsOf(ctx, req), transferId: req.params.id, input: req.body }),
      ),
  );

  app.post<{ Params: IdParams; Body: { movedOn: string } }>(
    "/api/transfers/:id/files-moved",
    {
      preHandler,
      schema: { tags, summary: "移交档案材料", params: idParams, body: filesMovedBody },
    },
    async (req) =>
      presentTransfer(
        await moveTransferFiles({ ...argsOf(ctx, req), transferId: req.params.id, input: req.body }),
      ),
  );

  app.post<{ Params: IdParams; Body: { reportedOn: string } }>(
    "/api/transfers/:id/arrival",
    {
      preHandler,
      schema: { tags, summary: "到新执行地报到", params: idParams, body: arrivalBody },
    },
    async (req) =>
      presentTransfer(
        await confirmTransferArrival({ ...argsOf(ctx, req), transferId: req.params.id, input: req.body }),
      ),
  );

  app.post<{ Params: IdParams; Body: { reason: string } }>(
    "/api/transfers/:id/withdrawal",
    {
      preHandler,
      schema: { tags, summary: "撤回执行地变更申请", params: idParams, body: withdrawalBody },
    },
    async (req) =>
      presentTransfer(
        await withdrawTransfer({ ...argsOf(ctx, req), transferId: req.params.id, input: req.body }),
      ),
  );
}
