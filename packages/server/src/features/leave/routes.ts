import type { FastifyInstance } from "fastify";
import { decideLeave } from "./decide-leave.ts";
import { getLeaveRequest } from "./get-leave-request.ts";
import { listLeaveRequests } from "./list-leave-requests.ts";
import { recordLeaveReturn } from "./record-leave-return.ts";
import { requestLeave, type LeaveApplicationInput } from "./request-leave.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentLeaveRequest } from "./leave-request-presenter.ts";
import { idParams, type IdParams, type PageQuery } from "../../http/schema-parts.ts";
import { leaveDecisionBody, leaveReturnBody, listLeaveQuery, requestLeaveBody } from "./schemas.ts";

type ListQuery = PageQuery & { status?: string };

/** R-LV-1/2/3: leave (外出) requests, their decision at the level R-LV-2 names, and the return (销假). */
export function leaveRequestRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["leave"];

  app.post<{ Params: IdParams; Body: LeaveApplicationInput }>(
    "/api/subjects/:id/leave-requests",
    { preHandler, schema: { tags, summary: "外出申请", params: idParams, body: requestLeaveBody } },
    async (req, reply) => {
      const row = await requestLeave({ ...argsOf(ctx, req), subjectId: req.params.id, input: req.body });
      return reply.status(201).send(presentLeaveRequest(row));
    },
  );

  app.get<{ Params: IdParams; Querystring: ListQuery }>(
    "/api/subjects/:id/leave-requests",
    {
      preHandler,
      schema: { tags, summary: "矫正对象的外出申请", params: idParams, querystring: listLeaveQuery },
    },
    async (req) => {
      const { rows, total } = await listLeaveRequests({
        ...argsOf(ctx, req),
        filter: { ...req.query, subjectId: req.params.id },
      });
      return { items: rows.map(presentLeaveRequest), total };
    },
  );

  app.get<{ Querystring: ListQuery }>(
    "/api/leave-requests",
    { preHandler, schema: { tags, summary: "外出申请列表", querystring: listLeaveQuery } },
    async (req) => {
      const { rows, total } = await listLeaveRequests({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map(presentLeaveRequest), total };
    },
  );

  app.get<{ Params: IdParams }>(
    "/api/leave-requests/:id",
    { preHandler, schema: { tags, summary: "查阅外出申请", params: idParams } },
    async (req) =>
      presentLeaveRequest(await getLeaveRequest({ ...argsOf(ctx, req), leaveRequestId: req.params.id })),
  );

  app.post<{ Params: IdParams; Body: { approve: boolean; comment?: string } }>(
    "/api/leave-requests/:id/decision",
    { preHandler, schema: { tags, summary: "审批外出申请", params: idParams, body: leaveDecisionBody } },
    async (req) =>
      presentLeaveRequest(
        await decideLeave({ ...argsOf(ctx, req), leaveRequestId: req.params.id, input: req.body }),
      ),
  );

  app.post<{ Params: IdParams; Body: { returnedOn: string } }>(
    "/api/leave-requests/:id/return",
    { preHandler, schema: { tags, summary: "外出返回销假", params: idParams, body: leaveReturnBody } },
    async (req) =>
      presentLeaveRequest(
        await recordLeaveReturn({ ...argsOf(ctx, req), leaveRequestId: req.params.id, input: req.body }),
      ),
  );
}
