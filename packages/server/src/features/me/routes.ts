import type { FastifyInstance } from "fastify";
import type { DateString } from "@zhijiao/domain";
import { getMyOverview } from "./get-my-overview.ts";
import { listMyNotices } from "../notices/list-my-notices.ts";
import { recordCheckIn, type CheckInInput } from "../check-ins/record-check-in.ts";
import { reportOwnReturn } from "./report-own-return.ts";
import { requestOwnLeave } from "./request-own-leave.ts";
import type { LeaveApplicationInput } from "../leave/request-leave.ts";
import { submitThoughtReport } from "./submit-thought-report.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentLeaveRequest } from "../leave/leave-request-presenter.ts";
import { presentMyNotice, presentMyOverview, presentOwnRecord } from "./me-presenter.ts";
import { idParams, type IdParams } from "../../http/schema-parts.ts";
import { leaveReturnBody, requestLeaveBody } from "../leave/schemas.ts";
import { CHECK_IN_BODY_LIMIT, checkInBody, thoughtReportBody } from "./schemas.ts";

/** The subject's own paths (the mobile app /m/): only a subject account, only its own file. */
export function meRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["me"];

  app.get("/api/me/overview", { preHandler, schema: { tags, summary: "我的矫正概况与待办" } }, async (req) =>
    presentMyOverview(await getMyOverview(argsOf(ctx, req))),
  );

  app.post<{ Body: CheckInInput }>(
    "/api/me/check-ins",
    { preHandler, bodyLimit: CHECK_IN_BODY_LIMIT, schema: { tags, summary: "手机签到", body: checkInBody } },
    async (req, reply) =>
      reply.status(201).send(presentOwnRecord(await recordCheckIn({ ...argsOf(ctx, req), input: req.body }))),
  );

  app.post<{ Body: { content: string } }>(
    "/api/me/thought-reports",
    { preHandler, schema: { tags, summary: "提交思想汇报", body: thoughtReportBody } },
    async (req, reply) =>
      reply
        .status(201)
        .send(presentOwnRecord(await submitThoughtReport({ ...argsOf(ctx, req), input: req.body }))),
  );

  app.post<{ Body: LeaveApplicationInput }>(
    "/api/me/leave-requests",
    { preHandler, schema: { tags, summary: "本人外出申请", body: requestLeaveBody } },
    async (req, reply) =>
      reply
        .status(201)
        .send(presentLeaveRequest(await requestOwnLeave({ ...argsOf(ctx, req), input: req.body }))),
  );

  app.post<{ Params: IdParams; Body: { returnedOn: DateString } }>(
    "/api/me/leave-requests/:id/return",
    { preHandler, schema: { tags, summary: "本人外出返回销假", params: idParams, body: leaveReturnBody } },
    async (req) =>
      presentLeaveRequest(
        await reportOwnReturn({ ...argsOf(ctx, req), leaveRequestId: req.params.id, input: req.body }),
      ),
  );

  app.get("/api/me/notices", { preHandler, schema: { tags, summary: "我的通知" } }, async (req) => ({
    items: (await listMyNotices(argsOf(ctx, req))).map(presentMyNotice),
  }));
}
