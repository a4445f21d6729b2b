import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIdNumber, buildSubject } from "../../test/factories.ts";
import { startTestServer, type TestServer } from "../../test/harness.ts";
import { orgId } from "../../test/orgs.ts";

/** Scope isolation, resource by resource: outside the caller's scope a thing does not exist (404). */
let server: TestServer;
let guicheng: string;
let adult: { id: string };
let minor: { id: string };
let meiyunSubject: { id: string };

beforeAll(async () => {
  server = await startTestServer();
  guicheng = await orgId(server, "桂城司法所");
  const meiyun = await orgId(server, "梅云司法所");
  adult = (await server.as("office1", "POST", "/api/subjects", buildSubject(guicheng, { name: "成年对象" })))
    .body;
  minor = (
    await server.as(
      "office1",
      "POST",
      "/api/subjects",
      buildSubject(guicheng, { name: "未成年对象", idNumber: buildIdNumber({ birth: "2010-06-01" }) }),
    )
  ).body;
  meiyunSubject = (
    await server.as(
      "office_meiyun",
      "POST",
      "/api/subjects",
      buildSubject(meiyun, { residenceDivisionCode: "445202", decidingAuthority: "揭阳市榕城区人民法院" }),
    )
  ).body;
  expect(minor.id && adult.id && meiyunSubject.id).toBeTruthy();
});
afterAll(async () => {
  await server.close();
});

const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((s) => s.id);

async function listAll(user: string): Promise<string[]> {
  const out: string[] = [];
  for (let page = 1; ; page++) {
    const res = await server.as(user, "GET", `/api/subjects?pageSize=100&page=${page}`);
    expect(res.status).toBe(200);
    out.push(...ids(res));
    if (out.length >= res.body.total) return out;
  }
}

describe("subjects: list and read", () => {
  it("an office worker sees only the own office's files; another office's file is 404 to read, change, reveal or trail", async () => {
    expect(await listAll("office1")).toEqual(expect.arrayContaining([adult.id, minor.id]));
    const other = await listAll("office2");
    expect(other).not.toContain(adult.id);
    expect(other).not.toContain(minor.id);
    for (const [method, url, body] of [
      ["GET", `/api/subjects/${adult.id}`, undefined],
      ["PATCH", `/api/subjects/${adult.id}`, { version: 1, level: "strict" }],
      ["POST", `/api/subjects/${adult.id}/reveal`, { field: "idNumber", reason: "查看" }],
      ["GET", `/api/subjects/${adult.id}/audit`, undefined],
      ["GET", `/api/subjects/${adult.id}/photo`, undefined],
    ] as const) {
      const res = await server.as("office2", method, url, body);
      expect(res.status, `${method} ${url}`).toBe(404);
      expect(res.body.error.code).toBe("NOT_FOUND");
    }
    const unchanged = await server.as("office1", "GET", `/api/subjects/${adult.id}`);
    expect(unchanged.body).toMatchObject({ level: "normal", version: 1 });
  });

  it("an office worker sees only its own office even when filtering by another office", async () => {
    const jiujiang = await orgId(server, "九江司法所");
    const res = await server.as("office1", "GET", `/api/subjects?officeId=${jiujiang}`);
    expect(res.body.total).toBe(0);
  });

  it("the county agency sees all its offices, and no other county", async () => {
    const nanhai = await listAll("county");
    expect(nanhai).toEqual(expect.arrayContaining([adult.id, minor.id]));
    expect(nanhai).not.toContain(meiyunSubject.id);
    expect((await server.as("county", "GET", `/api/subjects/${meiyunSubject.id}`)).status).toBe(404);
    expect((await server.as("jieyang_county", "GET", `/api/subjects/${adult.id}`)).status).toBe(404);
    expect(await listAll("jieyang_county")).toContain(meiyunSubject.id);
  });

  it("R-PR-2: a minor's file is visible to the office, the county agency and the procurator only", async () => {
    for (const user of ["office1", "county", "county_head", "procurator"]) {
      expect((await server.as(user, "GET", `/api/subjects/${minor.id}`)).status, user).toBe(200);
    }
    expect((await server.as("admin", "GET", `/api/subjects/${minor.id}`)).status).toBe(403);
    for (const user of ["city", "province", "office2", "jieyang_county"]) {
      expect((await server.as(user, "GET", `/api/subjects/${minor.id}`)).status, user).toBe(404);
    }
  });

  it("R-PR-2: minors appear in no list above the county", async () => {
    const city = await listAll("city");
    expect(city).toContain(adult.id);
    expect(city).not.toContain(minor.id);
    const province = await listAll("province");
    expect(province).toEqual(expect.arrayContaining([adult.id, meiyunSubject.id]));
    expect(province).not.toContain(minor.id);
    const minorsAbove = await server.as("province", "GET", "/api/subjects?pageSize=100&q=未成年");
    expect(ids(minorsAbove)).not.toContain(minor.id);
  });

  it("city and province supervisors read but cannot write", async () => {
    expect((await server.as("city", "GET", `/api/subjects/${adult.id}`)).status).toBe(200);
    const patch = await server.as("city", "PATCH", `/api/subjects/${adult.id}`, {
      version: 1,
      level: "strict",
    });
    expect(patch.status).toBe(403);
    expect(
      (await server.as("province", "PATCH", `/api/subjects/${adult.id}`, { version: 1, level: "strict" }))
        .status,
    ).toBe(403);
  });

  it("the system administrator manages the system, not case files", async () => {
    expect((await server.as("admin", "GET", "/api/subjects")).status).toBe(403);
    expect((await server.as("admin", "GET", `/api/subjects/${adult.id}`)).status).toBe(403);
  });

  it("the procurator reads everything in its area, writes nothing, and every read is audited", async () => {
    const seen = await listAll("procurator");
    expect(seen).toEqual(expect.arrayContaining([adult.id, minor.id]));
    expect(seen).not.toContain(meiyunSubject.id);
    expect((await server.as("procurator", "GET", `/api/subjects/${meiyunSubject.id}`)).status).toBe(404);
    expect(
      (await server.as("procurator", "PATCH", `/api/subjects/${adult.id}`, { version: 1, level: "strict" }))
        .status,
    ).toBe(403);
    expect((await server.as("procurator", "POST", "/api/subjects", buildSubject(guicheng))).status).toBe(403);
    const trail = await server.db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("actor_username", "=", "procurator")
      .execute();
    expect(trail.filter((t) => t.action === "subject.list").length).toBeGreaterThan(0);
    expect(trail.filter((t) => t.action === "subject.read").length).toBeGreaterThan(0);
  });

  it("a social worker sees only the subjects assigned, without identity numbers or phones", async () => {
    const mine = await listAll("social1");
    expect(mine.length).toBeGreaterThan(0);
    expect(mine).not.toContain(adult.id);
    expect((await server.as("social1", "GET", `/api/subjects/${adult.id}`)).status).toBe(404);
    const one = await server.as("social1", "GET", `/api/subjects/${mine[0]}`);
    expect(one.status).toBe(200);
    expect(one.body.idNumberMasked).toBeNull();
    expect(one.body.phoneMasked).toBeNull();
    expect(
      (
        await server.as("social1", "POST", `/api/subjects/${mine[0]}/reveal`, {
          field: "idNumber",
          reason: "查看",
        })
      ).status,
    ).toBe(403);
    const list = await server.as("social1", "GET", "/api/subjects");
    expect(list.body.items.every((s: { idNumberMasked: string | null }) => s.idNumberMasked === null)).toBe(
      true,
    );
  });
});

describe("organizations", () => {
  it("each role lists its own part of the tree", async () => {
    const names = async (user: string) =>
      (await server.as(user, "GET", "/api/organizations")).body.items.map(
        (o: { name: string }) => o.name,
      ) as string[];
    const office = await names("office1");
    expect(office).toHaveLength(1);
    expect(office[0]).toContain("桂城");
    const county = await names("county");
    expect(county.filter((n) => n.endsWith("司法所"))).toHaveLength(7);
    expect(county.some((n) => n.includes("梅云"))).toBe(false);
    const city = await names("city");
    expect(city.some((n) => n.includes("桂城"))).toBe(true);
    expect(city.some((n) => n.includes("梅云"))).toBe(false);
    const province = await names("province");
    expect(province.some((n) => n.includes("梅云"))).toBe(true);
    const procurator = await names("procurator");
    expect(procurator.some((n) => n.includes("桂城"))).toBe(true);
    expect(procurator.some((n) => n.includes("梅云"))).toBe(false);
  });

  it("an organisation outside the scope cannot be changed (404 to admin-less roles: 403)", async () => {
    const meiyun = await orgId(server, "梅云司法所");
    expect(
      (await server.as("county", "PATCH", `/api/organizations/${meiyun}`, { name: "改名" })).status,
    ).toBe(403);
  });
});

describe("users", () => {
  it("a city supervisor sees its city's accounts only", async () => {
    const res = await server.as("city", "GET", "/api/users?pageSize=100");
    expect(res.status).toBe(200);
    const names = res.body.items.map((u: { username: string }) => u.username);
    expect(names).toEqual(expect.arrayContaining(["office1", "county", "procurator"]));
    expect(names).not.toContain("office_meiyun");
    expect(names).not.toContain("province");
    const meiyunUser = await server.db
      .selectFrom("users")
      .select("id")
      .where("username", "=", "office_meiyun")
      .executeTakeFirstOrThrow();
    expect(
      (await server.as("city", "PATCH", `/api/users/${meiyunUser.id}`, { displayName: "改名" })).status,
    ).toBe(404);
  });

  it("office, county, procurator and social workers cannot manage accounts", async () => {
    for (const user of ["office1", "county", "county_head", "procurator", "social1"]) {
      expect((await server.as(user, "GET", "/api/users")).status, user).toBe(403);
    }
  });
});

describe("audit and dashboard", () => {
  it("the procurator browses its own area's trail only; offices may not browse", async () => {
    const res = await server.as("procurator", "GET", "/api/audit?pageSize=100");
    expect(res.status).toBe(200);
    const subjectIds = res.body.items.map((e: { subjectId: string | null }) => e.subjectId).filter(Boolean);
    expect(subjectIds).not.toContain(meiyunSubject.id);
    expect((await server.as("office1", "GET", "/api/audit")).status).toBe(403);
    expect((await server.as("county", "GET", "/api/audit")).status).toBe(403);
  });

  it("dashboard counts are scoped: an office counts its own, Jieyang does not count Nanhai", async () => {
    const office = (await server.as("office1", "GET", "/api/dashboard")).body;
    const county = (await server.as("county", "GET", "/api/dashboard")).body;
    const jieyang = (await server.as("jieyang_county", "GET", "/api/dashboard")).body;
    expect(office.inCorrection.byOffice).toHaveLength(1);
    expect(county.inCorrection.total).toBeGreaterThan(office.inCorrection.total);
    expect(
      jieyang.inCorrection.byOffice.every((o: { officeName: string }) => o.officeName.includes("梅云")),
    ).toBe(true);
    expect((await server.as("social1", "GET", "/api/dashboard")).status).toBe(403);
    expect((await server.as("admin", "GET", "/api/dashboard")).status).toBe(403);
  });
});
