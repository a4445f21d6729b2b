import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIdNumber, buildSubject } from "../../../test/factories.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { countRows, orgId } from "../../../test/orgs.ts";

let server: TestServer;
let guicheng: string;
let jiujiang: string;
beforeAll(async () => {
  server = await startTestServer();
  guicheng = await orgId(server, "桂城司法所");
  jiujiang = await orgId(server, "九江司法所");
});
afterAll(async () => {
  await server.close();
});

describe("POST /api/subjects", () => {
  it("opens a file, encrypts the identity number and phone, and masks them", async () => {
    const input = buildSubject(guicheng, { name: "陈志强" });
    const res = await server.as("office1", "POST", "/api/subjects", input);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: "陈志强",
      category: "02",
      categoryLabel: "缓刑",
      status: "in_correction",
      level: "normal",
      officeId: guicheng,
      officeName: expect.stringContaining("桂城"),
      correctionEndOn: "2028-01-09",
      version: 1,
    });
    expect(res.body.idNumberMasked).toBe(input.idNumber.slice(0, 6) + "********" + input.idNumber.slice(-4));
    expect(res.body.phoneMasked).toBe("138****1234");
    expect(JSON.stringify(res.body)).not.toContain(input.idNumber);
    const row = await server.db
      .selectFrom("subjects")
      .selectAll()
      .where("id", "=", res.body.id)
      .executeTakeFirstOrThrow();
    expect(row.id_number_enc).not.toContain(input.idNumber);
    expect(row.phone_enc).not.toContain("13800001234");
    expect(server.ctx.cipher.decrypt(row.id_number_enc)).toBe(input.idNumber);
    const audit = await server.db
      .selectFrom("audit_log")
      .selectAll()
      .where("subject_id", "=", res.body.id)
      .orderBy("seq")
      .execute();
    // The file is created and its first case event (registration) recorded, in one transaction.
    expect(audit.map((a) => a.action)).toEqual(["subject.create", "case.register"]);
    expect(audit[0]!.actor_username).toBe("office1");
  });

  it("marks a person under 18 at the start as a minor (R-PR-2)", async () => {
    const input = buildSubject(guicheng, {
      idNumber: buildIdNumber({ birth: "2010-03-01" }),
      name: "少年甲",
    });
    const res = await server.as("office1", "POST", "/api/subjects", input);
    expect(res.status).toBe(201);
    expect(res.body.minor).toBe(true);
  });

  const bad: [string, (officeId: string) => unknown, string, string?][] = [
    [
      "a wrong check digit",
      (o) => ({ ...buildSubject(o), idNumber: "440605198805179011" }),
      "ID_NUMBER_INVALID",
      "idNumber",
    ],
    [
      "an impossible birth date",
      (o) => ({ ...buildSubject(o), idNumber: "44060519880230901X" }),
      "ID_NUMBER_INVALID",
      "idNumber",
    ],
    [
      "a sex that disagrees with the identity number",
      (o) => ({ ...buildSubject(o, { idNumber: buildIdNumber({ sex: "male" }) }), sex: "female" }),
      "ID_NUMBER_SEX_MISMATCH",
      "sex",
    ],
    [
      "a probation longer than 5 years",
      (o) =>
        buildSubject(o, {
          correctionEndOn: "2032-01-09",
          sentence: { penalty: "fixed_term", termMonths: 12, probationMonths: 72 },
        }),
      "CORRECTION_PERIOD_INVALID",
    ],
    [
      "an end date that disagrees with the probation",
      (o) => buildSubject(o, { correctionEndOn: "2028-01-10" }),
      "CORRECTION_PERIOD_INVALID",
    ],
    ["a wrong type", (o) => ({ ...buildSubject(o), level: 3 }), "VALIDATION_FAILED", "level"],
    ["an unknown field", (o) => ({ ...buildSubject(o), salary: 1 }), "UNKNOWN_FIELD", "salary"],
    [
      "a missing name",
      (o) => {
        const s: Record<string, unknown> = { ...buildSubject(o) };
        delete s.name;
        return s;
      },
      "VALIDATION_FAILED",
      "name",
    ],
    ["a bad phone", (o) => buildSubject(o, { phone: "12345" }), "PHONE_INVALID", "phone"],
    [
      "a bad division code",
      (o) => buildSubject(o, { residenceDivisionCode: "990000" }),
      "DIVISION_CODE_INVALID",
      "residenceDivisionCode",
    ],
    ["an unknown category", (o) => ({ ...buildSubject(o), category: "05" }), "VALIDATION_FAILED", "category"],
    ["a bad date", (o) => buildSubject(o, { correctionStartOn: "2026-02-30" }), "CORRECTION_PERIOD_INVALID"],
  ];
  for (const [what, make, code, field] of bad) {
    it(`refuses ${what} with 400 ${code} and stores nothing`, async () => {
      const before = await countRows(server, "subjects");
      const res = await server.as("office1", "POST", "/api/subjects", make(guicheng));
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/);
      if (field) expect(res.body.error.details.field).toBe(field);
      expect(await countRows(server, "subjects")).toBe(before);
    });
  }

  it("refuses malformed JSON, an oversize body and a wrong content type, storing nothing", async () => {
    const token = await server.login("office1");
    const before = await countRows(server, "subjects");
    const broken = await server.request("POST", "/api/subjects", {
      token,
      payload: '{"name": "张三",',
      headers: { "content-type": "application/json" },
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe("MALFORMED_JSON");
    const huge = await server.request("POST", "/api/subjects", {
      token,
      payload: JSON.stringify({ ...buildSubject(guicheng), crime: "x".repeat(300_000) }),
      headers: { "content-type": "application/json" },
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("BODY_TOO_LARGE");
    const xml = await server.request("POST", "/api/subjects", {
      token,
      payload: "<subject/>",
      headers: { "content-type": "application/xml" },
    });
    expect(xml.status).toBe(415);
    expect(await countRows(server, "subjects")).toBe(before);
    // The server is still serving.
    expect((await server.request("GET", "/api/health")).status).toBe(200);
  });

  it("refuses a second open file for the same identity number (409)", async () => {
    const input = buildSubject(guicheng);
    expect((await server.as("office1", "POST", "/api/subjects", input)).status).toBe(201);
    const again = await server.as("county", "POST", "/api/subjects", { ...input, officeId: jiujiang });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("ID_NUMBER_DUPLICATE");
  });

  it("of two concurrent creates of the same person, exactly one succeeds (409 for the other)", async () => {
    const input = buildSubject(guicheng);
    const results = await Promise.all([
      server.as("office1", "POST", "/api/subjects", input),
      server.as("county", "POST", "/api/subjects", input),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(["ID_NUMBER_DUPLICATE", "DUPLICATE"]).toContain(loser.body.error.code);
  });

  it("refuses an office outside the caller's reach (400) and a role that may not write (403)", async () => {
    const other = await server.as("office1", "POST", "/api/subjects", buildSubject(jiujiang));
    expect(other.status).toBe(400);
    expect(other.body.error.code).toBe("OFFICE_INVALID");
    const city = await server.as("city", "POST", "/api/subjects", buildSubject(guicheng));
    expect(city.status).toBe(403);
    expect(city.body.error.code).toBe("FORBIDDEN");
    const procurator = await server.as("procurator", "POST", "/api/subjects", buildSubject(guicheng));
    expect(procurator.status).toBe(403);
  });

  it("lets the county agency open a file in any of its offices", async () => {
    const res = await server.as(
      "county",
      "POST",
      "/api/subjects",
      buildSubject(jiujiang, { status: "awaiting_report" }),
    );
    expect(res.status).toBe(201);
    expect(res.body.status).toBe("awaiting_report");
  });
});

describe("GET /api/subjects", () => {
  it("pages, filters and searches by name or the last digits of the identity number", async () => {
    const input = buildSubject(guicheng, { name: "欧阳晓峰", category: "02", level: "strict" });
    const created = (await server.as("office1", "POST", "/api/subjects", input)).body;
    const page = await server.as("office1", "GET", "/api/subjects?page=1&pageSize=5");
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(5);
    expect(page.body.total).toBeGreaterThan(5);
    const byName = await server.as("office1", "GET", `/api/subjects?q=${encodeURIComponent("阳晓")}`);
    expect(byName.body.items.map((s: { id: string }) => s.id)).toContain(created.id);
    expect(byName.body.items.every((s: { name: string }) => s.name.includes("阳晓"))).toBe(true);
    const tail = await server.as("office1", "GET", `/api/subjects?q=${input.idNumber.slice(-4)}`);
    expect(tail.body.items.map((s: { id: string }) => s.id)).toContain(created.id);
    const tail6 = await server.as("office1", "GET", `/api/subjects?q=${input.idNumber.slice(-6)}`);
    expect(tail6.body.items.map((s: { id: string }) => s.id)).toEqual([created.id]);
    const full = await server.as("office1", "GET", `/api/subjects?q=${input.idNumber}`);
    expect(full.body.items.map((s: { id: string }) => s.id)).toEqual([created.id]);
    const filtered = await server.as(
      "office1",
      "GET",
      "/api/subjects?level=strict&category=02&status=in_correction&pageSize=100",
    );
    expect(filtered.body.items.length).toBeGreaterThan(0);
    expect(
      filtered.body.items.every(
        (s: { level: string; category: string }) => s.level === "strict" && s.category === "02",
      ),
    ).toBe(true);
    expect(
      filtered.body.items.every((s: { idNumberMasked: string }) =>
        /^\d{6}\*{8}[\dX]{4}$/.test(s.idNumberMasked),
      ),
    ).toBe(true);
  });

  it("refuses bad query parameters", async () => {
    const res = await server.as("office1", "GET", "/api/subjects?pageSize=1000");
    expect(res.status).toBe(400);
    expect(res.body.error.details.field).toBe("pageSize");
    expect((await server.as("office1", "GET", "/api/subjects?status=gone")).status).toBe(400);
    expect((await server.as("office1", "GET", "/api/subjects?colour=red")).body.error.code).toBe(
      "UNKNOWN_FIELD",
    );
  });

  it("treats search text literally (no pattern injection)", async () => {
    const res = await server.as("office1", "GET", `/api/subjects?q=${encodeURIComponent("%_'")}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(0);
  });
});

describe("GET /api/subjects/:id", () => {
  it("opens a file and records the read in the same transaction", async () => {
    const created = (await server.as("office1", "POST", "/api/subjects", buildSubject(guicheng))).body;
    const res = await server.as("office1", "GET", `/api/subjects/${created.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: created.id,
      sentence: { penalty: "fixed_term", probationMonths: 24 },
      ethnicity: "01",
    });
    const reads = await server.db
      .selectFrom("audit_log")
      .select("action")
      .where("subject_id", "=", created.id)
      .where("action", "=", "subject.read")
      .execute();
    expect(reads).toHaveLength(1);
  });

  it("answers 404 for an unknown or malformed id", async () => {
    expect(
      (await server.as("office1", "GET", "/api/subjects/00000000-0000-4000-8000-000000000000")).status,
    ).toBe(404);
    expect((await server.as("office1", "GET", "/api/subjects/not-a-uuid")).body.error.code).toBe("NOT_FOUND");
  });
});

describe("PATCH /api/subjects/:id", () => {
  it("corrects the record, bumps the version and records what changed", async () => {
    const created = (await server.as("office1", "POST", "/api/subjects", buildSubject(guicheng))).body;
    const res = await server.as("office1", "PATCH", `/api/subjects/${created.id}`, {
      version: 1,
      crime: "盗窃罪",
      phone: "13912345678",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ crime: "盗窃罪", phoneMasked: "139****5678", version: 2 });
    const audit = await server.db
      .selectFrom("audit_log")
      .selectAll()
      .where("subject_id", "=", created.id)
      .where("action", "=", "subject.update")
      .executeTakeFirstOrThrow();
    expect(audit.details).toEqual({
      changes: { crime: { from: "危险驾驶罪", to: "盗窃罪" }, phone: { changed: true } },
    });
    expect(JSON.stringify(audit.details)).not.toContain("13912345678");
  });

  it("R-SV-1: the management level is not corrected silently (409), the same level passes", async () => {
    const created = (await server.as("office1", "POST", "/api/subjects", buildSubject(guicheng))).body;
    const res = await server.as("office1", "PATCH", `/api/subjects/${created.id}`, {
      version: 1,
      level: "strict",
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("LEVEL_CHANGE_REQUIRED");
    const same = await server.as("office1", "PATCH", `/api/subjects/${created.id}`, {
      version: 1,
      level: "normal",
      crime: "盗窃罪",
    });
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ level: "normal", version: 2 });
  });

  it("clears an optional field with null", async () => {
    const created = (await server.as("office1", "POST", "/api/subjects", buildSubject(guicheng))).body;
    const res = await server.as("office1", "PATCH", `/api/subjects/${created.id}`, {
      version: 1,
      phone: null,
      householdAddress: null,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ phoneMasked: null, householdAddress: null, version: 2 });
    const row = await server.db
      .selectFrom("subjects")
      .select("phone_enc")
      .where("id", "=", created.id)
      .executeTakeFirstOrThrow();
    expect(row.phone_enc).toBeNull();
    const nameNull = await server.as("office1", "PATCH", `/api/subjects/${created.id}`, {
      version: 2,
      name: null,
    });
    expect(nameNull.status).toBe(400);
  });

  it("refuses a stale version (409) and an invalid change (400), changing nothing", async () => {
    const created = (await server.as("office1", "POST", "/api/subjects", buildSubject(guicheng))).body;
    await server.as("office1", "PATCH", `/api/subjects/${created.id}`, { version: 1, crime: "盗窃罪" });
    const stale = await server.as("office1", "PATCH", `/api/subjects/${created.id}`, {
      version: 1,
      crime: "诈骗罪",
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("VERSION_CONFLICT");
    const invalid = await server.as("office1", "PATCH", `/api/subjects/${created.id}`, {
      version: 2,
      correctionEndOn: "2031-01-01",
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe("CORRECTION_PERIOD_INVALID");
    const noVersion = await server.as("office1", "PATCH", `/api/subjects/${created.id}`, { crime: "诈骗罪" });
    expect(noVersion.status).toBe(400);
    const now = await server.as("office1", "GET", `/api/subjects/${created.id}`);
    expect(now.body).toMatchObject({ crime: "盗窃罪", version: 2, correctionEndOn: "2028-01-09" });
  });
});

describe("POST /api/subjects/:id/reveal", () => {
  it("shows the full identity number with a reason, and audits it", async () => {
    const input = buildSubject(guicheng);
    const created = (await server.as("office1", "POST", "/api/subjects", input)).body;
    const res = await server.as("office1", "POST", `/api/subjects/${created.id}/reveal`, {
      field: "idNumber",
      reason: "核对身份",
    });
    expect(res.status).toBe(200);
    expect(res.body.value).toBe(input.idNumber);
    const phone = await server.as("office1", "POST", `/api/subjects/${created.id}/reveal`, {
      field: "phone",
      reason: "电话联系",
    });
    expect(phone.body.value).toBe("13800001234");
    const audit = await server.db
      .selectFrom("audit_log")
      .selectAll()
      .where("subject_id", "=", created.id)
      .where("action", "=", "subject.reveal")
      .orderBy("seq")
      .execute();
    expect(audit.map((a) => a.details)).toEqual([
      { field: "idNumber", reason: "核对身份" },
      { field: "phone", reason: "电话联系" },
    ]);
  });

  it("refuses without a reason, and for roles that may not see identities", async () => {
    const created = (await server.as("office1", "POST", "/api/subjects", buildSubject(guicheng))).body;
    const noReason = await server.as("office1", "POST", `/api/subjects/${created.id}/reveal`, {
      field: "idNumber",
      reason: " ",
    });
    expect(noReason.status).toBe(400);
    expect(
      (
        await server.as("city", "POST", `/api/subjects/${created.id}/reveal`, {
          field: "idNumber",
          reason: "查看",
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await server.as("office1", "POST", `/api/subjects/${created.id}/reveal`, {
          field: "address",
          reason: "查看",
        })
      ).status,
    ).toBe(400);
  });
});

describe("photo", () => {
  const png = Buffer.from(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d605a40000000049454e44ae426082",
    "hex",
  );

  it("stores a PNG and serves it to those who may read the file", async () => {
    const created = (await server.as("office1", "POST", "/api/subjects", buildSubject(guicheng))).body;
    const token = await server.login("office1");
    const put = await server.request("PUT", `/api/subjects/${created.id}/photo`, {
      token,
      payload: png,
      headers: { "content-type": "image/png" },
    });
    expect(put.status).toBe(204);
    const get = await server.request("GET", `/api/subjects/${created.id}/photo`, { token });
    expect(get.status).toBe(200);
    expect(get.headers["content-type"]).toBe("image/png");
    expect(get.raw.rawPayload.equals(png)).toBe(true);
    expect((await server.as("office1", "GET", `/api/subjects/${created.id}`)).body.hasPhoto).toBe(true);
    expect((await server.as("office2", "GET", `/api/subjects/${created.id}/photo`)).status).toBe(404);
  });

  it("refuses a file that is not an image", async () => {
    const created = (await server.as("office1", "POST", "/api/subjects", buildSubject(guicheng))).body;
    const token = await server.login("office1");
    const res = await server.request("PUT", `/api/subjects/${created.id}/photo`, {
      token,
      payload: Buffer.from("not an image"),
      headers: { "content-type": "image/png" },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("PHOTO_INVALID");
    expect((await server.request("GET", `/api/subjects/${created.id}/photo`, { token })).status).toBe(404);
  });
});

describe("inputs that once answered 500", () => {
  it("a photo upload with no body is refused as an invalid photo, storing nothing", async () => {
    const created = (await server.as("office1", "POST", "/api/subjects", buildSubject(guicheng))).body;
    const token = await server.login("office1");
    const variants: Record<string, string>[] = [{}, { "content-type": "image/png" }];
    for (const headers of variants) {
      const res = await server.request("PUT", `/api/subjects/${created.id}/photo`, { token, headers });
      expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
      expect(res.status).toBeGreaterThanOrEqual(400);
    }
    expect((await server.request("GET", `/api/subjects/${created.id}/photo`, { token })).status).toBe(404);
  });

  it("a list filtered by an office id that is no id is refused as invalid input", async () => {
    const res = await server.as("office1", "GET", "/api/subjects?officeId=r");
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: "VALIDATION_FAILED", details: { field: "officeId" } });
    const ok = await server.as("office1", "GET", `/api/subjects?officeId=${guicheng}`);
    expect(ok.status).toBe(200);
  });
});

describe("GET /api/subjects/:id/audit", () => {
  it("shows the file's own trail, newest first", async () => {
    const created = (await server.as("office1", "POST", "/api/subjects", buildSubject(guicheng))).body;
    await server.as("office1", "GET", `/api/subjects/${created.id}`);
    const res = await server.as("office1", "GET", `/api/subjects/${created.id}/audit`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual([
      "subject.audit.read",
      "subject.read",
      "case.register",
      "subject.create",
    ]);
    expect(res.body.items[2]).toMatchObject({ actorUsername: "office1", actionLabel: "交付登记" });
    expect(res.body.items[3]).toMatchObject({ actorUsername: "office1", actionLabel: "新建档案" });
  });

  it("is refused to those who may not see the trail", async () => {
    const created = (await server.as("office1", "POST", "/api/subjects", buildSubject(guicheng))).body;
    expect((await server.as("social1", "GET", `/api/subjects/${created.id}/audit`)).status).toBe(403);
    expect((await server.as("office2", "GET", `/api/subjects/${created.id}/audit`)).status).toBe(404);
  });
});
