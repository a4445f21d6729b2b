import type { FastifyInstance } from "fastify";
import type { SubjectInput, SubjectPatch } from "@zhijiao/domain";
import { createSubject } from "./create-subject.ts";
import { getSubjectPhoto } from "./get-subject-photo.ts";
import { getSubject } from "./get-subject.ts";
import { listSubjectAudit } from "../audit/list-subject-audit.ts";
import { listSubjects } from "./list-subjects.ts";
import { revealSubjectField, type RevealableField } from "./reveal-subject-field.ts";
import { PHOTO_MAX_BYTES, setSubjectPhoto } from "./set-subject-photo.ts";
import { updateSubject } from "./update-subject.ts";
import type { AppContext } from "../../context.ts";
import type { SubjectListFilter } from "../../db/gateway/index.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentAudit } from "../admin/admin-presenter.ts";
import { presentSubject, presentSubjectSummary } from "./subject-presenter.ts";
import { idParams, type IdParams, type PageQuery } from "../../http/schema-parts.ts";
import {
  auditPageQuery,
  createSubjectBody,
  listSubjectsQuery,
  patchSubjectBody,
  revealBody,
} from "./schemas.ts";

export function subjectRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["subjects"];

  app.get<{ Querystring: SubjectListFilter }>(
    "/api/subjects",
    { preHandler, schema: { tags, summary: "矫正对象列表", querystring: listSubjectsQuery } },
    async (req) => {
      const { rows, total } = await listSubjects({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map((r) => presentSubjectSummary(r, req.actor!)), total };
    },
  );

  app.post<{ Body: SubjectInput & { investigationId?: string } }>(
    "/api/subjects",
    { preHandler, schema: { tags, summary: "新建矫正对象档案", body: createSubjectBody } },
    async (req, reply) => {
      const row = await createSubject({ ...argsOf(ctx, req), input: req.body });
      return reply.status(201).send(presentSubject(row, req.actor!));
    },
  );

  app.get<{ Params: IdParams }>(
    "/api/subjects/:id",
    { preHandler, schema: { tags, summary: "查阅档案", params: idParams } },
    async (req) =>
      presentSubject(await getSubject({ ...argsOf(ctx, req), subjectId: req.params.id }), req.actor!),
  );

  app.patch<{ Params: IdParams; Body: SubjectPatch & { version: number } }>(
    "/api/subjects/:id",
    { preHandler, schema: { tags, summary: "修改档案", params: idParams, body: patchSubjectBody } },
    async (req) => {
      const { version, ...patch } = req.body;
      const row = await updateSubject({ ...argsOf(ctx, req), subjectId: req.params.id, patch, version });
      return presentSubject(row, req.actor!);
    },
  );

  app.post<{ Params: IdParams; Body: { field: RevealableField; reason: string } }>(
    "/api/subjects/:id/reveal",
    {
      preHandler,
      schema: { tags, summary: "查看完整身份证号或电话（留痕）", params: idParams, body: revealBody },
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

  app.put<{ Params: IdParams; Body: Buffer }>(
    "/api/subjects/:id/photo",
    {
      preHandler,
      bodyLimit: PHOTO_MAX_BYTES,
      schema: { tags, summary: "上传照片（JPEG/PNG，≤2MB）", params: idParams },
    },
    async (req, reply) => {
      await setSubjectPhoto({ ...argsOf(ctx, req), subjectId: req.params.id, data: req.body });
      return reply.status(204).send();
    },
  );

  app.get<{ Params: IdParams }>(
    "/api/subjects/:id/photo",
    { preHandler, schema: { tags, summary: "照片", params: idParams } },
    async (req, reply) => {
      const photo = await getSubjectPhoto({ ...argsOf(ctx, req), subjectId: req.params.id });
      return reply.header("cache-control", "private, no-store").type(photo.contentType).send(photo.data);
    },
  );

  app.get<{ Params: IdParams; Querystring: PageQuery }>(
    "/api/subjects/:id/audit",
    { preHandler, schema: { tags, summary: "档案审计记录", params: idParams, querystring: auditPageQuery } },
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
