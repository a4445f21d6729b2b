import type { FastifyReply, FastifyRequest } from "fastify";
import { DomainError } from "@zhijiao/domain";
import { SESSION_COOKIE } from "./auth.ts";

export interface SecurityHeaderOptions {
  /** Behind HTTPS: browsers are told to use nothing else (HSTS). */
  secure: boolean;
  /** The base map's tile URL (VITE_TILE_URL), the one other host the console may load images from. */
  tileUrl?: string | null;
}

/** The origin of a tile URL template such as `https://t{s}.tianditu.gov.cn/...{z}/{x}/{y}`. */
function tileSource(tileUrl: string | null | undefined): string | null {
  if (!tileUrl) return null;
  const m = /^(https?):\/\/([^/]+)/.exec(tileUrl.trim());
  if (!m) return null;
  // Leaflet's subdomain placeholder {s} becomes a wildcard of the same domain.
  const host = m[2]!.replace(/\{s\}/g, "*");
  return `${m[1]}://${host}`;
}

/**
 * The Content-Security-Policy of the console and the phone app: scripts only from this server
 * (no inline script), images from here and the configured tile host, connections (fetch,
 * WebSocket) only back to this server. Ant Design and Leaflet set inline styles, so styles may.
 */
export function contentSecurityPolicy(tileUrl?: string | null): string {
  const tiles = tileSource(tileUrl);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tiles ? ` ${tiles}` : ""}`,
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers on every answer; API answers carry personal data and are never stored by a cache. */
export function securityHeaders(options: SecurityHeaderOptions) {
  const csp = contentSecurityPolicy(options.tileUrl);
  return async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    void reply.header("x-content-type-options", "nosniff");
    void reply.header("referrer-policy", "no-referrer");
    void reply.header("x-frame-options", "DENY");
    void reply.header("content-security-policy", csp);
    if (options.secure) void reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
    if (req.url.startsWith("/api/") && !reply.hasHeader("cache-control"))
      void reply.header("cache-control", "no-store");
    return payload;
  };
}

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** Whether the browser says the request comes from another site than this server's. */
function isCrossSite(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (typeof origin === "string" && origin !== "") {
    if (origin === "null") return true;
    try {
      // The request's host read with the origin's scheme, so that a default port (":80",
      // ":443") compares equal to none, also behind a proxy that ends TLS.
      const from = new URL(origin);
      return from.host !== new URL(`${from.protocol}//${req.host}`).host;
    } catch {
      return true;
    }
  }
  const site = req.headers["sec-fetch-site"];
  return typeof site === "string" && site !== "same-origin" && site !== "none";
}

/**
 * Cross-site request forgery: a state-changing request, or a WebSocket upgrade, that carries the
 * session cookie and comes from another origin is refused (403 CROSS_SITE_REQUEST). SameSite
 * alone is not relied on. Clients that send `Authorization: Bearer` (devices, scripts) are not
 * affected: a browser on another site cannot set that header.
 */
export async function refuseCrossSiteRequests(req: FastifyRequest): Promise<void> {
  if (!req.url.startsWith("/api/")) return;
  const upgrade = String(req.headers.upgrade ?? "").toLowerCase() === "websocket";
  if (safeMethods.has(req.method) && !upgrade) return;
  if (req.headers.authorization?.startsWith("Bearer ")) return;
  const cookies = req.headers.cookie ?? "";
  const hasSession = cookies.split(";").some((c) => c.trim().startsWith(`${SESSION_COOKIE}=`));
  if (!hasSession && !upgrade) return;
  if (isCrossSite(req)) throw new DomainError("CROSS_SITE_REQUEST", { origin: req.headers.origin ?? null });
}
