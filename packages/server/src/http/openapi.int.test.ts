import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSubject } from "../../test/factories.ts";
import { startTestServer, type TestServer } from "../../test/harness.ts";
import { orgId } from "../../test/orgs.ts";

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }>; description?: string }>;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

describe("the OpenAPI document is the contract", () => {
  it("declares a success answer with a schema for every operation, and the error answer", async () => {
    const res = await server.request("GET", "/api/openapi.json");
    expect(res.status).toBe(200);
    const paths = res.body.paths as Record<string, Record<string, Operation>>;
    const operations = Object.entries(paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
    );
    expect(operations.length).toBeGreaterThan(100);
    const lacking = operations.filter(({ op }) => {
      const ok = Object.entries(op.responses ?? {}).find(([status]) => /^(2\d\d|101)$/.test(status));
      if (!ok) return true;
      const [status, answer] = ok;
      if (status === "204" || status === "101") return false;
      return !Object.values(answer.content ?? {}).some((c) => c.schema);
    });
    expect(lacking.map((o) => o.name)).toEqual([]);
    const withoutError = operations.filter(({ op }) => !op.responses?.["4XX"] && !op.responses?.["4xx"]);
    expect(withoutError.map((o) => o.name)).toEqual([]);
  });

  it("serializes a presented instant as ISO 8601 and keeps every presented field", async () => {
    const office = await orgId(server, "桂城司法所");
    const created = await server.as(
      "office1",
      "POST",
      "/api/subjects",
      buildSubject(office, { name: "契约对象" }),
    );
    expect(created.status).toBe(201);
    const res = await server.as("office1", "POST", `/api/subjects/${created.body.id}/leave-requests`, {
      startOn: "2026-11-24",
      endOn: "2026-11-26",
      destinationDivisionCode: "440104",
      destinationAddress: "广东省广州市越秀区中山二路58号",
      reason: "陪同母亲到广州住院治疗",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
    expect(Object.keys(res.body)).toEqual(
      expect.arrayContaining(["cumulativeDays", "approvalLevelLabel", "late"]),
    );
    expect(res.body.decidedOn).toBeNull();
  });
});
