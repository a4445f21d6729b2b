import type { FastifyInstance } from "fastify";
import { listDocumentTemplates } from "./list-document-templates.ts";
import { resetDocumentTemplate } from "./reset-document-template.ts";
import { setDocumentTemplate } from "./set-document-template.ts";
import type { AppContext } from "../../context.ts";
import type { DocumentKind } from "../../docs/templates.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentDocumentTemplate } from "./document-template-presenter.ts";
import { documentKindParams, documentTemplateBody } from "./schemas.ts";

export function documentTemplateRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["document-templates"];

  app.get(
    "/api/document-templates",
    { preHandler, schema: { tags, summary: "执法文书模板（本省现行）" } },
    async (req) => ({ items: (await listDocumentTemplates(argsOf(ctx, req))).map(presentDocumentTemplate) }),
  );

  app.put<{ Params: { kind: DocumentKind }; Body: { template: unknown } }>(
    "/api/document-templates/:kind",
    {
      preHandler,
      schema: { tags, summary: "修改本省文书模板", params: documentKindParams, body: documentTemplateBody },
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

  app.delete<{ Params: { kind: DocumentKind } }>(
    "/api/document-templates/:kind",
    { preHandler, schema: { tags, summary: "恢复默认文书模板", params: documentKindParams } },
    async (req) =>
      presentDocumentTemplate(await resetDocumentTemplate({ ...argsOf(ctx, req), kind: req.params.kind })),
  );
}
