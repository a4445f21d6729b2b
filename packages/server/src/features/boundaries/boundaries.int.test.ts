import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/harness.ts";

/** The shipped county boundaries (issue 5): GB/T 2260 codes, WGS-84 GeoJSON for the map. */
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe("GET /api/boundaries", () => {
  it("lists a city's counties, a province's cities, and the shipped provinces", async () => {
    const res = await server.as("office1", "GET", "/api/boundaries?parent=440600");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items).toEqual([
      { code: "440604", name: "禅城区" },
      { code: "440605", name: "南海区" },
      { code: "440606", name: "顺德区" },
      { code: "440607", name: "三水区" },
      { code: "440608", name: "高明区" },
    ]);
    expect(res.headers["cache-control"]).toContain("max-age=");

    const cities = await server.as("procurator", "GET", "/api/boundaries?parent=440000");
    expect(cities.status).toBe(200);
    expect(cities.body.items).toHaveLength(21);
    expect(cities.body.items).toContainEqual({ code: "445200", name: "揭阳市" });

    const provinces = await server.as("county", "GET", "/api/boundaries");
    expect(provinces.body.items).toEqual([{ code: "440000", name: "广东省" }]);
  });

  it("refuses the unsigned (401), the subjects' app (403), unknown parents (404) and malformed ones (400)", async () => {
    expect((await server.request("GET", "/api/boundaries?parent=440600")).status).toBe(401);
    expect((await server.as("subject1", "GET", "/api/boundaries?parent=440600")).status).toBe(403);
    const unknown = await server.as("office1", "GET", "/api/boundaries?parent=450100");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("BOUNDARY_UNKNOWN");
    for (const bad of ["4406", "44060a", "440600&x=1"])
      expect((await server.as("office1", "GET", `/api/boundaries?parent=${bad}`)).status, bad).toBe(400);
  });
});

describe("GET /api/boundaries/:code", () => {
  it("answers the county as a GeoJSON Feature in WGS-84, cacheable", async () => {
    const res = await server.as("office1", "GET", "/api/boundaries/440605");
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    expect(res.body).toMatchObject({
      type: "Feature",
      id: "440605",
      properties: { code: "440605", name: "南海区", parent: "440600", parentName: "佛山市" },
      geometry: { type: "MultiPolygon" },
    });
    const [minLon, minLat, maxLon, maxLat] = res.body.bbox as number[];
    expect(minLon).toBeLessThan(113.15);
    expect(maxLon).toBeGreaterThan(113.15);
    expect(minLat).toBeLessThan(23.03);
    expect(maxLat).toBeGreaterThan(23.03);
    const ring = res.body.geometry.coordinates[0][0] as [number, number][];
    expect(ring.length).toBeGreaterThan(100);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(res.headers["cache-control"]).toContain("immutable");
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"440605-/);

    const again = await server.request("GET", "/api/boundaries/440605", {
      token: await server.login("office1"),
      headers: { "if-none-match": etag },
    });
    expect(again.status).toBe(304);
    expect(again.raw.body).toBe("");
  });

  it("refuses the unsigned with 401, without revealing anything", async () => {
    const res = await server.request("GET", "/api/boundaries/440605");
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("UNAUTHENTICATED");
  });

  it("answers 404 BOUNDARY_UNKNOWN in Chinese for a code without data", async () => {
    const res = await server.as("office1", "GET", "/api/boundaries/999999");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("BOUNDARY_UNKNOWN");
    expect(res.body.error.message).toMatch(/边界数据/);
    // 光明区 (2018) is in GB/T 2260 but not in the source data: said so.
    const guangming = await server.as("office1", "GET", "/api/boundaries/440311");
    expect(guangming.status).toBe(404);
    expect(guangming.body.error.message).toContain("光明区");
    // A city has no polygon of its own here: only counties do.
    expect((await server.as("office1", "GET", "/api/boundaries/440600")).status).toBe(404);
  });

  it("answers 400 for a malformed code", async () => {
    for (const bad of ["4406051", "44060", "abcdef", "%2E%2E%2F44"]) {
      const res = await server.as("office1", "GET", `/api/boundaries/${bad}`);
      expect(res.status, bad).toBe(400);
      expect(res.body.error.code, bad).toBe("VALIDATION_FAILED");
    }
  });
});
