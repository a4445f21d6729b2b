import type { FastifyInstance } from "fastify";
import type { DutyState } from "@zhijiao/domain";
import { decideLevelChange } from "./decide-level-change.ts";
import { getDuties } from "./get-duties.ts";
import { listDuties } from "./list-duties.ts";
import { listLevelChangeQueue } from "./list-level-change-queue.ts";
import { listLevelChanges } from "./list-level-changes.ts";
import { listSupervisionRecords } from "./list-supervision-records.ts";
import { proposeLevelChange, type LevelChangeInput } from "./propose-level-change.ts";
import { recordSupervision, type SupervisionRecordInput } from "./record-supervision.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentDuty, presentLevelChange, presentSupervisionRecord } from "./supervision-presenter.ts";
import { idParams, type IdParams, type PageQuery } from "../../http/schema-parts.ts";
import {
  levelChangeDecisionBody,
  listDutiesQuery,
  listLevelChangesQuery,
  proposeLevelChangeBody,
  recordSupervisionBody,
} from "./schemas.ts";

/** R-SV-1..3: supervision records, the duties they meet, and management level changes. */
export function supervisionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["supervision"];

  app.post<{ Params: IdParams; Body: SupervisionRecordInput }>(
    "/api/subjects/:id/records",
    {
      preHandler,
      schema: { tags, summary: "登记日常监管记录", params: idParams, body: recordSupervisionBody },
    },
    async (req, reply) => {
      const row = await recordSupervision({ ...argsOf(ctx, req), subjectId: req.params.id, input: req.body });
      return reply.status(201).send(presentSupervisionRecord(row));
    },
  );

  app.get<{ Params: IdParams }>(
    "/api/subjects/:id/records",
    { preHandler, schema: { tags, summary: "矫正对象的日常监管记录", params: idParams } },
    async (req) => {
      const rows = await listSupervisionRecords({ ...argsOf(ctx, req), subjectId: req.params.id });
      return { items: rows.map(presentSupervisionRecord), total: rows.length };
    },
  );

  app.get<{ Params: IdParams }>(
    "/api/subjects/:id/duties",
    { preHandler, schema: { tags, summary: "矫正对象本期监管事项", params: idParams } },
    async (req) => {
      const d = await getDuties({ ...argsOf(ctx, req), subjectId: req.params.id });
      return { ...d, duties: undefined, items: d.duties.map(presentDuty), total: d.duties.length };
    },
  );

  app.get<{ Querystring: PageQuery & { state: DutyState } }>(
    "/api/duties",
    { preHandler, schema: { tags, summary: "辖区监管事项（默认逾期）", querystring: listDutiesQuery } },
    async (req) => {
      const { rows, total } = await listDuties({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map(presentDuty), total };
    },
  );

  app.post<{ Params: IdParams; Body: LevelChangeInput }>(
    "/api/subjects/:id/level-changes",
    {
      preHandler,
      schema: { tags, summary: "提请调整管理等级", params: idParams, body: proposeLevelChangeBody },
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

  app.get<{ Params: IdParams }>(
    "/api/subjects/:id/level-changes",
    { preHandler, schema: { tags, summary: "管理等级调整记录与建议", params: idParams } },
    async (req) => {
      const r = await listLevelChanges({ ...argsOf(ctx, req), subjectId: req.params.id });
      return {
        level: r.level,
        items: r.rows.map(presentLevelChange),
        total: r.rows.length,
        suggestion: r.suggestion,
      };
    },
  );

  app.get<{ Querystring: PageQuery & { status?: string } }>(
    "/api/level-changes",
    {
      preHandler,
      schema: { tags, summary: "管理等级调整列表（待审批队列）", querystring: listLevelChangesQuery },
    },
    async (req) => {
      const { rows, total } = await listLevelChangeQueue({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map(presentLevelChange), total };
    },
  );

  app.post<{ Params: IdParams; Body: { approve: boolean; comment?: string } }>(
    "/api/level-changes/:id/decision",
    {
      preHandler,
      schema: { tags, summary: "审批管理等级调整", params: idParams, body: levelChangeDecisionBody },
    },
    async (req) =>
      presentLevelChange(
        await decideLevelChange({ ...argsOf(ctx, req), levelChangeId: req.params.id, input: req.body }),
      ),
  );
}
