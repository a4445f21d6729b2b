import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSubject } from "../../../test/factories.ts";
import { startTestServer, type Call, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";

/**
 * Devices and their bindings (R-EP-1: a bracelet only under an approved authorization; a phone
 * is not an electronic positioning device). Test today is 2026-11-20. The demo binds bracelet
 * 013800138000 and phone 860000000000001 to 桂城 subjects.
 */
let server: TestServer;
let guicheng: string;
let meiyun: string;
let nanhai: string;

type Method = "GET" | "POST";
const as = (username: string, method: Method, url: string, body?: unknown): Promise<Call> =>
  server.as(username, method, url, body);

beforeAll(async () => {
  server = await startTestServer();
  guicheng = await orgId(server, "桂城司法所");
  meiyun = await orgId(server, "梅云司法所");
  nanhai = await orgId(server, "南海区社区矫正");
});
afterAll(() => server.close());

let serial = 0;
async function newSubject(
  user = "office1",
  officeId = guicheng,
  overrides: Parameters<typeof buildSubject>[1] = {},
) {
  serial += 1;
  const res = await as(
    user,
    "POST",
    "/api/subjects",
    buildSubject(officeId, { name: `设备对象${serial}`, ...overrides }),
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

let identifiers = 0;
async function register(kind: "bracelet" | "phone", user = "county"): Promise<{ id: string; token: string }> {
  identifiers += 1;
  const identifier =
    kind === "bracelet"
      ? `0139${String(identifiers).padStart(8, "0")}`
      : `86111100000${String(identifiers).padStart(4, "0")}`;
  const res = await as(user, "POST", "/api/devices", { kind, identifier, model: "测试设备" });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.id as string, token: res.body.token as string };
}

async function authorize(subjectId: string): Promise<string> {
  const res = await as("office1", "POST", `/api/subjects/${subjectId}/positioning-authorizations`, {
    condition: "left_without_approval",
    facts: "2026年11月8日未经批准前往广州，次日返回",
    fromOn: "2026-11-20",
    untilOn: "2027-02-19",
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const ok = await as("county_head", "POST", `/api/positioning-authorizations/${res.body.id}/decision`, {
    approve: true,
  });
  expect(ok.status).toBe(200);
  return res.body.id as string;
}

function bind(subjectId: string, deviceId: string, user = "office1"): Promise<Call> {
  return as(user, "POST", `/api/subjects/${subjectId}/device-bindings`, { deviceId });
}

async function snapshot(subjectId: string) {
  const [bindings, events] = await Promise.all([
    server.db
      .selectFrom("device_bindings")
      .selectAll()
      .where("subject_id", "=", subjectId)
      .orderBy("id")
      .execute(),
    server.db.selectFrom("case_events").select("id").where("subject_id", "=", subjectId).execute(),
  ]);
  return { bindings, events: events.length };
}

describe("devices (POST/GET /api/devices)", () => {
  it("the county registers a device; its ingest token is shown once and only its SHA-256 is stored", async () => {
    const res = await as("county", "POST", "/api/devices", {
      kind: "bracelet",
      identifier: "013912345678",
      model: "JT/T 808 手环",
      offlineAfterSeconds: 900,
      lowBatteryPercent: 15,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      kind: "bracelet",
      kindLabel: "电子定位手环",
      identifier: "013912345678",
      model: "JT/T 808 手环",
      countyId: nanhai,
      offlineAfterSeconds: 900,
      lowBatteryPercent: 15,
      active: true,
    });
    expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const row = await server.db
      .selectFrom("devices")
      .selectAll()
      .where("id", "=", res.body.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(
      createHash("sha256")
        .update(res.body.token as string)
        .digest("hex"),
    );
    const list = await as("county", "GET", "/api/devices?kind=bracelet&pageSize=100");
    const item = (list.body.items as { id: string }[]).find((d) => d.id === res.body.id);
    expect(item).toMatchObject({ bound: false, binding: null });
    expect(item).not.toHaveProperty("token");
    expect(JSON.stringify(list.body)).not.toContain(row.token_hash!);
  });

  it("refusals: an office or procurator 403, a taken identifier 409, a bad identifier or field 400; nothing is stored", async () => {
    const count = async () => (await server.db.selectFrom("devices").select("id").execute()).length;
    const before = await count();
    const body = { kind: "bracelet", identifier: "013900099999" };
    expect((await as("office1", "POST", "/api/devices", body)).status).toBe(403);
    expect((await as("procurator", "POST", "/api/devices", body)).status).toBe(403);
    expect(
      (await as("county_head", "POST", "/api/devices", { kind: "phone", identifier: "860000000000001" })).body
        .error.code,
    ).toBe("DEVICE_IDENTIFIER_TAKEN");
    for (const bad of [
      { kind: "bracelet", identifier: "JT-808" },
      { kind: "watch", identifier: "013900099999" },
      { ...body, offlineAfterSeconds: 10 },
      { ...body, token: "x" },
    ])
      expect((await as("county", "POST", "/api/devices", bad)).status, JSON.stringify(bad)).toBe(400);
    expect(await count()).toBe(before);
  });

  it("lists the caller's county's devices: 南海 sees the demo devices and who wears them, 榕城 none of them", async () => {
    const county = await as("county", "GET", "/api/devices?pageSize=100");
    expect(county.status).toBe(200);
    const demo = (
      county.body.items as { identifier: string; bound: boolean; binding: { subjectName: string } | null }[]
    ).filter((d) => ["013800138000", "860000000000001"].includes(d.identifier));
    expect(demo).toHaveLength(2);
    expect(demo.every((d) => d.bound && d.binding?.subjectName)).toBe(true);
    const bound = await as("office1", "GET", "/api/devices?bound=true&pageSize=100");
    expect((bound.body.items as { identifier: string }[]).map((d) => d.identifier)).toEqual(
      expect.arrayContaining(["013800138000", "860000000000001"]),
    );
    // Another office of the county sees the devices, but not whose (not its files).
    const office2 = await as("office2", "GET", "/api/devices?pageSize=100");
    const seen = (office2.body.items as { identifier: string; bound: boolean; binding: unknown }[]).find(
      (d) => d.identifier === "013800138000",
    );
    expect(seen).toMatchObject({ bound: true, binding: null });
    const jieyang = await as("jieyang_county", "GET", "/api/devices?pageSize=100");
    expect(jieyang.status).toBe(200);
    expect((jieyang.body.items as { identifier: string }[]).map((d) => d.identifier)).not.toContain(
      "013800138000",
    );
    expect((await as("social1", "GET", "/api/devices")).status).toBe(403);
    expect((await as("county", "GET", "/api/devices?bound=maybe")).status).toBe(400);
  });
});

describe("bindings (R-EP-1)", () => {
  it("R-EP-1: a bracelet without an approved authorization in force is 409 and binds nothing", async () => {
    const id = await newSubject();
    const bracelet = await register("bracelet");
    const before = await snapshot(id);
    const res = await bind(id, bracelet.id);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("POSITIONING_NOT_AUTHORIZED");
    // A proposal not yet approved is no authorization either.
    await as("office1", "POST", `/api/subjects/${id}/positioning-authorizations`, {
      condition: "refused_report_warned",
      facts: "拒不报告活动情况，已被警告",
      fromOn: "2026-11-20",
      untilOn: "2026-12-31",
    });
    const proposed = await snapshot(id);
    expect((await bind(id, bracelet.id)).body.error.code).toBe("POSITIONING_NOT_AUTHORIZED");
    expect(await snapshot(id)).toEqual(proposed);
    expect(before.bindings).toEqual([]);
  });

  it("R-EP-1: a phone is not an electronic positioning device: it binds without authorization (an information check)", async () => {
    const id = await newSubject();
    const phone = await register("phone");
    const res = await bind(id, phone.id);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      deviceId: phone.id,
      deviceKind: "phone",
      authorizationId: null,
      endedAt: null,
    });
    const steps = (await as("office1", "GET", `/api/subjects/${id}/timeline`)).body.items as {
      step: string;
      summary: string;
    }[];
    expect(steps.find((e) => e.step === "bind_device")?.summary).toMatch(/信息核查/);
  });

  it("R-EP-1: under an approved authorization the bracelet binds, resting on it; one open binding per device and per kind", async () => {
    const id = await newSubject();
    const auth = await authorize(id);
    const bracelet = await register("bracelet");
    const res = await bind(id, bracelet.id, "county");
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      deviceKind: "bracelet",
      authorizationId: auth,
      subjectId: id,
      boundByName: "陈嘉欣",
    });

    const other = await newSubject();
    await authorize(other);
    const before = await snapshot(other);
    const taken = await bind(other, bracelet.id);
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe("DEVICE_BOUND");
    const second = await register("bracelet");
    const twice = await bind(id, second.id);
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe("SUBJECT_DEVICE_BOUND");
    expect(await snapshot(other)).toEqual(before);
  });

  it("scope: another office cannot see or bind for the file (404), another county cannot use 南海's devices (404)", async () => {
    const id = await newSubject();
    const phone = await register("phone");
    const before = await snapshot(id);
    expect((await bind(id, phone.id, "office2")).status).toBe(404);
    expect((await bind(id, phone.id, "jieyang_county")).status).toBe(404);
    expect((await as("office2", "GET", `/api/subjects/${id}/device-bindings`)).status).toBe(404);
    expect((await bind(id, phone.id, "procurator")).status).toBe(403);
    expect((await bind(id, "00000000-0000-0000-0000-000000000000")).body.error.code).toBe("DEVICE_UNKNOWN");
    expect(
      (await as("office1", "POST", `/api/subjects/${id}/device-bindings`, { deviceId: "x" })).status,
    ).toBe(400);
    expect(await snapshot(id)).toEqual(before);

    const theirs = await newSubject("office_meiyun", meiyun, {
      residenceAddress: "广东省揭阳市榕城区梅云街道梅云路1号",
      residenceDivisionCode: "445202",
      decidingAuthority: "揭阳市榕城区人民法院",
    });
    const res = await bind(theirs, phone.id, "jieyang_county");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("DEVICE_UNKNOWN");
  });

  it("ending a binding: once (409 after), by the file's office or county only; the history keeps it", async () => {
    const id = await newSubject();
    const phone = await register("phone");
    const bound = await bind(id, phone.id);
    const url = `/api/device-bindings/${bound.body.id}/end`;
    const before = await snapshot(id);
    expect((await as("office2", "POST", url, { reason: "更换设备" })).status).toBe(404);
    expect((await as("procurator", "POST", url, { reason: "更换设备" })).status).toBe(403);
    expect((await as("office1", "POST", url, { reason: " " })).status).toBe(400);
    expect((await as("office1", "POST", url, {})).status).toBe(400);
    expect(await snapshot(id)).toEqual(before);

    const ended = await as("office1", "POST", url, { reason: "手机丢失，更换设备" });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(ended.body).toMatchObject({
      endReason: "手机丢失，更换设备",
      endReasonLabel: "手机丢失，更换设备",
      endedByName: "林晓敏",
    });
    expect(ended.body.endedAt).not.toBeNull();
    const again = await as("county", "POST", url, { reason: "再次解除" });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("BINDING_ENDED");

    // The device is free again, for this file or another.
    const rebound = await bind(id, phone.id);
    expect(rebound.status).toBe(201);
    const history = await as("procurator", "GET", `/api/subjects/${id}/device-bindings`);
    expect(history.status).toBe(200);
    expect((history.body.items as { endedAt: string | null }[]).map((b) => b.endedAt === null)).toEqual([
      true,
      false,
    ]);
    const audit = await server.db
      .selectFrom("audit_log")
      .select("actor_username")
      .where("subject_id", "=", id)
      .where("action", "=", "device_binding.list")
      .execute();
    expect(audit).toEqual([{ actor_username: "procurator" }]);
    const steps = (
      (await as("office1", "GET", `/api/subjects/${id}/timeline`)).body.items as { step: string }[]
    ).map((e) => e.step);
    expect(steps.filter((s) => s === "bind_device")).toHaveLength(2);
    expect(steps).toContain("end_device_binding");
  });

  it("a bound device's positions are stored at once, and none once its binding has ended", async () => {
    const id = await newSubject();
    const phone = await register("phone");
    const fix = (minutesAgo: number) => ({
      time: new Date(server.clock.now().getTime() - minutesAgo * 60_000).toISOString(),
      lat: 23.03,
      lon: 113.15,
      accuracy: 15,
    });
    const ingest = (positions: unknown[]) =>
      server.request("POST", "/api/ingest/positions", {
        headers: { authorization: `Device ${phone.token}` },
        body: { positions },
      });
    const unbound = await ingest([fix(3)]);
    expect(unbound.body.accepted ?? 0).toBe(0);
    const bound = await bind(id, phone.id);
    const ok = await ingest([fix(2)]);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.accepted).toBe(1);
    await as("office1", "POST", `/api/device-bindings/${bound.body.id}/end`, { reason: "不再需要" });
    const after = await ingest([fix(1)]);
    expect(after.body.accepted ?? 0).toBe(0);
    const stored = await server.db
      .selectFrom("positions")
      .select("fixed_at")
      .where("subject_id", "=", id)
      .execute();
    expect(stored).toHaveLength(1);
  });
});
