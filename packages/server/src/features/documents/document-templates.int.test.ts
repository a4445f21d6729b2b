import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inTransaction } from "../../context.ts";
import { DocumentTemplateRepository } from "../../db/gateway/index.ts";
import { defaultTemplates, documentKinds, type DocumentKind } from "../../docs/templates.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";

let server: TestServer;
let provinceId: string;
beforeAll(async () => {
  server = await startTestServer();
  provinceId = await orgId(server, "广东省司法厅");
});
afterAll(async () => {
  await server.close();
});

const meta = { ip: null, userAgent: null };

/** The template the renderer would use, straight from the gateway. */
function inForce(province: string | null, kind: DocumentKind) {
  return inTransaction(server.ctx, null, meta, (gw) =>
    new DocumentTemplateRepository(gw).inForce(province, kind),
  );
}

async function storedOverrides(): Promise<number> {
  const row = await server.db
    .selectFrom("document_templates")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

interface Entry {
  kind: string;
  label: string;
  fields: { key: string; label: string }[];
  template: {
    title: string;
    numberWord: string;
    addressee: string | null;
    body: string[];
    cc: string | null;
  };
  customised: boolean;
  updatedAt: string | null;
}

async function entryOf(username: string, kind: DocumentKind): Promise<Entry> {
  const res = await server.as(username, "GET", "/api/document-templates");
  expect(res.status).toBe(200);
  return (res.body.items as Entry[]).find((e) => e.kind === kind)!;
}

const guangdongAnnouncement = {
  title: "社区矫正宣告书",
  numberWord: "粤矫宣",
  body: [
    "{{ subjectName }}：",
    "经{{decidingAuthority}}判决，自{{correctionStartOn}}起至{{correctionEndOn}}止对你依法实行社区矫正。",
    "矫正小组成员：{{teamMembers}}。",
  ],
  cc: "{{procuratorateName}}",
};

describe("GET /api/document-templates", () => {
  it("lists every kind with its label, placeholders and the default wording", async () => {
    const res = await server.as("office1", "GET", "/api/document-templates");
    expect(res.status).toBe(200);
    const items = res.body.items as Entry[];
    expect(items.map((e) => e.kind)).toEqual([...documentKinds]);
    const opinion = items.find((e) => e.kind === "investigation-opinion")!;
    expect(opinion).toMatchObject({ label: "调查评估意见书", customised: false, updatedAt: null });
    expect(opinion.template).toEqual({
      cc: null,
      addressee: null,
      ...defaultTemplates["investigation-opinion"],
    });
    expect(opinion.fields).toContainEqual({ key: "commissioningOrgName", label: "委托机关" });
    expect(opinion.fields).toContainEqual({ key: "subjectName", label: "社区矫正对象姓名" });
    const announcement = items.find((e) => e.kind === "entry-announcement")!;
    expect(announcement.template.addressee).toBeNull();
  });

  it("every staff role reads them; the administrator and a social worker do not", async () => {
    for (const username of ["county", "city", "province", "procurator", "jieyang_county"])
      expect((await server.as(username, "GET", "/api/document-templates")).status).toBe(200);
    expect((await server.as("admin", "GET", "/api/document-templates")).status).toBe(403);
    expect((await server.as("social1", "GET", "/api/document-templates")).status).toBe(403);
    expect((await server.request("GET", "/api/document-templates")).status).toBe(401);
  });
});

describe("PUT /api/document-templates/:kind", () => {
  it("§9: the province adjusts a kind's wording; its offices and counties then use it", async () => {
    const res = await server.as("province", "PUT", "/api/document-templates/entry-announcement", {
      template: { ...guangdongAnnouncement, addressee: null },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kind: "entry-announcement",
      label: "入矫宣告书",
      customised: true,
      updatedAt: server.clock.now().toISOString(),
      template: {
        title: "社区矫正宣告书",
        numberWord: "粤矫宣",
        addressee: null,
        body: guangdongAnnouncement.body,
        cc: "{{procuratorateName}}",
      },
    });
    for (const username of ["office1", "jieyang_county"]) {
      const entry = await entryOf(username, "entry-announcement");
      expect(entry.customised).toBe(true);
      expect(entry.template.title).toBe("社区矫正宣告书");
      expect((await entryOf(username, "release-certificate")).customised).toBe(false);
    }
    // The renderer's door: the province's wording for this kind, the default for the others and elsewhere.
    expect(await inForce(provinceId, "entry-announcement")).toEqual(guangdongAnnouncement);
    expect(await inForce(provinceId, "release-certificate")).toEqual(defaultTemplates["release-certificate"]);
    expect(await inForce(randomUUID(), "entry-announcement")).toEqual(defaultTemplates["entry-announcement"]);
    expect(await inForce(null, "entry-announcement")).toEqual(defaultTemplates["entry-announcement"]);
  });

  it("a second change replaces the first, and each change is audited with the wording before", async () => {
    const res = await server.as("province", "PUT", "/api/document-templates/entry-announcement", {
      template: { ...guangdongAnnouncement, title: "  入矫宣告书（广东）  " },
    });
    expect(res.status).toBe(200);
    expect(res.body.template.title).toBe("入矫宣告书（广东）");
    expect(await storedOverrides()).toBe(1);
    const audit = await server.as("admin", "GET", "/api/audit?action=document_template.update");
    expect(audit.status).toBe(200);
    expect(audit.body.total).toBe(2);
    const latest = audit.body.items[0];
    expect(latest).toMatchObject({
      action: "document_template.update",
      actorUsername: "province",
      resourceType: "document_template",
      resourceId: "entry-announcement",
    });
    expect(latest.details.before.title).toBe("社区矫正宣告书");
    expect(latest.details.after.title).toBe("入矫宣告书（广东）");
  });

  it("office1, a county and the administrator get 403 and nothing changes", async () => {
    const before = await entryOf("office1", "entry-announcement");
    for (const username of ["office1", "county", "city", "admin"]) {
      const res = await server.as(username, "PUT", "/api/document-templates/entry-announcement", {
        template: { ...guangdongAnnouncement, title: "越权修改" },
      });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("FORBIDDEN");
    }
    expect(await entryOf("office1", "entry-announcement")).toEqual(before);
  });

  it("a placeholder the kind does not have answers 400 naming it, and nothing changes", async () => {
    const before = await entryOf("office1", "release-certificate");
    const count = await storedOverrides();
    const res = await server.as("province", "PUT", "/api/document-templates/release-certificate", {
      template: {
        ...defaultTemplates["release-certificate"],
        // {{commissioningOrgName}} belongs to the investigation opinion only.
        body: [
          "{{subjectName}}于{{releasedOn}}解除社区矫正。",
          "委托机关：{{commissioningOrgName}}，{{wrongKey}}",
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("VALIDATION_FAILED");
    expect(res.body.error.details).toMatchObject({
      field: "template.body",
      unknown: ["commissioningOrgName", "wrongKey"],
    });
    expect(res.body.error.message).toContain("{{wrongKey}}");
    expect(await storedOverrides()).toBe(count);
    expect(await entryOf("office1", "release-certificate")).toEqual(before);
  });

  it("other bad input answers 400 and changes nothing", async () => {
    const count = await storedOverrides();
    const base = defaultTemplates["report-notice"];
    const cases: [string, unknown, string?][] = [
      ["report-notice", { template: { ...base, title: "  " } }, "template.title"],
      ["report-notice", { template: { ...base, body: [] } }, "template.body"],
      ["report-notice", { template: { ...base, body: ["{{subjectName}"] } }, "template.body"],
      ["report-notice", { template: { ...base, body: ["正文", "  "] } }, "template.body.1"],
      [
        "report-notice",
        { template: { ...base, numberWord: "一二三四五六七八九十一" } },
        "template.numberWord",
      ],
      ["report-notice", { template: { ...base, footer: "x" } }],
      ["report-notice", { template: base, extra: true }],
      ["report-notice", { template: { ...base, body: "正文" } }],
      ["report-notice", {}],
      ["no-such-kind", { template: base }],
    ];
    for (const [kind, body, field] of cases) {
      const res = await server.as("province", "PUT", `/api/document-templates/${kind}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      if (field) {
        expect(res.body.error.code).toBe("VALIDATION_FAILED");
        expect(res.body.error.details.field).toBe(field);
        expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(await storedOverrides()).toBe(count);
    expect((await entryOf("office1", "report-notice")).customised).toBe(false);
  });
});

describe("DELETE /api/document-templates/:kind", () => {
  it("office1 gets 403 and the province's wording stays", async () => {
    const res = await server.as("office1", "DELETE", "/api/document-templates/entry-announcement");
    expect(res.status).toBe(403);
    expect((await entryOf("office1", "entry-announcement")).customised).toBe(true);
  });

  it("the province goes back to the default wording, audited; a second reset changes nothing", async () => {
    const res = await server.as("province", "DELETE", "/api/document-templates/entry-announcement");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: "entry-announcement", customised: false, updatedAt: null });
    expect(res.body.template.title).toBe(defaultTemplates["entry-announcement"].title);
    expect((await entryOf("office1", "entry-announcement")).customised).toBe(false);
    expect(await inForce(provinceId, "entry-announcement")).toEqual(defaultTemplates["entry-announcement"]);
    expect(await storedOverrides()).toBe(0);

    const again = await server.as("province", "DELETE", "/api/document-templates/entry-announcement");
    expect(again.status).toBe(200);
    expect(again.body.customised).toBe(false);
    const audit = await server.as("admin", "GET", "/api/audit?action=document_template.reset");
    expect(audit.body.total).toBe(1);
    expect(audit.body.items[0]).toMatchObject({
      resourceId: "entry-announcement",
      actorUsername: "province",
    });
    expect(audit.body.items[0].details.before.title).toBe("入矫宣告书（广东）");
  });

  it("an unknown kind answers 400", async () => {
    expect((await server.as("province", "DELETE", "/api/document-templates/no-such-kind")).status).toBe(400);
  });
});
