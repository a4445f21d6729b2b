import type { FastifyInstance } from "fastify";
import { createUser, type UserInput } from "./create-user.ts";
import { listUsers } from "./list-users.ts";
import { resetUserPassword } from "./reset-user-password.ts";
import { unlockUser } from "./unlock-user.ts";
import { updateUser, type UserPatch } from "./update-user.ts";
import type { AppContext } from "../../context.ts";
import type { UserListFilter } from "../../db/gateway/index.ts";
import { argsOf, requireSession } from "../../http/auth.ts";
import { presentUser } from "./admin-presenter.ts";
import { idParams, type IdParams } from "../../http/schema-parts.ts";
import { createUserBody, listUsersQuery, patchUserBody, resetPasswordBody } from "./user-schemas.ts";

export function userRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireSession(ctx);
  const tags = ["users"];
  app.get<{ Querystring: UserListFilter }>(
    "/api/users",
    { preHandler, schema: { tags, summary: "用户列表", querystring: listUsersQuery } },
    async (req) => {
      const { rows, total } = await listUsers({ ...argsOf(ctx, req), filter: req.query });
      return { items: rows.map(presentUser), total };
    },
  );
  app.post<{ Body: UserInput }>(
    "/api/users",
    { preHandler, schema: { tags, summary: "新建用户", body: createUserBody } },
    async (req, reply) =>
      reply.status(201).send(presentUser(await createUser({ ...argsOf(ctx, req), input: req.body }))),
  );
  app.patch<{ Params: IdParams; Body: UserPatch }>(
    "/api/users/:id",
    { preHandler, schema: { tags, summary: "修改用户", params: idParams, body: patchUserBody } },
    async (req) =>
      presentUser(await updateUser({ ...argsOf(ctx, req), userId: req.params.id, patch: req.body })),
  );
  app.post<{ Params: IdParams; Body: { password: string } }>(
    "/api/users/:id/reset-password",
    { preHandler, schema: { tags, summary: "重置密码", params: idParams, body: resetPasswordBody } },
    async (req, reply) => {
      await resetUserPassword({ ...argsOf(ctx, req), userId: req.params.id, password: req.body.password });
      return reply.status(204).send();
    },
  );
  app.post<{ Params: IdParams }>(
    "/api/users/:id/unlock",
    { preHandler, schema: { tags, summary: "解除锁定", params: idParams } },
    async (req, reply) => {
      await unlockUser({ ...argsOf(ctx, req), userId: req.params.id });
      return reply.status(204).send();
    },
  );
}
