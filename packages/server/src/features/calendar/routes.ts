import type { FastifyInstance } from "fastify";
import type { CalendarDay } from "@zhijiao/domain";
import { getCalendar } from "./get-calendar.ts";
import { getCaseRules } from "../rules/get-case-rules.ts";
import { setCalendarYear } from "./set-calendar-year.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentCalendar, presentCalendarDay } from "./calendar-presenter.ts";
import { calendarYearBody, calendarYearParams } from "./schemas.ts";

export function calendarRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["calendar"];

  app.get(
    "/api/calendar",
    { preHandler, schema: { tags, summary: "工作日历（节假日与调休安排）" } },
    async (req) => presentCalendar(await getCalendar(argsOf(ctx, req))),
  );

  app.put<{ Params: { year: number }; Body: { source?: string; days: CalendarDay[] } }>(
    "/api/calendar/:year",
    {
      preHandler,
      schema: {
        tags,
        summary: "导入或修改某年度节假日安排",
        params: calendarYearParams,
        body: calendarYearBody,
      },
    },
    async (req) => {
      const result = await setCalendarYear({
        ...argsOf(ctx, req),
        year: req.params.year,
        days: req.body.days,
        source: req.body.source,
      });
      return { year: result.year, days: result.days.map(presentCalendarDay) };
    },
  );

  app.get("/api/case-rules", { preHandler, schema: { tags, summary: "案件期限等可配置规则" } }, async (req) =>
    getCaseRules(argsOf(ctx, req)),
  );
}
