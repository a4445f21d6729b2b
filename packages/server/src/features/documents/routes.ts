import { listDocumentTemplates } from "./list-document-templates.ts";
import { resetDocumentTemplate } from "./reset-document-template.ts";
import { setDocumentTemplate } from "./set-document-template.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { responses } from "../../http/schema-parts.ts";
import { presentDocumentTemplate } from "./document-template-presenter.ts";
import {
  documentKindParams,
  documentTemplateBody,
  documentTemplateEntrySchema,
  documentTemplateListSchema,
} from "./schemas.ts";

export function documentTemplateRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["document-templates"];
  const one = responses({ 200: documentTemplateEntrySchema });

  app.get(
    "/api/document-templates",
    {
      preHandler,
      schema: {
        tags,
        summary: "执法文书模板（本省现行）",
        response: responses({ 200: documentTemplateListSchema }),
      },
    },
    async (req) => ({ items: (await listDocumentTemplates(argsOf(ctx, req))).map(presentDocumentTemplate) }),
  );

  app.put(
    "/api/document-templates/:kind",
    {
      preHandler,
      schema: {
        tags,
        summary: "修改本省文书模板",
        params: documentKindParams,
        body: documentTemplateBody,
        response: one,
      },
    },
    async (req) =>
      presentDocumentTemplate(
        await setDocumentTemplate({
          ...argsOf(ctx, req),
          kind: req.params.kind,
          template: req.body.template,
        }),
      ),
  );

  app.delete(
    "/api/document-templates/:kind",
    {
      preHandler,
      schema: { tags, summary: "恢复默认文书模板", params: documentKindParams, response: one },
    },
    async (req) =>
      presentDocumentTemplate(await resetDocumentTemplate({ ...argsOf(ctx, req), kind: req.params.kind })),
  );
}
