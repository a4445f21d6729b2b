import type { FastifyReply } from "fastify";
import { announceEntry } from "./announce-entry.ts";
import {
  getCaseDocument,
  getInvestigationDocument,
  type RenderedDocument,
} from "../documents/get-case-document.ts";
import { getCaseTimeline } from "./get-case-timeline.ts";
import { getCase } from "./get-case.ts";
import { intakeSubject } from "./intake-subject.ts";
import { recordHandoverDocument } from "./record-handover-document.ts";
import { recordHandoverNotice } from "./record-handover-notice.ts";
import { recordReportSearch } from "./record-report-search.ts";
import { reviseCorrectionPlan } from "./revise-correction-plan.ts";
import { setCorrectionTeam } from "./set-correction-team.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentCase } from "./case-presenter.ts";
import { presentCaseEvent } from "./case-event-presenter.ts";
import { binary, idParams, responses } from "../../http/schema-parts.ts";
import {
  caseEventListSchema,
  caseEventSchema,
  caseViewSchema,
  planVersionSchema,
} from "./case-view-schemas.ts";
import {
  documentParams,
  entryAnnouncementBody,
  handoverDocumentBody,
  handoverNoticeBody,
  intakeBody,
  planBody,
  searchRecordBody,
  teamBody,
} from "./schemas.ts";

const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const docx = { ...responses({}), 200: binary(docxType, "执法文书（.docx）") };

function sendDocument(reply: FastifyReply, doc: RenderedDocument) {
  return reply
    .header("cache-control", "private, no-store")
    .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`)
    .type(docxType)
    .send(doc.data);
}

/** The steps of a case from handover to the correction plan, the case view, timeline and documents. */
export function caseRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["case"];
  const caseView = responses({ 200: caseViewSchema });
  const event = responses({ 201: caseEventSchema });
  const view = async (args: ReturnType<typeof argsOf>, subjectId: string) =>
    presentCase(await getCase({ ...args, subjectId }));

  app.get(
    "/api/subjects/:id/case",
    { preHandler, schema: { tags, summary: "案件办理情况", params: idParams, response: caseView } },
    async (req) => view(argsOf(ctx, req), req.params.id),
  );

  app.get(
    "/api/subjects/:id/timeline",
    {
      preHandler,
      schema: {
        tags,
        summary: "案件时间轴（一人一档）",
        params: idParams,
        response: responses({ 200: caseEventListSchema }),
      },
    },
    async (req) => ({
      items: (await getCaseTimeline({ ...argsOf(ctx, req), subjectId: req.params.id })).map(presentCaseEvent),
    }),
  );

  app.put(
    "/api/subjects/:id/handover-notice",
    {
      preHandler,
      schema: {
        tags,
        summary: "登记收到交付通知",
        params: idParams,
        body: handoverNoticeBody,
        response: caseView,
      },
    },
    async (req) => {
      const args = argsOf(ctx, req);
      await recordHandoverNotice({ ...args, subjectId: req.params.id, receivedOn: req.body.receivedOn });
      return view(args, req.params.id);
    },
  );

  app.post(
    "/api/subjects/:id/handover-documents",
    {
      preHandler,
      schema: {
        tags,
        summary: "登记交付文书",
        params: idParams,
        body: handoverDocumentBody,
        response: responses({ 201: caseViewSchema }),
      },
    },
    async (req, reply) => {
      const args = argsOf(ctx, req);
      await recordHandoverDocument({ ...args, subjectId: req.params.id, input: req.body });
      return reply.status(201).send(await view(args, req.params.id));
    },
  );

  app.post(
    "/api/subjects/:id/search-record",
    {
      preHandler,
      schema: {
        tags,
        summary: "登记未报到查找情况",
        params: idParams,
        body: searchRecordBody,
        response: event,
      },
    },
    async (req, reply) => {
      const row = await recordReportSearch({
        ...argsOf(ctx, req),
        subjectId: req.params.id,
        input: req.body,
      });
      return reply.status(201).send(presentCaseEvent(row));
    },
  );

  app.post(
    "/api/subjects/:id/intake",
    {
      preHandler,
      schema: { tags, summary: "报到接收（入矫）", params: idParams, body: intakeBody, response: caseView },
    },
    async (req) => {
      const args = argsOf(ctx, req);
      await intakeSubject({ ...args, subjectId: req.params.id, input: req.body });
      return view(args, req.params.id);
    },
  );

  app.post(
    "/api/subjects/:id/entry-announcement",
    {
      preHandler,
      schema: { tags, summary: "入矫宣告", params: idParams, body: entryAnnouncementBody, response: event },
    },
    async (req, reply) => {
      const row = await announceEntry({ ...argsOf(ctx, req), subjectId: req.params.id, input: req.body });
      return reply.status(201).send(presentCaseEvent(row));
    },
  );

  app.put(
    "/api/subjects/:id/team",
    {
      preHandler,
      schema: { tags, summary: "确定矫正小组", params: idParams, body: teamBody, response: caseView },
    },
    async (req) => {
      const args = argsOf(ctx, req);
      await setCorrectionTeam({ ...args, subjectId: req.params.id, members: req.body.members });
      return view(args, req.params.id);
    },
  );

  app.post(
    "/api/subjects/:id/plans",
    {
      preHandler,
      schema: {
        tags,
        summary: "制定或调整矫正方案",
        params: idParams,
        body: planBody,
        response: responses({ 201: planVersionSchema }),
      },
    },
    async (req, reply) => {
      const result = await reviseCorrectionPlan({
        ...argsOf(ctx, req),
        subjectId: req.params.id,
        input: req.body,
      });
      return reply.status(201).send(result);
    },
  );

  app.get(
    "/api/subjects/:id/documents/:kind",
    {
      preHandler,
      schema: { tags, summary: "生成执法文书（.docx）", params: documentParams, response: docx },
    },
    async (req, reply) =>
      sendDocument(
        reply,
        await getCaseDocument({ ...argsOf(ctx, req), subjectId: req.params.id, kind: req.params.kind }),
      ),
  );

  app.get(
    "/api/investigations/:id/documents/investigation-opinion",
    { preHandler, schema: { tags, summary: "调查评估意见书（.docx）", params: idParams, response: docx } },
    async (req, reply) =>
      sendDocument(
        reply,
        await getInvestigationDocument({ ...argsOf(ctx, req), investigationId: req.params.id }),
      ),
  );
}
