import type { FastifyReply, FastifyRequest } from "fastify";
import { DomainError, type Actor } from "@zhijiao/domain";
import { authenticate } from "../features/auth/authenticate.ts";
import type { AppContext, UseCaseArgs } from "../context.ts";

export const SESSION_COOKIE = "zj_session";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
    token: string | null;
    mustChangePassword: boolean;
  }
}

export function tokenOf(req: FastifyRequest): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith("Bearer ")) return header.slice(7).trim() || null;
  return req.cookies[SESSION_COOKIE] ?? null;
}

export function metaOf(req: FastifyRequest) {
  const ua = req.headers["user-agent"];
  return { ip: req.ip ?? null, userAgent: typeof ua === "string" ? ua.slice(0, 300) : null };
}

/** What an account that must change its password may still do. */
const beforePasswordChange = new Set([
  "GET /api/auth/me",
  "POST /api/auth/password",
  "POST /api/auth/logout",
]);

/**
 * preHandler of every signed-in route: resolves the session to the caller, or answers 401; an
 * account with an initial or reset password may do nothing but change it (GB/T 22239).
 */
export function requireSession(ctx: AppContext) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const token = tokenOf(req);
    if (!token) throw new DomainError("UNAUTHENTICATED");
    try {
      const { actor, mustChangePassword } = await authenticate({ ctx, meta: metaOf(req), token });
      req.actor = actor;
      req.token = token;
      req.mustChangePassword = mustChangePassword;
    } catch (e) {
      void reply.clearCookie(SESSION_COOKIE, { path: "/" });
      throw e;
    }
    if (req.mustChangePassword && !beforePasswordChange.has(`${req.method} ${req.routeOptions.url}`))
      throw new DomainError("PASSWORD_CHANGE_REQUIRED");
  };
}

/** The use-case arguments of a signed-in request. */
export function argsOf(ctx: AppContext, req: FastifyRequest): UseCaseArgs {
  if (!req.actor) throw new DomainError("UNAUTHENTICATED");
  return { ctx, actor: req.actor, meta: metaOf(req) };
}
