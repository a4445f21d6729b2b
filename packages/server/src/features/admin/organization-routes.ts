import { createOrganization } from "./create-organization.ts";
import { listOrganizations } from "./list-organizations.ts";
import { updateOrganization } from "./update-organization.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentOrg } from "./admin-presenter.ts";
import { idParams, responses } from "../../http/schema-parts.ts";
import {
  createOrganizationBody,
  listOrganizationsQuery,
  orgPageSchema,
  orgSchema,
  patchOrganizationBody,
} from "./organization-schemas.ts";

export function organizationRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["organizations"];
  app.get(
    "/api/organizations",
    {
      preHandler,
      schema: {
        tags,
        summary: "辖区内机构",
        querystring: listOrganizationsQuery,
        response: responses({ 200: orgPageSchema }),
      },
    },
    async (req) => {
      const rows = await listOrganizations({ ...argsOf(ctx, req), kind: req.query.kind });
      return { items: rows.map(presentOrg), total: rows.length };
    },
  );
  app.post(
    "/api/organizations",
    {
      preHandler,
      schema: {
        tags,
        summary: "新建机构",
        body: createOrganizationBody,
        response: responses({ 201: orgSchema }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(presentOrg(await createOrganization({ ...argsOf(ctx, req), input: req.body }))),
  );
  app.patch(
    "/api/organizations/:id",
    {
      preHandler,
      schema: {
        tags,
        summary: "修改机构",
        params: idParams,
        body: patchOrganizationBody,
        response: responses({ 200: orgSchema }),
      },
    },
    async (req) =>
      presentOrg(await updateOrganization({ ...argsOf(ctx, req), orgId: req.params.id, patch: req.body })),
  );
}
