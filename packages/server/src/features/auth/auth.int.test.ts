import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, startTestServer, type TestServer } from "../../../test/harness.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe("GET /api/health", () => {
  it("answers ok with the database kind", async () => {
    const res = await server.request("GET", "/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok", database: process.env.DATABASE_URL ? "postgres" : "pglite" });
  });
});

describe("POST /api/auth/login", () => {
  it("signs in with a token, an HttpOnly cookie and the user's abilities", async () => {
    const res = await server.request("POST", "/api/auth/login", {
      body: { username: "office1", password: DEMO_PASSWORD },
    });
    expect(res.status).toBe(200);
    expect(typeof res.body.token).toBe("string");
    expect(res.body.user).toMatchObject({
      username: "office1",
      role: "office_worker",
      org: { kind: "office" },
    });
    expect(res.body.user.abilities).toContain("subject:create");
    const cookie = String(res.headers["set-cookie"]);
    expect(cookie).toMatch(/zj_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    // The cookie alone authenticates too.
    const token = res.body.token as string;
    const me = await server.request("GET", "/api/auth/me", { headers: { cookie: `zj_session=${token}` } });
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe("office1");
    // Only a hash of the token is stored.
    const stored = await server.db.selectFrom("sessions").select("token_hash").execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(token);
  });

  it("refuses a wrong password and an unknown user alike, in Chinese", async () => {
    const wrong = await server.request("POST", "/api/auth/login", {
      body: { username: "office2", password: "Wrong#2026x" },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe("LOGIN_FAILED");
    expect(wrong.body.error.message).toBe("用户名或密码错误");
    const unknown = await server.request("POST", "/api/auth/login", {
      body: { username: "nobody", password: "Wrong#2026x" },
    });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe("LOGIN_FAILED");
  });

  it("refuses a body without a password and unknown fields", async () => {
    expect(
      (await server.request("POST", "/api/auth/login", { body: { username: "office1" } })).body.error.code,
    ).toBe("VALIDATION_FAILED");
    const extra = await server.request("POST", "/api/auth/login", {
      body: { username: "office1", password: "x", admin: true },
    });
    expect(extra.status).toBe(400);
    expect(extra.body.error).toMatchObject({ code: "UNKNOWN_FIELD", details: { field: "admin" } });
  });

  it("R-PR-3: five failures lock the account for 15 minutes (423), even with the right password", async () => {
    for (let i = 1; i <= 4; i++) {
      const res = await server.request("POST", "/api/auth/login", {
        body: { username: "city", password: `Bad#pass${i}` },
      });
      expect(res.status).toBe(401);
    }
    const fifth = await server.request("POST", "/api/auth/login", {
      body: { username: "city", password: "Bad#pass5" },
    });
    expect(fifth.status).toBe(423);
    expect(fifth.body.error.code).toBe("ACCOUNT_LOCKED");
    const right = await server.request("POST", "/api/auth/login", {
      body: { username: "city", password: DEMO_PASSWORD },
    });
    expect(right.status).toBe(423);
    server.clock.advanceMinutes(14);
    expect(
      (
        await server.request("POST", "/api/auth/login", {
          body: { username: "city", password: DEMO_PASSWORD },
        })
      ).status,
    ).toBe(423);
    server.clock.advanceMinutes(2);
    const after = await server.request("POST", "/api/auth/login", {
      body: { username: "city", password: DEMO_PASSWORD },
    });
    expect(after.status).toBe(200);
    const trail = await server.db
      .selectFrom("audit_log")
      .select("action")
      .where("details", "@>", JSON.stringify({ username: "city" }) as never)
      .execute();
    expect(trail.map((t) => t.action)).toEqual(
      expect.arrayContaining(["auth.login.failed", "auth.account.locked", "auth.login.locked"]),
    );
  });

  it("R-PR-3: after five failures an unknown username answers exactly as a locked account does", async () => {
    const tries = async (username: string) => {
      const answers = [];
      for (let i = 1; i <= 6; i++)
        answers.push(
          await server.request("POST", "/api/auth/login", { body: { username, password: `Bad#pass${i}` } }),
        );
      return answers;
    };
    const real = await tries("office_meiyun");
    const ghost = await tries("nobody_here");
    const shape = (a: {
      status: number;
      body: { error: { code: string; message: string; details: object } };
    }) => ({
      status: a.status,
      code: a.body.error.code,
      message: a.body.error.message,
      details: Object.keys(a.body.error.details),
    });
    expect(ghost.map(shape)).toEqual(real.map(shape));
    expect(ghost.map((a) => a.status)).toEqual([401, 401, 401, 401, 423, 423]);
    // The lock runs out as an account's does.
    server.clock.advanceMinutes(16);
    const again = await server.request("POST", "/api/auth/login", {
      body: { username: "nobody_here", password: "Bad#pass9" },
    });
    expect(again.status).toBe(401);
    expect(
      await server.db.selectFrom("users").select("id").where("username", "=", "nobody_here").execute(),
    ).toEqual([]);
  });

  it("R-PR-3: five concurrent failures lock the account too (each one counts)", async () => {
    const attempts = await Promise.all(
      [1, 2, 3, 4, 5].map((i) =>
        server.request("POST", "/api/auth/login", {
          body: { username: "province", password: `Bad#pass${i}` },
        }),
      ),
    );
    expect(attempts.map((a) => a.status).sort()).toEqual([401, 401, 401, 401, 423]);
    const row = await server.db
      .selectFrom("users")
      .select(["failed_attempts", "locked_until"])
      .where("username", "=", "province")
      .executeTakeFirstOrThrow();
    expect(row.failed_attempts).toBe(5);
    expect(row.locked_until).not.toBeNull();
  });

  it("a failed count resets after a successful sign-in", async () => {
    for (let i = 0; i < 4; i++)
      await server.request("POST", "/api/auth/login", {
        body: { username: "county_head", password: "Bad#pass0" },
      });
    expect(
      (
        await server.request("POST", "/api/auth/login", {
          body: { username: "county_head", password: DEMO_PASSWORD },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await server.request("POST", "/api/auth/login", {
          body: { username: "county_head", password: "Bad#pass0" },
        })
      ).status,
    ).toBe(401);
  });
});

describe("sessions", () => {
  it("R-PR-3: a session expires after 30 idle minutes, and activity keeps it alive", async () => {
    const res = await server.request("POST", "/api/auth/login", {
      body: { username: "office2", password: DEMO_PASSWORD },
    });
    const token = res.body.token as string;
    server.clock.advanceMinutes(25);
    expect((await server.request("GET", "/api/auth/me", { token })).status).toBe(200);
    server.clock.advanceMinutes(25);
    expect((await server.request("GET", "/api/auth/me", { token })).status).toBe(200);
    server.clock.advanceMinutes(31);
    const expired = await server.request("GET", "/api/auth/me", { token });
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe("SESSION_EXPIRED");
    expect((await server.request("GET", "/api/auth/me", { token })).body.error.code).toBe("UNAUTHENTICATED");
  });

  it("refuses requests without a token or with a forged one", async () => {
    expect((await server.request("GET", "/api/subjects")).status).toBe(401);
    const forged = await server.request("GET", "/api/subjects", { token: "forged-token" });
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe("UNAUTHENTICATED");
  });

  it("sign-out ends the session", async () => {
    const res = await server.request("POST", "/api/auth/login", {
      body: { username: "office2", password: DEMO_PASSWORD },
    });
    const token = res.body.token as string;
    expect((await server.request("POST", "/api/auth/logout", { token })).status).toBe(204);
    expect((await server.request("GET", "/api/auth/me", { token })).status).toBe(401);
    expect((await server.request("POST", "/api/auth/logout", { token })).status).toBe(401);
  });
});

describe("POST /api/auth/password", () => {
  it("R-PR-3: refuses a password of fewer than 3 kinds or 8 characters, and a wrong current password", async () => {
    const token = (
      await server.request("POST", "/api/auth/login", {
        body: { username: "county", password: DEMO_PASSWORD },
      })
    ).body.token;
    const weak = await server.request("POST", "/api/auth/password", {
      token,
      body: { currentPassword: DEMO_PASSWORD, newPassword: "abcdefgh1" },
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe("PASSWORD_POLICY");
    const short = await server.request("POST", "/api/auth/password", {
      token,
      body: { currentPassword: DEMO_PASSWORD, newPassword: "Ab#1" },
    });
    expect(short.body.error.code).toBe("PASSWORD_POLICY");
    const wrong = await server.request("POST", "/api/auth/password", {
      token,
      body: { currentPassword: "Nope#2026x", newPassword: "Better#2027" },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe("PASSWORD_WRONG");
    // Nothing changed: the old password still signs in.
    expect(
      (
        await server.request("POST", "/api/auth/login", {
          body: { username: "county", password: DEMO_PASSWORD },
        })
      ).status,
    ).toBe(200);
  });

  it("changes the password and ends the account's other sessions", async () => {
    const first = (
      await server.request("POST", "/api/auth/login", {
        body: { username: "jieyang_county", password: DEMO_PASSWORD },
      })
    ).body.token;
    const second = (
      await server.request("POST", "/api/auth/login", {
        body: { username: "jieyang_county", password: DEMO_PASSWORD },
      })
    ).body.token;
    const res = await server.request("POST", "/api/auth/password", {
      token: first,
      body: { currentPassword: DEMO_PASSWORD, newPassword: "Better#2027" },
    });
    expect(res.status).toBe(204);
    expect((await server.request("GET", "/api/auth/me", { token: first })).status).toBe(200);
    expect((await server.request("GET", "/api/auth/me", { token: second })).status).toBe(401);
    expect(
      (
        await server.request("POST", "/api/auth/login", {
          body: { username: "jieyang_county", password: DEMO_PASSWORD },
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await server.request("POST", "/api/auth/login", {
          body: { username: "jieyang_county", password: "Better#2027" },
        })
      ).status,
    ).toBe(200);
  });
});

describe("errors", () => {
  it("unknown API routes answer a JSON 404 in Chinese", async () => {
    const res = await server.request("GET", "/api/nothing-here");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("ROUTE_NOT_FOUND");
  });

  it("serves the OpenAPI document", async () => {
    const res = await server.request("GET", "/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(["/api/subjects", "/api/auth/login", "/api/organizations"]),
    );
  });
});
