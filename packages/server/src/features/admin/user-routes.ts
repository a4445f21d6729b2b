import { createUser } from "./create-user.ts";
import { listUsers } from "./list-users.ts";
import { resetUserPassword } from "./reset-user-password.ts";
import { unlockUser } from "./unlock-user.ts";
import { updateUser } from "./update-user.ts";
import type { AppContext } from "../../context.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { presentUser } from "./admin-presenter.ts";
import { idParams, noContent, responses } from "../../http/schema-parts.ts";
import {
  createUserBody,
  listUsersQuery,
  patchUserBody,
  resetPasswordBody,
  userPageSchema,
  userSchema,
} from "./user-schemas.ts";

export function userRoutes(app: RouteApp, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["users"];
  const one = responses({ 200: userSchema });
  const done = responses({ 204: noContent });
  app.get(
    "/api/users",
    {
      preHandler,
      schema: {
        tags,
        summary: "用户列表",
        querystring: listUsersQuery,
        response: responses({ 200: userPageSchema }),
      },
    },
    async (req) => {
      const { rows, total } = await listUsers({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map(presentUser), total };
    },
  );
  app.post(
    "/api/users",
    {
      preHandler,
      schema: { tags, summary: "新建用户", body: createUserBody, response: responses({ 201: userSchema }) },
    },
    async (req, reply) =>
      reply.status(201).send(presentUser(await createUser({ ...argsOf(ctx, req), input: req.body }))),
  );
  app.patch(
    "/api/users/:id",
    {
      preHandler,
      schema: { tags, summary: "修改用户", params: idParams, body: patchUserBody, response: one },
    },
    async (req) =>
      presentUser(await updateUser({ ...argsOf(ctx, req), userId: req.params.id, patch: req.body })),
  );
  app.post(
    "/api/users/:id/reset-password",
    {
      preHandler,
      schema: { tags, summary: "重置密码", params: idParams, body: resetPasswordBody, response: done },
    },
    async (req, reply) => {
      await resetUserPassword({ ...argsOf(ctx, req), userId: req.params.id, password: req.body.password });
      return reply.status(204).send(null);
    },
  );
  app.post(
    "/api/users/:id/unlock",
    { preHandler, schema: { tags, summary: "解除锁定", params: idParams, response: done } },
    async (req, reply) => {
      await unlockUser({ ...argsOf(ctx, req), userId: req.params.id });
      return reply.status(204).send(null);
    },
  );
}
