import websocket from "@fastify/websocket";
import type { FastifyRequest } from "fastify";
import { can, inSubjectScope, subjectScope } from "@zhijiao/domain";
import type { AppContext } from "../../context.ts";
import { SESSION_COOKIE, requireSession } from "../../http/auth.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { responses } from "../../http/schema-parts.ts";
import { locationOf } from "../../ingest/location-runtime.ts";
import type { LiveEvent } from "../../ingest/live-hub.ts";

/**
 * Clients that cannot set headers on a WebSocket and have no cookie may send the session token
 * as `?token=`; with the session cookie present the URL's token is ignored (URLs end up in logs).
 */
function tokenFromQuery(req: FastifyRequest): void {
  const token = (req.query as { token?: unknown }).token;
  if (typeof token !== "string" || !token || req.headers.authorization) return;
  if (req.cookies[SESSION_COOKIE]) return;
  req.headers.authorization = `Bearer ${token}`;
}

/**
 * GET /api/live (WebSocket): committed positions and alert changes of the files in the caller's
 * scope, as they happen. Positions only for those who may read locations (R-PR-3).
 */
export async function liveRoutes(app: RouteApp, ctx: AppContext): Promise<void> {
  await app.register(websocket, { options: { maxPayload: 4096 } });
  const session = requireSession(ctx);
  app.get(
    "/api/live",
    {
      websocket: true,
      // @fastify/websocket hides its routes from the OpenAPI document; this one is described there.
      config: { swaggerTransform: ({ schema, url }) => ({ schema: { ...schema, hide: false }, url }) },
      preHandler: async (req, reply) => {
        tokenFromQuery(req);
        await session(req, reply);
      },
      schema: {
        tags: ["location"],
        summary: "实时位置与报警推送（WebSocket）",
        querystring: {
          type: "object",
          properties: { token: { type: "string", description: "会话令牌（浏览器无法设置请求头时）" } },
        },
        response: responses({
          101: {
            type: "null",
            description:
              "升级为 WebSocket：服务器推送 JSON 消息 hello、position（位置）与 alert（报警变化），客户端发送的内容被忽略",
          },
        }),
      },
    },
    (socket, req) => {
      const actor = req.actor!;
      const scope = subjectScope(actor);
      const positions = can(actor, "location:read");
      const alerts = can(actor, "alert:read");
      const unsubscribe = locationOf(ctx).hub.subscribe((e: LiveEvent) => {
        if (e.message.type === "position" ? !positions : !alerts) return;
        if (!inSubjectScope(scope, { id: e.message.subjectId, ...e.place })) return;
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(e.message));
      });
      socket.on("message", () => {
        // The channel is one-way; anything a client sends is ignored.
      });
      socket.on("close", unsubscribe);
      socket.on("error", unsubscribe);
      socket.send(JSON.stringify({ type: "hello", at: ctx.now().toISOString() }));
    },
  );
}
