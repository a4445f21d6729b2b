import { getRules } from "./get-rules.ts";
import { setRules } from "./set-rules.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { responses } from "../../http/schema-parts.ts";
import { ruleKeyParams, ruleTableSchema, ruleTablesSchema, setRulesBody } from "./schemas.ts";

/** The provincial figures (DOMAIN.md cfg): read by staff, set by a province administrator. */
export function ruleRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["rules"];

  app.get(
    "/api/rules",
    { preHandler, schema: { tags, summary: "可配置规则", response: responses({ 200: ruleTablesSchema }) } },
    async (req) => ({ items: await getRules(argsOf(ctx, req)) }),
  );

  app.put(
    "/api/rules/:key",
    {
      preHandler,
      schema: {
        tags,
        summary: "修改可配置规则",
        params: ruleKeyParams,
        body: setRulesBody,
        response: responses({ 200: ruleTableSchema }),
      },
    },
    async (req) => setRules({ ...argsOf(ctx, req), key: req.params.key, values: req.body.values }),
  );
}
