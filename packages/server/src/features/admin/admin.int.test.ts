import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { countRows, orgId } from "../../../test/orgs.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe("GET /api/organizations", () => {
  it("lists kinds and division codes, filtered by kind", async () => {
    const res = await server.as("province", "GET", "/api/organizations");
    expect(res.status).toBe(200);
    const kinds = new Set(res.body.items.map((o: { kind: string }) => o.kind));
    expect([...kinds].sort()).toEqual([
      "city",
      "county",
      "court",
      "office",
      "police",
      "prison",
      "procuratorate",
      "province",
    ]);
    const nanhai = res.body.items.find(
      (o: { kind: string; divisionCode: string }) => o.kind === "county" && o.divisionCode === "440605",
    );
    expect(nanhai).toMatchObject({ kindLabel: "县级社区矫正机构" });
    const offices = await server.as("county", "GET", "/api/organizations?kind=office");
    expect(offices.body.items).toHaveLength(7);
    expect((await server.as("county", "GET", "/api/organizations?kind=bank")).status).toBe(400);
  });
});

describe("POST/PATCH /api/organizations", () => {
  it("the administrator adds an office under a county, with its ancestors", async () => {
    const nanhai = await orgId(server, "南海区社区矫正");
    const res = await server.as("admin", "POST", "/api/organizations", {
      name: "测试司法所",
      kind: "office",
      parentId: nanhai,
      divisionCode: "440605199",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: "office", parentId: nanhai, countyId: nanhai });
    const renamed = await server.as("admin", "PATCH", `/api/organizations/${res.body.id}`, {
      name: "测试二司法所",
    });
    expect(renamed.body.name).toBe("测试二司法所");
    const county = await server.as("county", "GET", "/api/organizations?kind=office");
    expect(county.body.items.map((o: { id: string }) => o.id)).toContain(res.body.id);
  });

  it("refuses a wrong parent kind, a bad division code, and any role but the administrator", async () => {
    const before = await countRows(server, "organizations");
    const city = await orgId(server, "佛山市司法局");
    const wrongParent = await server.as("admin", "POST", "/api/organizations", {
      name: "错层司法所",
      kind: "office",
      parentId: city,
      divisionCode: "440605198",
    });
    expect(wrongParent.status).toBe(400);
    expect(wrongParent.body.error.code).toBe("ORG_PARENT_INVALID");
    const badCode = await server.as("admin", "POST", "/api/organizations", {
      name: "某市",
      kind: "city",
      parentId: await orgId(server, "广东省"),
      divisionCode: "990100",
    });
    expect(badCode.body.error.code).toBe("DIVISION_CODE_INVALID");
    const forbidden = await server.as("province", "POST", "/api/organizations", {
      name: "某市司法局",
      kind: "city",
      parentId: null,
      divisionCode: "440700",
    });
    expect(forbidden.status).toBe(403);
    expect(await countRows(server, "organizations")).toBe(before);
  });
});

describe("users", () => {
  it("a city supervisor opens an account in an office of its city; it must change the password at first sign-in", async () => {
    const office = await orgId(server, "西樵司法所");
    const res = await server.as("city", "POST", "/api/users", {
      username: "xiqiao1",
      displayName: "李敏",
      role: "office_worker",
      orgId: office,
      password: "Start#2026a",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      username: "xiqiao1",
      roleLabel: "司法所工作人员",
      orgName: expect.stringContaining("西樵"),
      active: true,
    });
    const login = await server.request("POST", "/api/auth/login", {
      body: { username: "xiqiao1", password: "Start#2026a" },
    });
    expect(login.body.user.mustChangePassword).toBe(true);
    // Until the initial password is changed, the account can do nothing else.
    const token = login.body.token as string;
    const blocked = await server.request("GET", "/api/subjects", { token });
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe("PASSWORD_CHANGE_REQUIRED");
    expect((await server.request("GET", "/api/auth/me", { token })).body.user.mustChangePassword).toBe(true);
    expect(
      (
        await server.request("POST", "/api/auth/password", {
          token,
          body: { currentPassword: "Start#2026a", newPassword: "Mine#2026bb" },
        })
      ).status,
    ).toBe(204);
    expect((await server.request("GET", "/api/subjects", { token })).status).toBe(200);
    const list = await server.as("city", "GET", "/api/users?q=xiqiao");
    expect(list.body.items.map((u: { username: string }) => u.username)).toEqual(["xiqiao1"]);
  });

  it("refuses a taken username, a weak password, a role that does not fit the organisation, and an office outside the city", async () => {
    const office = await orgId(server, "西樵司法所");
    const meiyun = await orgId(server, "梅云司法所");
    const before = await countRows(server, "users");
    const taken = await server.as("city", "POST", "/api/users", {
      username: "office1",
      displayName: "重名",
      role: "office_worker",
      orgId: office,
      password: "Start#2026a",
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe("USERNAME_TAKEN");
    const weak = await server.as("city", "POST", "/api/users", {
      username: "weak1",
      displayName: "弱口令",
      role: "office_worker",
      orgId: office,
      password: "password",
    });
    expect(weak.body.error.code).toBe("PASSWORD_POLICY");
    const mismatch = await server.as("city", "POST", "/api/users", {
      username: "mis1",
      displayName: "错配",
      role: "county_head",
      orgId: office,
      password: "Start#2026a",
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.code).toBe("ROLE_ORG_MISMATCH");
    const outside = await server.as("city", "POST", "/api/users", {
      username: "out1",
      displayName: "越权",
      role: "office_worker",
      orgId: meiyun,
      password: "Start#2026a",
    });
    expect(outside.status).toBe(404);
    const admin = await server.as("city", "POST", "/api/users", {
      username: "adm2",
      displayName: "管理员",
      role: "admin",
      orgId: await orgId(server, "佛山市司法局"),
      password: "Start#2026a",
    });
    expect(admin.status).toBe(403);
    expect(await countRows(server, "users")).toBe(before);
  });

  it("disables an account (its sessions end), resets a password and unlocks", async () => {
    const user = await server.db
      .selectFrom("users")
      .select("id")
      .where("username", "=", "office2")
      .executeTakeFirstOrThrow();
    const token = await server.login("office2");
    const off = await server.as("admin", "PATCH", `/api/users/${user.id}`, { active: false });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect((await server.request("GET", "/api/auth/me", { token })).status).toBe(401);
    const denied = await server.request("POST", "/api/auth/login", {
      body: { username: "office2", password: "Sqjz#2026" },
    });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe("ACCOUNT_DISABLED");
    await server.as("admin", "PATCH", `/api/users/${user.id}`, { active: true });
    for (let i = 0; i < 5; i++)
      await server.request("POST", "/api/auth/login", {
        body: { username: "office2", password: "Bad#pass1" },
      });
    expect(
      (
        await server.request("POST", "/api/auth/login", {
          body: { username: "office2", password: "Sqjz#2026" },
        })
      ).status,
    ).toBe(423);
    expect((await server.as("admin", "POST", `/api/users/${user.id}/unlock`)).status).toBe(204);
    expect(
      (
        await server.request("POST", "/api/auth/login", {
          body: { username: "office2", password: "Sqjz#2026" },
        })
      ).status,
    ).toBe(200);
    expect(
      (await server.as("admin", "POST", `/api/users/${user.id}/reset-password`, { password: "weak" })).status,
    ).toBe(400);
    expect(
      (await server.as("admin", "POST", `/api/users/${user.id}/reset-password`, { password: "Reset#2026b" }))
        .status,
    ).toBe(204);
    expect(
      (
        await server.request("POST", "/api/auth/login", {
          body: { username: "office2", password: "Reset#2026b" },
        })
      ).body.user.mustChangePassword,
    ).toBe(true);
  });

  it("an administrator cannot disable itself", async () => {
    const me = await server.db
      .selectFrom("users")
      .select("id")
      .where("username", "=", "admin")
      .executeTakeFirstOrThrow();
    const res = await server.as("admin", "PATCH", `/api/users/${me.id}`, { active: false });
    expect(res.status).toBe(403);
  });
});
