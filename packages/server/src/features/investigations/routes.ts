import { addInvestigationTranscript } from "./add-investigation-transcript.ts";
import { assignInvestigation } from "./assign-investigation.ts";
import { ATTACHMENT_MAX_BYTES, attachTranscriptFile } from "./attach-transcript-file.ts";
import { createInvestigation } from "./create-investigation.ts";
import { extendInvestigation } from "./extend-investigation.ts";
import { getInvestigation } from "./get-investigation.ts";
import { getTranscriptFile } from "./get-transcript-file.ts";
import { issueInvestigationOpinion } from "./issue-investigation-opinion.ts";
import { listInvestigations } from "./list-investigations.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentCaseEvent } from "../case/case-event-presenter.ts";
import { caseEventListSchema } from "../case/case-view-schemas.ts";
import {
  presentInvestigation,
  presentInvestigationView,
  presentTranscript,
} from "./investigation-presenter.ts";
import { binary, idParams, responses } from "../../http/schema-parts.ts";
import {
  assignmentBody,
  attachedFileSchema,
  createInvestigationBody,
  extensionBody,
  fileParams,
  investigationPageSchema,
  investigationSchema,
  investigationViewSchema,
  listInvestigationsQuery,
  opinionBody,
  transcriptBody,
  transcriptParams,
  transcriptSchema,
} from "./schemas.ts";

export function investigationRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["investigations"];
  const investigationView = responses({ 200: investigationViewSchema });
  const view = async (investigationId: string, args: ReturnType<typeof argsOf>) =>
    presentInvestigationView(await getInvestigation({ ...args, investigationId }), args.actor);

  app.post(
    "/api/investigations",
    {
      preHandler,
      schema: {
        tags,
        summary: "登记调查评估委托",
        body: createInvestigationBody,
        response: responses({ 201: investigationSchema }),
      },
    },
    async (req, reply) => {
      const row = await createInvestigation({ ...argsOf(ctx, req), input: req.body });
      return reply.status(201).send(presentInvestigation(row, req.actor!));
    },
  );

  app.get(
    "/api/investigations",
    {
      preHandler,
      schema: {
        tags,
        summary: "调查评估列表",
        querystring: listInvestigationsQuery,
        response: responses({ 200: investigationPageSchema }),
      },
    },
    async (req) => {
      const { rows, total } = await listInvestigations({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map((r) => presentInvestigation(r, req.actor!)), total };
    },
  );

  app.get(
    "/api/investigations/:id",
    { preHandler, schema: { tags, summary: "调查评估详情", params: idParams, response: investigationView } },
    async (req) => view(req.params.id, argsOf(ctx, req)),
  );

  app.get(
    "/api/investigations/:id/timeline",
    {
      preHandler,
      schema: {
        tags,
        summary: "调查评估办理记录",
        params: idParams,
        response: responses({ 200: caseEventListSchema }),
      },
    },
    async (req) => {
      const v = await getInvestigation({ ...argsOf(ctx, req), investigationId: req.params.id });
      return { items: v.timeline.map(presentCaseEvent) };
    },
  );

  app.post(
    "/api/investigations/:id/assignment",
    {
      preHandler,
      schema: {
        tags,
        summary: "指派司法所调查",
        params: idParams,
        body: assignmentBody,
        response: investigationView,
      },
    },
    async (req) => {
      const args = argsOf(ctx, req);
      await assignInvestigation({ ...args, investigationId: req.params.id, officeId: req.body.officeId });
      return view(req.params.id, args);
    },
  );

  app.post(
    "/api/investigations/:id/transcripts",
    {
      preHandler,
      schema: {
        tags,
        summary: "添加调查笔录",
        params: idParams,
        body: transcriptBody,
        response: responses({ 201: transcriptSchema }),
      },
    },
    async (req, reply) => {
      const t = await addInvestigationTranscript({
        ...argsOf(ctx, req),
        investigationId: req.params.id,
        input: req.body,
      });
      return reply.status(201).send(presentTranscript(t));
    },
  );

  app.post(
    "/api/investigations/:id/transcripts/:transcriptId/attachments",
    {
      preHandler,
      bodyLimit: ATTACHMENT_MAX_BYTES,
      schema: {
        tags,
        summary: "上传笔录附件（PDF/JPEG/PNG，≤5MB）",
        params: transcriptParams,
        response: responses({ 201: attachedFileSchema }),
      },
    },
    async (req, reply) => {
      const result = await attachTranscriptFile({
        ...argsOf(ctx, req),
        investigationId: req.params.id,
        transcriptId: req.params.transcriptId,
        contentType: String(req.headers["content-type"] ?? "")
          .split(";")[0]!
          .trim(),
        data: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
      });
      return reply.status(201).send(result);
    },
  );

  app.get(
    "/api/investigations/:id/transcripts/:transcriptId/attachments/:fileId",
    {
      preHandler,
      schema: {
        tags,
        summary: "笔录附件",
        params: fileParams,
        response: {
          ...responses({}),
          200: binary(["application/pdf", "image/jpeg", "image/png"], "笔录附件（PDF、JPEG 或 PNG）"),
        },
      },
    },
    async (req, reply) => {
      const file = await getTranscriptFile({
        ...argsOf(ctx, req),
        investigationId: req.params.id,
        transcriptId: req.params.transcriptId,
        fileId: req.params.fileId,
      });
      return reply.header("cache-control", "private, no-store").type(file.contentType).send(file.data);
    },
  );

  app.post(
    "/api/investigations/:id/extension",
    {
      preHandler,
      schema: {
        tags,
        summary: "延长调查评估期限",
        params: idParams,
        body: extensionBody,
        response: investigationView,
      },
    },
    async (req) => {
      const args = argsOf(ctx, req);
      await extendInvestigation({ ...args, investigationId: req.params.id, ...req.body });
      return view(req.params.id, args);
    },
  );

  app.post(
    "/api/investigations/:id/opinion",
    {
      preHandler,
      schema: {
        tags,
        summary: "出具调查评估意见",
        params: idParams,
        body: opinionBody,
        response: investigationView,
      },
    },
    async (req) => {
      const args = argsOf(ctx, req);
      await issueInvestigationOpinion({ ...args, investigationId: req.params.id, input: req.body });
      return view(req.params.id, args);
    },
  );
}
