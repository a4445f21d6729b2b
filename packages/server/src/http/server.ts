import { existsSync } from "node:fs";
import { join } from "node:path";
import cookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import type { RouteApp } from "./route-app.ts";
import { auditRoutes } from "../features/audit/routes.ts";
import { authRoutes } from "../features/auth/routes.ts";
import { calendarRoutes } from "../features/calendar/routes.ts";
import { alertRoutes } from "../features/alerts/routes.ts";
import { randomCheckRoutes } from "../features/random-checks/routes.ts";
import { boundaryRoutes } from "../features/boundaries/routes.ts";
import { deviceRoutes } from "../features/devices/routes.ts";
import { positioningRoutes } from "../features/positioning/routes.ts";
import { zoneRoutes } from "../features/zones/routes.ts";
import { ingestRoutes } from "../features/devices/ingest-routes.ts";
import { liveRoutes } from "../features/positioning/live-routes.ts";
import { documentTemplateRoutes } from "../features/documents/routes.ts";
import { caseRoutes } from "../features/case/routes.ts";
import { closureRoutes } from "../features/case/closure-routes.ts";
import { deadlineRoutes } from "../features/deadlines/routes.ts";
import { noticeRoutes } from "../features/notices/routes.ts";
import { investigationRoutes } from "../features/investigations/routes.ts";
import { dashboardRoutes } from "../features/dashboard/routes.ts";
import { healthRoutes } from "./health-routes.ts";
import { organizationRoutes } from "../features/admin/organization-routes.ts";
import { subjectRoutes } from "../features/subjects/routes.ts";
import { transferRoutes } from "../features/transfers/routes.ts";
import { leaveRequestRoutes } from "../features/leave/routes.ts";
import { courtBanRoutes } from "../features/court-bans/routes.ts";
import { specialPlaceRoutes } from "../features/special-places/routes.ts";
import { absenceRoutes } from "../features/absences/routes.ts";
import { ruleRoutes } from "../features/rules/routes.ts";
import { sanctionRoutes } from "../features/sanctions/routes.ts";
import { supervisionRoutes } from "../features/supervision/routes.ts";
import { meRoutes } from "../features/me/routes.ts";
import { checkInRoutes } from "../features/check-ins/routes.ts";
import { userRoutes } from "../features/admin/user-routes.ts";
import type { AppContext } from "../context.ts";
import { errorBody, handleError } from "./errors.ts";
import { validatorCompiler } from "./validation.ts";
import { refuseCrossSiteRequests, securityHeaders } from "./security-headers.ts";

export interface ServerOptions {
  /** The built console (packages/web/dist); served with an SPA fallback when present. */
  webDist?: string | null;
  logger?: boolean;
  secureCookie?: boolean;
  trustProxy?: boolean | string;
  /** The base map's tile URL template (VITE_TILE_URL), allowed as an image source. */
  tileUrl?: string | null;
}

/** The HTTP server: routes validate, call one use case, and present; errors map in one place. */
export async function buildServer(ctx: AppContext, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: "info" } : false,
    bodyLimit: 256 * 1024,
    // Behind a reverse proxy, ZHIJIAO_TRUST_PROXY lets the audit trail record the client's address.
    trustProxy: options.trustProxy ?? false,
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider() as unknown as RouteApp;
  app.setValidatorCompiler(validatorCompiler);
  app.setErrorHandler(handleError);
  app.decorateRequest("actor", null);
  app.decorateRequest("token", null);
  app.decorateRequest("mustChangePassword", false);
  app.addContentTypeParser(
    ["image/jpeg", "image/png", "application/pdf"],
    { parseAs: "buffer" },
    (_req, body, done) => done(null, body),
  );
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "智矫 zhijiao API", version: "0.1.0", description: "社区矫正综合管理平台接口" },
      components: {
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer" },
          cookie: { type: "apiKey", in: "cookie", name: "zj_session" },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
  });
  app.addHook("onSend", securityHeaders({ secure: options.secureCookie ?? false, tileUrl: options.tileUrl }));
  app.addHook("onRequest", refuseCrossSiteRequests);

  healthRoutes(app, ctx);
  authRoutes(app, ctx, { secureCookie: options.secureCookie ?? false });
  organizationRoutes(app, ctx);
  userRoutes(app, ctx);
  subjectRoutes(app, ctx);
  auditRoutes(app, ctx);
  dashboardRoutes(app, ctx);
  investigationRoutes(app, ctx);
  transferRoutes(app, ctx);
  leaveRequestRoutes(app, ctx);
  courtBanRoutes(app, ctx);
  specialPlaceRoutes(app, ctx);
  absenceRoutes(app, ctx);
  ruleRoutes(app, ctx);
  sanctionRoutes(app, ctx);
  supervisionRoutes(app, ctx);
  meRoutes(app, ctx);
  checkInRoutes(app, ctx);
  caseRoutes(app, ctx);
  closureRoutes(app, ctx);
  deadlineRoutes(app, ctx);
  noticeRoutes(app, ctx);
  calendarRoutes(app, ctx);
  documentTemplateRoutes(app, ctx);
  ingestRoutes(app, ctx);
  alertRoutes(app, ctx);
  randomCheckRoutes(app, ctx);
  boundaryRoutes(app, ctx);
  positioningRoutes(app, ctx);
  deviceRoutes(app, ctx);
  zoneRoutes(app, ctx);
  await liveRoutes(app, ctx);
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  const dist = options.webDist;
  const hasWeb = dist && existsSync(join(dist, "index.html"));
  if (hasWeb) await app.register(fastifyStatic, { root: dist, wildcard: false, index: ["index.html"] });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith("/api/") || !hasWeb || req.method !== "GET") {
      void reply
        .status(404)
        .send(errorBody("ROUTE_NOT_FOUND", { method: req.method, url: req.url.split("?")[0] }));
      return;
    }
    void reply.type("text/html").sendFile("index.html");
  });
  return app;
}
