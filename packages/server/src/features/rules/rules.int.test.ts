import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSubject } from "../../../test/factories.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";

/**
 * The provincial figures (DOMAIN.md cfg): read by staff, set by a province administrator, and
 * applied at once by the use cases. Test today is 2026-11-20.
 */
let server: TestServer;
let guicheng: string;

beforeAll(async () => {
  server = await startTestServer();
  guicheng = await orgId(server, "桂城司法所");
});
afterAll(() => server.close());

type RuleTable = { key: string; values: Record<string, unknown>; defaults: Record<string, unknown> };

async function settings() {
  return server.db.selectFrom("settings").selectAll().orderBy("key").execute();
}

const leave = (startOn: string, endOn: string) => ({
  startOn,
  endOn,
  destinationDivisionCode: "440104",
  destinationAddress: "广东省广州市越秀区中山二路58号",
  reason: "陪同母亲到广州住院治疗",
});

describe("configurable figures (cfg)", () => {
  it("cfg: every staff role reads the four tables in force with their defaults", async () => {
    const res = await server.as("office1", "GET", "/api/rules");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const items = res.body.items as RuleTable[];
    expect(items.map((i) => i.key)).toEqual([
      "case_rules",
      "leave_rules",
      "supervision_rules",
      "sanction_rules",
    ]);
    const leaveRules = items.find((i) => i.key === "leave_rules")!;
    expect(leaveRules.values.advanceNoticeDays).toBe(3);
    expect(leaveRules.defaults.advanceNoticeDays).toBe(3);
    expect((await server.as("admin", "GET", "/api/rules")).status).toBe(200);
  });

  it("cfg R-LV-1: the province sets leave advance notice to 5 days; a request 4 days ahead is then refused", async () => {
    const subject = await server.as(
      "office1",
      "POST",
      "/api/subjects",
      buildSubject(guicheng, { name: "规则对象" }),
    );
    expect(subject.status).toBe(201);
    const id = subject.body.id as string;

    const put = await server.as("province", "PUT", "/api/rules/leave_rules", {
      values: { advanceNoticeDays: 5 },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.values).toMatchObject({ advanceNoticeDays: 5, officeMaxDays: 7 });
    expect(put.body.overrides).toEqual({ advanceNoticeDays: 5 });

    const refused = await server.as(
      "office1",
      "POST",
      `/api/subjects/${id}/leave-requests`,
      leave("2026-11-24", "2026-11-26"),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("LEAVE_TOO_LATE");
    const ok = await server.as(
      "office1",
      "POST",
      `/api/subjects/${id}/leave-requests`,
      leave("2026-11-25", "2026-11-26"),
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);

    const audit = await server.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "settings.update")
      .where("resource_id", "=", "leave_rules")
      .execute();
    expect(audit).toHaveLength(1);
    const read = await server.as("county", "GET", "/api/rules");
    expect(
      (read.body.items as RuleTable[]).find((i) => i.key === "leave_rules")!.values.advanceNoticeDays,
    ).toBe(5);

    // Figures left out return to their defaults.
    expect((await server.as("province", "PUT", "/api/rules/leave_rules", { values: {} })).status).toBe(200);
    const back = await server.as("county", "GET", "/api/rules");
    expect(
      (back.body.items as RuleTable[]).find((i) => i.key === "leave_rules")!.values.advanceNoticeDays,
    ).toBe(3);
  });

  it("cfg: the province sets sanction and supervision figures, duties included", async () => {
    const s = await server.as("province", "PUT", "/api/rules/sanction_rules", {
      values: { absenceWarningDays: 7, absenceRevocationDays: 20 },
    });
    expect(s.status, JSON.stringify(s.body)).toBe(200);
    const duties = { lenient: [{ kind: "in_person_report", every: "month", count: 2 }] };
    const v = await server.as("province", "PUT", "/api/rules/supervision_rules", {
      values: { strictReprimands: 3, duties },
    });
    expect(v.status, JSON.stringify(v.body)).toBe(200);
    expect(v.body.values.duties.lenient).toEqual(duties.lenient);
  });

  it("cfg: only a province administrator sets figures (403), bad keys or values are 400, and nothing changes", async () => {
    const before = await settings();
    const body = { values: { advanceNoticeDays: 5 } };
    for (const user of ["office1", "county", "city", "procurator", "admin"])
      expect((await server.as(user, "PUT", "/api/rules/leave_rules", body)).status, user).toBe(403);
    for (const [key, values] of [
      ["leave_rules", { noSuchFigure: 1 }],
      ["leave_rules", { advanceNoticeDays: -1 }],
      ["leave_rules", { advanceNoticeDays: 2.5 }],
      ["leave_rules", { advanceNoticeDays: "5" }],
      ["leave_rules", { advanceNoticeDays: 5, maxDaysPerRequest: 10000 }],
      ["sanction_rules", { courtRulingDays: 0 }],
      ["supervision_rules", { duties: { strict: [{ kind: "dance", every: "week", count: 1 }] } }],
      ["supervision_rules", { duties: { weekly: [] } }],
      ["no_such_rules", { advanceNoticeDays: 5 }],
    ] as const) {
      const res = await server.as("province", "PUT", `/api/rules/${key}`, { values });
      expect(res.status, `${key} ${JSON.stringify(values)}`).toBe(400);
    }
    expect(
      (await server.as("province", "PUT", "/api/rules/leave_rules", { advanceNoticeDays: 5 })).status,
    ).toBe(400);
    expect(await settings()).toEqual(before);
  });
});
