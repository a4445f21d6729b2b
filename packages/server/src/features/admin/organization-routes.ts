import type { FastifyInstance } from "fastify";
import { createOrganization, type OrganizationInput } from "./create-organization.ts";
import { listOrganizations } from "./list-organizations.ts";
import { updateOrganization } from "./update-organization.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentOrg } from "./admin-presenter.ts";
import { idParams, type IdParams } from "../../http/schema-parts.ts";
import {
  createOrganizationBody,
  listOrganizationsQuery,
  patchOrganizationBody,
} from "./organization-schemas.ts";

export function organizationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["organizations"];
  app.get<{ Querystring: { kind?: string } }>(
    "/api/organizations",
    { preHandler, schema: { tags, summary: "辖区内机构", querystring: listOrganizationsQuery } },
    async (req) => {
      const rows = await listOrganizations({ ...argsOf(ctx, req), kind: req.query.kind });
      return { items: rows.map(presentOrg), total: rows.length };
    },
  );
  app.post<{ Body: OrganizationInput }>(
    "/api/organizations",
    { preHandler, schema: { tags, summary: "新建机构", body: createOrganizationBody } },
    async (req, reply) =>
      reply.status(201).send(presentOrg(await createOrganization({ ...argsOf(ctx, req), input: req.body }))),
  );
  app.patch<{ Params: IdParams; Body: { name?: string; divisionCode?: string } }>(
    "/api/organizations/:id",
    { preHandler, schema: { tags, summary: "修改机构", params: idParams, body: patchOrganizationBody } },
    async (req) =>
      presentOrg(await updateOrganization({ ...argsOf(ctx, req), orgId: req.params.id, patch: req.body })),
  );
}
