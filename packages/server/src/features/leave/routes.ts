import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { idParams, responses } from "../../http/schema-parts.ts";
import { decideLeave } from "./decide-leave.ts";
import { getLeaveRequest } from "./get-leave-request.ts";
import { presentLeaveRequest } from "./leave-request-presenter.ts";
import { listLeaveRequests } from "./list-leave-requests.ts";
import { recordLeaveReturn } from "./record-leave-return.ts";
import { requestLeave } from "./request-leave.ts";
import {
  leaveDecisionBody,
  leaveRequestPageSchema,
  leaveRequestSchema,
  leaveReturnBody,
  listLeaveQuery,
  requestLeaveBody,
} from "./schemas.ts";

/** R-LV-1/2/3: leave (外出) requests, their decision at the level R-LV-2 names, and the return (销假). */
export function leaveRequestRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["leave"];
  const one = responses({ 200: leaveRequestSchema });
  const page = responses({ 200: leaveRequestPageSchema });

  app.post(
    "/api/subjects/:id/leave-requests",
    {
      preHandler,
      schema: {
        tags,
        summary: "外出申请",
        params: idParams,
        body: requestLeaveBody,
        response: responses({ 201: leaveRequestSchema }),
      },
    },
    async (req, reply) => {
      const row = await requestLeave({ ...argsOf(ctx, req), subjectId: req.params.id, input: req.body });
      return reply.status(201).send(presentLeaveRequest(row));
    },
  );

  app.get(
    "/api/subjects/:id/leave-requests",
    {
      preHandler,
      schema: {
        tags,
        summary: "矫正对象的外出申请",
        params: idParams,
        querystring: listLeaveQuery,
        response: page,
      },
    },
    async (req) => {
      const { rows, total } = await listLeaveRequests({
        ...argsOf(ctx, req),
        filter: { ...req.query, subjectId: req.params.id },
      });
      return { items: rows.map(presentLeaveRequest), total };
    },
  );

  app.get(
    "/api/leave-requests",
    { preHandler, schema: { tags, summary: "外出申请列表", querystring: listLeaveQuery, response: page } },
    async (req) => {
      const { rows, total } = await listLeaveRequests({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map(presentLeaveRequest), total };
    },
  );

  app.get(
    "/api/leave-requests/:id",
    { preHandler, schema: { tags, summary: "查阅外出申请", params: idParams, response: one } },
    async (req) =>
      presentLeaveRequest(await getLeaveRequest({ ...argsOf(ctx, req), leaveRequestId: req.params.id })),
  );

  app.post(
    "/api/leave-requests/:id/decision",
    {
      preHandler,
      schema: { tags, summary: "审批外出申请", params: idParams, body: leaveDecisionBody, response: one },
    },
    async (req) =>
      presentLeaveRequest(
        await decideLeave({ ...argsOf(ctx, req), leaveRequestId: req.params.id, input: req.body }),
      ),
  );

  app.post(
    "/api/leave-requests/:id/return",
    {
      preHandler,
      schema: { tags, summary: "外出返回销假", params: idParams, body: leaveReturnBody, response: one },
    },
    async (req) =>
      presentLeaveRequest(
        await recordLeaveReturn({ ...argsOf(ctx, req), leaveRequestId: req.params.id, input: req.body }),
      ),
  );
}
