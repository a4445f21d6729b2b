import type { FastifyInstance, FastifyReply } from "fastify";
import type { TeamMember } from "@zhijiao/domain";
import { announceEntry, type EntryAnnouncementInput } from "./announce-entry.ts";
import {
  getCaseDocument,
  getInvestigationDocument,
  type RenderedDocument,
} from "../documents/get-case-document.ts";
import { getCaseTimeline } from "./get-case-timeline.ts";
import { getCase } from "./get-case.ts";
import { intakeSubject, type IntakeInput } from "./intake-subject.ts";
import { recordHandoverDocument, type HandoverDocumentInput } from "./record-handover-document.ts";
import { recordHandoverNotice } from "./record-handover-notice.ts";
import { recordReportSearch } from "./record-report-search.ts";
import { reviseCorrectionPlan, type CorrectionPlanInput } from "./revise-correction-plan.ts";
import { setCorrectionTeam } from "./set-correction-team.ts";
import type { AppContext } from "../../context.ts";
import type { DocumentKind } from "../../docs/templates.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentCase } from "./case-presenter.ts";
import { presentCaseEvent } from "./case-event-presenter.ts";
import { idParams, type IdParams } from "../../http/schema-parts.ts";
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

function sendDocument(reply: FastifyReply, doc: RenderedDocument) {
  return reply
    .header("cache-control", "private, no-store")
    .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`)
    .type(docxType)
    .send(doc.data);
}

/** The steps of a case from handover to the correction plan, the case view, timeline and documents. */
export function caseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["case"];
  const view = async (args: ReturnType<typeof argsOf>, subjectId: string) =>
    presentCase(await getCase({ ...args, subjectId }));

  app.get<{ Params: IdParams }>(
    "/api/subjects/:id/case",
    { preHandler, schema: { tags, summary: "案件办理情况", params: idParams } },
    async (req) => view(argsOf(ctx, req), req.params.id),
  );

  app.get<{ Params: IdParams }>(
    "/api/subjects/:id/timeline",
    { preHandler, schema: { tags, summary: "案件时间轴（一人一档）", params: idParams } },
    async (req) => ({
      items: (await getCaseTimeline({ ...argsOf(ctx, req), subjectId: req.params.id })).map(presentCaseEvent),
    }),
  );

  app.put<{ Params: IdParams; Body: { receivedOn: string } }>(
    "/api/subjects/:id/handover-notice",
    { preHandler, schema: { tags, summary: "登记收到交付通知", params: idParams, body: handoverNoticeBody } },
    async (req) => {
      const args = argsOf(ctx, req);
      await recordHandoverNotice({ ...args, subjectId: req.params.id, receivedOn: req.body.receivedOn });
      return view(args, req.params.id);
    },
  );

  app.post<{ Params: IdParams; Body: HandoverDocumentInput }>(
    "/api/subjects/:id/handover-documents",
    { preHandler, schema: { tags, summary: "登记交付文书", params: idParams, body: handoverDocumentBody } },
    async (req, reply) => {
      const args = argsOf(ctx, req);
      await recordHandoverDocument({ ...args, subjectId: req.params.id, input: req.body });
      return reply.status(201).send(await view(args, req.params.id));
    },
  );

  app.post<{ Params: IdParams; Body: { searchedOn: string; measures: string; result: string } }>(
    "/api/subjects/:id/search-record",
    { preHandler, schema: { tags, summary: "登记未报到查找情况", params: idParams, body: searchRecordBody } },
    async (req, reply) => {
      const event = await recordReportSearch({
        ...argsOf(ctx, req),
        subjectId: req.params.id,
        input: req.body,
      });
      return reply.status(201).send(presentCaseEvent(event));
    },
  );

  app.post<{ Params: IdParams; Body: IntakeInput }>(
    "/api/subjects/:id/intake",
    { preHandler, schema: { tags, summary: "报到接收（入矫）", params: idParams, body: intakeBody } },
    async (req) => {
      const args = argsOf(ctx, req);
      await intakeSubject({ ...args, subjectId: req.params.id, input: req.body });
      return view(args, req.params.id);
    },
  );

  app.post<{ Params: IdParams; Body: EntryAnnouncementInput }>(
    "/api/subjects/:id/entry-announcement",
    { preHandler, schema: { tags, summary: "入矫宣告", params: idParams, body: entryAnnouncementBody } },
    async (req, reply) => {
      const event = await announceEntry({ ...argsOf(ctx, req), subjectId: req.params.id, input: req.body });
      return reply.status(201).send(presentCaseEvent(event));
    },
  );

  app.put<{ Params: IdParams; Body: { members: TeamMember[] } }>(
    "/api/subjects/:id/team",
    { preHandler, schema: { tags, summary: "确定矫正小组", params: idParams, body: teamBody } },
    async (req) => {
      const args = argsOf(ctx, req);
      await setCorrectionTeam({ ...args, subjectId: req.params.id, members: req.body.members });
      return view(args, req.params.id);
    },
  );

  app.post<{ Params: IdParams; Body: CorrectionPlanInput }>(
    "/api/subjects/:id/plans",
    { preHandler, schema: { tags, summary: "制定或调整矫正方案", params: idParams, body: planBody } },
    async (req, reply) => {
      const result = await reviseCorrectionPlan({
        ...argsOf(ctx, req),
        subjectId: req.params.id,
        input: req.body,
      });
      return reply.status(201).send(result);
    },
  );

  app.get<{ Params: IdParams & { kind: DocumentKind } }>(
    "/api/subjects/:id/documents/:kind",
    { preHandler, schema: { tags, summary: "生成执法文书（.docx）", params: documentParams } },
    async (req, reply) =>
      sendDocument(
        reply,
        await getCaseDocument({ ...argsOf(ctx, req), subjectId: req.params.id, kind: req.params.kind }),
      ),
  );

  app.get<{ Params: IdParams }>(
    "/api/investigations/:id/documents/investigation-opinion",
    { preHandler, schema: { tags, summary: "调查评估意见书（.docx）", params: idParams } },
    async (req, reply) =>
      sendDocument(
        reply,
        await getInvestigationDocument({ ...argsOf(ctx, req), investigationId: req.params.id }),
      ),
  );
}
