import { decideLevelChange } from "./decide-level-change.ts";
import { getDuties } from "./get-duties.ts";
import { listDuties } from "./list-duties.ts";
import { listLevelChangeQueue } from "./list-level-change-queue.ts";
import { listLevelChanges } from "./list-level-changes.ts";
import { listSupervisionRecords } from "./list-supervision-records.ts";
import { proposeLevelChange } from "./propose-level-change.ts";
import { recordSupervision } from "./record-supervision.ts";
import type { Level } from "@zhijiao/domain";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import {
  presentDuty,
  presentLevelChange,
  presentScopedDuty,
  presentSupervisionRecord,
} from "./supervision-presenter.ts";
import { idParams, responses } from "../../http/schema-parts.ts";
import {
  levelChangeDecisionBody,
  levelChangePageSchema,
  levelChangeSchema,
  levelChangesSchema,
  listDutiesQuery,
  listLevelChangesQuery,
  proposeLevelChangeBody,
  recordSupervisionBody,
  scopedDutyPageSchema,
  subjectDutiesSchema,
  supervisionRecordPageSchema,
  supervisionRecordSchema,
} from "./schemas.ts";

/** R-SV-1..3: supervision records, the duties they meet, and management level changes. */
export function supervisionRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["supervision"];

  app.post(
    "/api/subjects/:id/records",
    {
      preHandler,
      schema: {
        tags,
        summary: "登记日常监管记录",
        params: idParams,
        body: recordSupervisionBody,
        response: responses({ 201: supervisionRecordSchema }),
      },
    },
    async (req, reply) => {
      const row = await recordSupervision({ ...argsOf(ctx, req), subjectId: req.params.id, input: req.body });
      return reply.status(201).send(presentSupervisionRecord(row));
    },
  );

  app.get(
    "/api/subjects/:id/records",
    {
      preHandler,
      schema: {
        tags,
        summary: "矫正对象的日常监管记录",
        params: idParams,
        response: responses({ 200: supervisionRecordPageSchema }),
      },
    },
    async (req) => {
      const rows = await listSupervisionRecords({ ...argsOf(ctx, req), subjectId: req.params.id });
      return { items: rows.map(presentSupervisionRecord), total: rows.length };
    },
  );

  app.get(
    "/api/subjects/:id/duties",
    {
      preHandler,
      schema: {
        tags,
        summary: "矫正对象本期监管事项",
        params: idParams,
        response: responses({ 200: subjectDutiesSchema }),
      },
    },
    async (req) => {
      const d = await getDuties({ ...argsOf(ctx, req), subjectId: req.params.id });
      return {
        subjectId: d.subjectId,
        level: d.level,
        periodStart: d.periodStart,
        today: d.today,
        items: d.duties.map(presentDuty),
        total: d.duties.length,
      };
    },
  );

  app.get(
    "/api/duties",
    {
      preHandler,
      schema: {
        tags,
        summary: "辖区监管事项（默认逾期）",
        querystring: listDutiesQuery,
        response: responses({ 200: scopedDutyPageSchema }),
      },
    },
    async (req) => {
      const { rows, total } = await listDuties({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map(presentScopedDuty), total };
    },
  );

  app.post(
    "/api/subjects/:id/level-changes",
    {
      preHandler,
      schema: {
        tags,
        summary: "提请调整管理等级",
        params: idParams,
        body: proposeLevelChangeBody,
        response: responses({ 201: levelChangeSchema }),
      },
    },
    async (req, reply) => {
      const row = await proposeLevelChange({
        ...argsOf(ctx, req),
        subjectId: req.params.id,
        input: req.body,
      });
      return reply.status(201).send(presentLevelChange(row));
    },
  );

  app.get(
    "/api/subjects/:id/level-changes",
    {
      preHandler,
      schema: {
        tags,
        summary: "管理等级调整记录与建议",
        params: idParams,
        response: responses({ 200: levelChangesSchema }),
      },
    },
    async (req) => {
      const r = await listLevelChanges({ ...argsOf(ctx, req), subjectId: req.params.id });
      return {
        level: r.level as Level,
        items: r.rows.map(presentLevelChange),
        total: r.rows.length,
        suggestion: r.suggestion,
      };
    },
  );

  app.get(
    "/api/level-changes",
    {
      preHandler,
      schema: {
        tags,
        summary: "管理等级调整列表（待审批队列）",
        querystring: listLevelChangesQuery,
        response: responses({ 200: levelChangePageSchema }),
      },
    },
    async (req) => {
      const { rows, total } = await listLevelChangeQueue({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map(presentLevelChange), total };
    },
  );

  app.post(
    "/api/level-changes/:id/decision",
    {
      preHandler,
      schema: {
        tags,
        summary: "审批管理等级调整",
        params: idParams,
        body: levelChangeDecisionBody,
        response: responses({ 200: levelChangeSchema }),
      },
    },
    async (req) =>
      presentLevelChange(
        await decideLevelChange({ ...argsOf(ctx, req), levelChangeId: req.params.id, input: req.body }),
      ),
  );
}
