import { getMyOverview } from "./get-my-overview.ts";
import { listMyNotices } from "../notices/list-my-notices.ts";
import { recordCheckIn } from "../check-ins/record-check-in.ts";
import { reportOwnReturn } from "./report-own-return.ts";
import { requestOwnLeave } from "./request-own-leave.ts";
import { submitThoughtReport } from "./submit-thought-report.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentLeaveRequest } from "../leave/leave-request-presenter.ts";
import { presentMyNotice, presentMyOverview, presentOwnRecord } from "./me-presenter.ts";
import { idParams, responses } from "../../http/schema-parts.ts";
import { leaveRequestSchema, leaveReturnBody, requestLeaveBody } from "../leave/schemas.ts";
import {
  CHECK_IN_BODY_LIMIT,
  checkInBody,
  myNoticesSchema,
  myOverviewSchema,
  ownRecordSchema,
  thoughtReportBody,
} from "./schemas.ts";

/** The subject's own paths (the mobile app /m/): only a subject account, only its own file. */
export function meRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["me"];

  app.get(
    "/api/me/overview",
    {
      preHandler,
      schema: { tags, summary: "我的矫正概况与待办", response: responses({ 200: myOverviewSchema }) },
    },
    async (req) => presentMyOverview(await getMyOverview(argsOf(ctx, req))),
  );

  app.post(
    "/api/me/check-ins",
    {
      preHandler,
      bodyLimit: CHECK_IN_BODY_LIMIT,
      schema: { tags, summary: "手机签到", body: checkInBody, response: responses({ 201: ownRecordSchema }) },
    },
    async (req, reply) =>
      reply.status(201).send(presentOwnRecord(await recordCheckIn({ ...argsOf(ctx, req), input: req.body }))),
  );

  app.post(
    "/api/me/thought-reports",
    {
      preHandler,
      schema: {
        tags,
        summary: "提交思想汇报",
        body: thoughtReportBody,
        response: responses({ 201: ownRecordSchema }),
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(presentOwnRecord(await submitThoughtReport({ ...argsOf(ctx, req), input: req.body }))),
  );

  app.post(
    "/api/me/leave-requests",
    {
      preHandler,
      schema: {
        tags,
        summary: "本人外出申请",
        body: requestLeaveBody,
        response: responses({ 201: leaveRequestSchema }),
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(presentLeaveRequest(await requestOwnLeave({ ...argsOf(ctx, req), input: req.body }))),
  );

  app.post(
    "/api/me/leave-requests/:id/return",
    {
      preHandler,
      schema: {
        tags,
        summary: "本人外出返回销假",
        params: idParams,
        body: leaveReturnBody,
        response: responses({ 200: leaveRequestSchema }),
      },
    },
    async (req) =>
      presentLeaveRequest(
        await reportOwnReturn({ ...argsOf(ctx, req), leaveRequestId: req.params.id, input: req.body }),
      ),
  );

  app.get(
    "/api/me/notices",
    { preHandler, schema: { tags, summary: "我的通知", response: responses({ 200: myNoticesSchema }) } },
    async (req) => ({ items: (await listMyNotices(argsOf(ctx, req))).map(presentMyNotice) }),
  );
}
