import { getCalendar } from "./get-calendar.ts";
import { getCaseRules } from "../rules/get-case-rules.ts";
import { setCalendarYear } from "./set-calendar-year.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { responses } from "../../http/schema-parts.ts";
import { presentCalendar, presentCalendarDay } from "./calendar-presenter.ts";
import { caseRulesSchema } from "../rules/schemas.ts";
import { calendarSchema, calendarYearAnswerSchema, calendarYearBody, calendarYearParams } from "./schemas.ts";

export function calendarRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["calendar"];

  app.get(
    "/api/calendar",
    {
      preHandler,
      schema: { tags, summary: "工作日历（节假日与调休安排）", response: responses({ 200: calendarSchema }) },
    },
    async (req) => presentCalendar(await getCalendar(argsOf(ctx, req))),
  );

  app.put(
    "/api/calendar/:year",
    {
      preHandler,
      schema: {
        tags,
        summary: "导入或修改某年度节假日安排",
        params: calendarYearParams,
        body: calendarYearBody,
        response: responses({ 200: calendarYearAnswerSchema }),
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

  app.get(
    "/api/case-rules",
    {
      preHandler,
      schema: { tags, summary: "案件期限等可配置规则", response: responses({ 200: caseRulesSchema }) },
    },
    async (req) => getCaseRules(argsOf(ctx, req)),
  );
}
