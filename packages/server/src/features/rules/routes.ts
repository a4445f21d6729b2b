import type { FastifyInstance } from "fastify";
import { getRules } from "./get-rules.ts";
import type { RuleKey } from "./rule-sets.ts";
import { setRules } from "./set-rules.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { ruleKeyParams, setRulesBody } from "./schemas.ts";

/** The provincial figures (DOMAIN.md cfg): read by staff, set by a province administrator. */
export function ruleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["rules"];

  app.get("/api/rules", { preHandler, schema: { tags, summary: "可配置规则" } }, async (req) => ({
    items: await getRules(argsOf(ctx, req)),
  }));

  app.put<{ Params: { key: RuleKey }; Body: { values: Record<string, unknown> } }>(
    "/api/rules/:key",
    { preHandler, schema: { tags, summary: "修改可配置规则", params: ruleKeyParams, body: setRulesBody } },
    async (req) => setRules({ ...argsOf(ctx, req), key: req.params.key, values: req.body.values }),
  );
}
