import { changePassword } from "./change-password.ts";
import { login } from "./login.ts";
import { logout } from "./logout.ts";
import type { AppContext } from "../../context.ts";
import { SESSION_COOKIE, argsOf, metaOf, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { noContent, responses } from "../../http/schema-parts.ts";
import { presentMe } from "../admin/admin-presenter.ts";
import { changePasswordBody, loginAnswerSchema, loginBody, meAnswerSchema } from "./schemas.ts";

const done = responses({ 204: noContent });

export function authRoutes(app: RouteApp, ctx: AppContext, opts: { secureCookie: boolean }): void {
  const auth = requireSession(ctx);
  app.post(
    "/api/auth/login",
    {
      schema: {
        tags: ["auth"],
        summary: "登录",
        body: loginBody,
        response: responses({ 200: loginAnswerSchema }),
      },
    },
    async (req, reply) => {
      const result = await login({
        ctx,
        meta: metaOf(req),
        username: req.body.username,
        password: req.body.password,
      });
      void reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: "strict",
        path: "/",
        secure: opts.secureCookie,
      });
      return { token: result.token, user: presentMe(result.actor, result.mustChangePassword) };
    },
  );
  app.post(
    "/api/auth/logout",
    { preHandler: auth, schema: { tags: ["auth"], summary: "退出登录", response: done } },
    async (req, reply) => {
      await logout({ ...argsOf(ctx, req), token: req.token! });
      void reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );
  app.get(
    "/api/auth/me",
    {
      preHandler: auth,
      schema: { tags: ["auth"], summary: "当前用户", response: responses({ 200: meAnswerSchema }) },
    },
    async (req) => ({
      user: presentMe(req.actor!, req.mustChangePassword),
    }),
  );
  app.post(
    "/api/auth/password",
    {
      preHandler: auth,
      schema: { tags: ["auth"], summary: "修改密码", body: changePasswordBody, response: done },
    },
    async (req, reply) => {
      await changePassword({ ...argsOf(ctx, req), token: req.token!, ...req.body });
      return reply.status(204).send(null);
    },
  );
}
