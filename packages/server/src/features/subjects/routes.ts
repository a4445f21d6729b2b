import { createSubject } from "./create-subject.ts";
import { getSubjectPhoto } from "./get-subject-photo.ts";
import { getSubject } from "./get-subject.ts";
import { listSubjectAudit } from "../audit/list-subject-audit.ts";
import { auditPageSchema } from "../audit/schemas.ts";
import { listSubjects } from "./list-subjects.ts";
import { revealSubjectField } from "./reveal-subject-field.ts";
import { PHOTO_MAX_BYTES, setSubjectPhoto } from "./set-subject-photo.ts";
import { updateSubject } from "./update-subject.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentAudit } from "../admin/admin-presenter.ts";
import { presentSubject, presentSubjectSummary } from "./subject-presenter.ts";
import { binary, idParams, noContent, responses } from "../../http/schema-parts.ts";
import {
  auditPageQuery,
  createSubjectBody,
  listSubjectsQuery,
  patchSubjectBody,
  revealBody,
  revealedSchema,
  subjectPageSchema,
  subjectSchema,
} from "./schemas.ts";

export function subjectRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["subjects"];

  app.get(
    "/api/subjects",
    {
      preHandler,
      schema: {
        tags,
        summary: "矫正对象列表",
        querystring: listSubjectsQuery,
        response: responses({ 200: subjectPageSchema }),
      },
    },
    async (req) => {
      const { rows, total } = await listSubjects({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map((r) => presentSubjectSummary(r, req.actor!)), total };
    },
  );

  app.post(
    "/api/subjects",
    {
      preHandler,
      schema: {
        tags,
        summary: "新建矫正对象档案",
        body: createSubjectBody,
        response: responses({ 201: subjectSchema }),
      },
    },
    async (req, reply) => {
      const row = await createSubject({ ...argsOf(ctx, req), input: req.body });
      return reply.status(201).send(presentSubject(row, req.actor!));
    },
  );

  app.get(
    "/api/subjects/:id",
    {
      preHandler,
      schema: { tags, summary: "查阅档案", params: idParams, response: responses({ 200: subjectSchema }) },
    },
    async (req) =>
      presentSubject(await getSubject({ ...argsOf(ctx, req), subjectId: req.params.id }), req.actor!),
  );

  app.patch(
    "/api/subjects/:id",
    {
      preHandler,
      schema: {
        tags,
        summary: "修改档案",
        params: idParams,
        body: patchSubjectBody,
        response: responses({ 200: subjectSchema }),
      },
    },
    async (req) => {
      const { version, ...patch } = req.body;
      const row = await updateSubject({ ...argsOf(ctx, req), subjectId: req.params.id, patch, version });
      return presentSubject(row, req.actor!);
    },
  );

  app.post(
    "/api/subjects/:id/reveal",
    {
      preHandler,
      schema: {
        tags,
        summary: "查看完整身份证号或电话（留痕）",
        params: idParams,
        body: revealBody,
        response: responses({ 200: revealedSchema }),
      },
    },
    async (req) => ({
      value: await revealSubjectField({
        ...argsOf(ctx, req),
        subjectId: req.params.id,
        field: req.body.field,
        reason: req.body.reason,
      }),
    }),
  );

  app.put(
    "/api/subjects/:id/photo",
    {
      preHandler,
      bodyLimit: PHOTO_MAX_BYTES,
      schema: {
        tags,
        summary: "上传照片（JPEG/PNG，≤2MB）",
        params: idParams,
        response: responses({ 204: noContent }),
      },
    },
    async (req, reply) => {
      const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      await setSubjectPhoto({ ...argsOf(ctx, req), subjectId: req.params.id, data });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/subjects/:id/photo",
    {
      preHandler,
      schema: {
        tags,
        summary: "照片",
        params: idParams,
        response: { ...responses({}), 200: binary(["image/jpeg", "image/png"], "照片（JPEG 或 PNG）") },
      },
    },
    async (req, reply) => {
      const photo = await getSubjectPhoto({ ...argsOf(ctx, req), subjectId: req.params.id });
      return reply.header("cache-control", "private, no-store").type(photo.contentType).send(photo.data);
    },
  );

  app.get(
    "/api/subjects/:id/audit",
    {
      preHandler,
      schema: {
        tags,
        summary: "档案审计记录",
        params: idParams,
        querystring: auditPageQuery,
        response: responses({ 200: auditPageSchema }),
      },
    },
    async (req) => {
      const { rows, total } = await listSubjectAudit({
        ...argsOf(ctx, req),
        subjectId: req.params.id,
        ...req.query,
      });
      return { items: rows.map(presentAudit), total };
    },
  );
}
