import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, startTestServer, type TestServer } from "../../test/harness.ts";
import { contentSecurityPolicy } from "./security-headers.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ secureCookie: true });
});
afterAll(() => server.close());

const evil = "https://evil.example";

async function cookieOf(username: string): Promise<string> {
  return `zj_session=${await server.login(username)}`;
}

async function firstUnreadNotice(): Promise<string> {
  const res = await server.as("office1", "GET", "/api/notices?unread=true&pageSize=5");
  expect(res.status).toBe(200);
  const unread = (res.body.items as { id: string; readAt: string | null }[]).find((n) => !n.readAt);
  expect(unread, "the demo office has an unread notice").toBeTruthy();
  return unread!.id;
}

describe("headers on every answer", () => {
  it("a Content-Security-Policy with no inline script, HSTS behind HTTPS, and no-store on API answers", async () => {
    const res = await server.as("office1", "GET", "/api/auth/me");
    expect(res.status).toBe(200);
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers["strict-transport-security"]).toContain("max-age=");
    expect(res.headers["cache-control"]).toBe("no-store");
  });

  it("allows map tiles from the configured tile host only", () => {
    expect(contentSecurityPolicy(null)).toContain("img-src 'self' data: blob:;");
    expect(contentSecurityPolicy("https://t{s}.tianditu.gov.cn/vec_w/wmts?x={x}&y={y}&l={z}")).toContain(
      "img-src 'self' data: blob: https://t*.tianditu.gov.cn;",
    );
  });
});

describe("cross-site requests with the session cookie are refused", () => {
  it("a text/plain POST from another origin does not mark a notice read", async () => {
    const id = await firstUnreadNotice();
    const res = await server.request("POST", `/api/notices/${id}/read`, {
      headers: { cookie: await cookieOf("office1"), origin: evil, "content-type": "text/plain" },
      payload: "x",
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("CROSS_SITE_REQUEST");
    expect(res.body.error.message).toMatch(/其他网站/);
    const after = await server.as("office1", "GET", "/api/notices?pageSize=100");
    expect(after.body.items.find((n: { id: string }) => n.id === id).readAt).toBeNull();
  });

  it("Sec-Fetch-Site: cross-site is refused too, and logout from another site leaves the session", async () => {
    const cookie = await cookieOf("office2");
    const res = await server.request("POST", "/api/auth/logout", {
      headers: { cookie, "sec-fetch-site": "cross-site" },
    });
    expect(res.status).toBe(403);
    const me = await server.request("GET", "/api/auth/me", { headers: { cookie } });
    expect(me.status).toBe(200);
  });

  it("the same origin and Bearer clients are not affected", async () => {
    const id = await firstUnreadNotice();
    const same = await server.request("POST", `/api/notices/${id}/read`, {
      headers: { cookie: await cookieOf("office1"), origin: "http://localhost:80", host: "localhost:80" },
    });
    expect(same.status).toBe(200);
    // A client with a Bearer token (a script, a device) is not a browser on another site.
    const fresh = await server.request("POST", "/api/auth/login", {
      body: { username: "social1", password: DEMO_PASSWORD },
    });
    const bearer = await server.request("POST", "/api/auth/logout", {
      token: fresh.body.token as string,
      headers: { origin: evil },
    });
    expect(bearer.status).toBeLessThan(300);
  });

  it("a WebSocket upgrade from another origin is refused; the URL's token is ignored when the cookie is there", async () => {
    const cookie = await cookieOf("county");
    await expect(server.app.injectWS("/api/live", { headers: { cookie, origin: evil } })).rejects.toThrow(
      /403/,
    );
    // A stale cookie with a valid token in the URL: the cookie wins, so the upgrade is refused.
    await expect(
      server.app.injectWS(`/api/live?token=${await server.login("county")}`, {
        headers: { cookie: "zj_session=stale", origin: "http://localhost:80", host: "localhost:80" },
      }),
    ).rejects.toThrow(/401/);
    const ok = await server.app.injectWS("/api/live", {
      headers: { cookie, origin: "http://localhost:80", host: "localhost:80" },
    });
    ok.terminate();
  });
});
