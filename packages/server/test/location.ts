import { randomBytes, randomUUID } from "node:crypto";
import { expect } from "vitest";
import { locationOf } from "../src/ingest/location-runtime.ts";
import { tokenHash } from "../src/security/tokens.ts";
import { buildSubject } from "./factories.ts";
import type { Call, TestServer } from "./harness.ts";
import { orgId } from "./orgs.ts";

/**
 * Location fixtures through the real server: subjects of 桂城司法所 in 南海区 (440605), devices
 * bound to them as an agency registers them, fixes sent over HTTP. 桂城 (23.03 N, 113.15 E) is
 * inside the county, 天河 in Guangzhou (23.125 N, 113.36 E) well outside.
 */
export const INSIDE = { lat: 23.03, lon: 113.15 };
export const OUTSIDE = { lat: 23.125, lon: 113.36 };

export class LocationFixtures {
  private serial = 0;
  private office: string | null = null;

  constructor(private readonly server: TestServer) {}

  private async guicheng(): Promise<string> {
    this.office ??= await orgId(this.server, "桂城司法所");
    return this.office;
  }

  async newSubject(): Promise<string> {
    this.serial += 1;
    const res = await this.server.as(
      "office1",
      "POST",
      "/api/subjects",
      buildSubject(await this.guicheng(), { name: `定位对象${this.serial}` }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  }

  /** A device bound to the subject, with its ingest token (set up in the database, as an agency would register it). */
  async bindDevice(subjectId: string | null, kind: "phone" | "bracelet" = "phone") {
    const server = this.server;
    const token = randomBytes(16).toString("hex");
    const deviceId = randomUUID();
    const county = await server.db
      .selectFrom("organizations")
      .select("county_id")
      .where("id", "=", await this.guicheng())
      .executeTakeFirstOrThrow();
    await server.db
      .insertInto("devices")
      .values({
        id: deviceId,
        kind,
        identifier: `T${randomBytes(6).toString("hex")}`,
        county_id: county.county_id!,
        token_hash: tokenHash(token),
        created_at: server.clock.now(),
      })
      .execute();
    if (subjectId)
      await server.db
        .insertInto("device_bindings")
        .values({
          id: randomUUID(),
          device_id: deviceId,
          subject_id: subjectId,
          bound_at: server.clock.now(),
        })
        .execute();
    locationOf(server.ctx).pipeline.invalidate();
    return { deviceId, token };
  }

  /** Fixes sent over HTTP with the device's token (to this server, or another on the same database). */
  ingest(token: string | null, positions: unknown[], via: TestServer = this.server): Promise<Call> {
    return via.request("POST", "/api/ingest/positions", {
      headers: token ? { authorization: `Device ${token}` } : {},
      body: { positions },
    });
  }

  /** Fixes one minute apart ending now (test clock), at the given point with a little noise. */
  track(at: { lat: number; lon: number }, n: number, extra: Record<string, unknown> = {}) {
    const now = this.server.clock.now().getTime();
    return Array.from({ length: n }, (_, i) => ({
      time: new Date(now - (n - 1 - i) * 60_000).toISOString(),
      lat: at.lat + i * 0.0001,
      lon: at.lon,
      accuracy: 15,
      ...extra,
    }));
  }

  async alertsOf(subjectId: string, user = "office1") {
    const res = await this.server.as(user, "GET", `/api/alerts?subjectId=${subjectId}&pageSize=100`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.items as { id: string; type: string; status: string; clearedAt: string | null }[];
  }
}
