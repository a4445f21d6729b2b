import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LiveHub, type LiveEvent } from "../../ingest/live-hub.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";

/**
 * Server processes are stateless (DESIGN.md "Scale"): an event committed in one process reaches
 * the WebSocket listeners of another through PostgreSQL LISTEN/NOTIFY. PGlite runs one process,
 * so this runs under `npm run test:pg` only.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const event = (i: number): LiveEvent => ({
  place: { officeId: "o", countyId: "c", cityId: "ci", provinceId: "p", minor: false },
  message: {
    type: "position",
    subjectId: `s${i}`,
    subjectName: "对象",
    deviceId: "d",
    lat: 23.03,
    lon: 113.15,
    time: new Date(0).toISOString(),
    battery: 80,
  },
});

describe("live fan-out between processes", () => {
  it.skipIf(!process.env.DATABASE_URL)(
    "an event published in one process reaches another, once, large batches in chunks",
    async () => {
      const a = new LiveHub();
      const b = new LiveHub();
      await a.attach(server.ctx.database);
      await b.attach(server.ctx.database);
      const gotA: LiveEvent[] = [];
      const gotB: LiveEvent[] = [];
      a.subscribe((e) => gotA.push(e));
      b.subscribe((e) => gotB.push(e));
      const events = Array.from({ length: 200 }, (_, i) => event(i));
      a.publish(events);
      for (let i = 0; i < 50 && gotB.length < 200; i++) await new Promise((r) => setTimeout(r, 50));
      expect(gotB.map((e) => (e.message as { subjectId: string }).subjectId)).toEqual(
        events.map((e) => (e.message as { subjectId: string }).subjectId),
      );
      // Its own events are delivered locally once, not again from the database.
      expect(gotA).toHaveLength(200);
      await a.detach();
      await b.detach();
    },
  );

  it("on the embedded database a hub delivers locally and attaching is a no-op", async () => {
    const hub = new LiveHub();
    if (!server.ctx.database.listen) await hub.attach(server.ctx.database);
    const got: LiveEvent[] = [];
    hub.subscribe((e) => got.push(e));
    hub.publish([event(1)]);
    expect(got).toHaveLength(1);
  });
});
