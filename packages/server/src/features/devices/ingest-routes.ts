import type { FastifyRequest } from "fastify";
import { DomainError } from "@zhijiao/domain";
import { ingestPositions } from "./ingest-positions.ts";
import type { AppContext } from "../../context.ts";
import type { RouteApp } from "../../http/route-app.ts";
import { responses } from "../../http/schema-parts.ts";
import { ingestBody, ingestResultSchema, osmandQuery } from "./ingest-schemas.ts";

/** The device token: `Authorization: Device <token>` (or `Bearer`), or `?key=` for clients that cannot set headers. */
function deviceToken(req: FastifyRequest, key?: string): string | null {
  const h = req.headers.authorization;
  if (h?.startsWith("Device ")) return h.slice(7).trim() || null;
  if (h?.startsWith("Bearer ")) return h.slice(7).trim() || null;
  return key?.trim() || null;
}

/** OsmAnd `timestamp`: Unix seconds or milliseconds, or an ISO date-time. */
export function osmandTime(value: string | undefined, now: Date): Date {
  if (!value) return now;
  if (/^\d{9,13}$/.test(value)) {
    const n = Number(value);
    return new Date(value.length > 11 ? n : n * 1000);
  }
  const d = new Date(value.includes("T") || value.includes("Z") ? value : value.replace(" ", "T") + "Z");
  if (Number.isNaN(d.getTime()))
    throw new DomainError("VALIDATION_FAILED", { field: "timestamp" }, "定位时间格式不正确");
  return d;
}

/** Position ingest over HTTP: the batch API for devices and carrier gateways, and OsmAnd (Traccar Client). */
export function ingestRoutes(app: RouteApp, ctx: AppContext): void {
  const tags = ["location"];
  const response = responses({ 200: ingestResultSchema });
  app.post(
    "/api/ingest/positions",
    {
      schema: { tags, summary: "设备批量上传定位（设备凭证）", body: ingestBody, security: [], response },
    },
    async (req) =>
      ingestPositions({
        ctx,
        token: deviceToken(req),
        source: "http",
        fixes: req.body.positions.map((p) => ({ ...p, time: new Date(p.time) })),
      }),
  );

  app.route({
    method: ["GET", "POST"],
    url: "/api/ingest/osmand",
    schema: {
      tags,
      summary: "OsmAnd 协议定位上报（Traccar Client）",
      querystring: osmandQuery,
      security: [],
      response,
    },
    handler: async (req) => {
      const q = req.query;
      const result = await ingestPositions({
        ctx,
        token: deviceToken(req, q.key),
        source: "osmand",
        fixes: [
          {
            time: osmandTime(q.timestamp, ctx.now()),
            lat: q.lat,
            lon: q.lon,
            accuracy: q.accuracy ?? null,
            // OsmAnd speed is in knots.
            speed: q.speed != null ? q.speed * 1.852 : null,
            heading: q.bearing ?? null,
            altitude: q.altitude ?? null,
            battery: q.batt ?? null,
          },
        ],
      });
      if (result.rejected.length)
        throw new DomainError("VALIDATION_FAILED", { rejected: result.rejected }, "定位点无法接收");
      return result;
    },
  });
}
