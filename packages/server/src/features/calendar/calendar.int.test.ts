import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WorkingCalendar, defaultCaseRules, type CalendarDay } from "@zhijiao/domain";
import { startTestServer, type TestServer } from "../../../test/harness.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

interface CalendarBody {
  years: { year: number; source: string; loadedAt: string }[];
  days: CalendarDay[];
}

/** The calendar as the console receives it, turned into the domain's calendar. */
async function calendarOf(username: string): Promise<{ body: CalendarBody; calendar: WorkingCalendar }> {
  const res = await server.as(username, "GET", "/api/calendar");
  expect(res.status).toBe(200);
  const body = res.body as CalendarBody;
  return { body, calendar: new WorkingCalendar({ years: body.years.map((y) => y.year), days: body.days }) };
}

/** A made-up 2027 schedule: New Year on Friday 01-01 to Monday 01-04, a working Saturday 01-09. */
const made2027: CalendarDay[] = [
  { date: "2027-01-01", working: false, name: "元旦" },
  { date: "2027-01-02", working: false, name: "元旦" },
  { date: "2027-01-03", working: false, name: "元旦" },
  { date: "2027-01-04", working: false, name: "元旦" },
  { date: "2027-01-09", working: true, name: "元旦调休上班" },
  { date: "2027-10-01", working: false, name: "国庆节" },
];

async function calendarRowCount(): Promise<number> {
  const row = await server.db
    .selectFrom("calendar_days")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe("GET /api/calendar", () => {
  it("R-DL-3: the 2026 State Council schedule is there from the first start", async () => {
    const { body, calendar } = await calendarOf("office1");
    const y2026 = body.years.find((y) => y.year === 2026);
    expect(y2026?.source).toMatch(/^chinese-days /);
    expect(y2026?.loadedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(body.days).toContainEqual({ date: "2026-10-01", working: false, name: "国庆节" });
    expect(body.days).toContainEqual({ date: "2026-10-10", working: true, name: "国庆节调休上班" });
    // R-DL-1 and R-DL-2 on the seeded data.
    expect(calendar.dayPeriod("2026-09-25", 10)).toEqual({ dueOn: "2026-10-08", provisional: false });
    expect(calendar.workingDayPeriod("2026-09-28", 10).dueOn).toBe("2026-10-16");
    expect(calendar.workingDayPeriod("2026-09-28", 5).dueOn).toBe("2026-10-10");
  });

  it("every staff role and the administrator read it; a subject does not", async () => {
    for (const username of ["county", "city", "province", "procurator", "admin"])
      expect((await server.as(username, "GET", "/api/calendar")).status).toBe(200);
    expect((await server.request("GET", "/api/calendar")).status).toBe(401);
    const social = await server.as("social1", "GET", "/api/calendar");
    expect(social.status).toBe(403);
    expect(social.body.error.code).toBe("FORBIDDEN");
  });
});

describe("PUT /api/calendar/:year", () => {
  it("R-DL-3: the administrator loads 2027 and a deadline across it is no longer provisional", async () => {
    const before = await calendarOf("county");
    expect(before.calendar.knows(2027)).toBe(false);
    // A report due 10 days after 2026-12-25 ends on Monday 2027-01-04, a day nobody has announced yet.
    expect(before.calendar.dayPeriod("2026-12-25", 10)).toEqual({ dueOn: "2027-01-04", provisional: true });

    const res = await server.as("admin", "PUT", "/api/calendar/2027", {
      source: "国办发明电〔2026〕7号（测试）",
      days: [...made2027].reverse(),
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ year: 2027, days: made2027 });

    const after = await calendarOf("county");
    expect(after.body.years.find((y) => y.year === 2027)).toMatchObject({
      source: "国办发明电〔2026〕7号（测试）",
      loadedAt: server.clock.now().toISOString(),
    });
    expect(after.calendar.dayPeriod("2026-12-25", 10)).toEqual({ dueOn: "2027-01-05", provisional: false });
    expect(after.calendar.workingDayPeriod("2027-01-07", 2)).toEqual({
      dueOn: "2027-01-09",
      provisional: false,
    });
    // The 2026 schedule is untouched.
    expect(after.body.days.filter((d) => d.date.startsWith("2026"))).toEqual(
      before.body.days.filter((d) => d.date.startsWith("2026")),
    );
  });

  it("R-DL-3: loading a year again replaces it; without a source it is the administrator's import", async () => {
    const res = await server.as("admin", "PUT", "/api/calendar/2027", {
      days: [{ date: "2027-01-01", working: false, name: " 元旦 " }],
    });
    expect(res.status).toBe(200);
    expect(res.body.days).toEqual([{ date: "2027-01-01", working: false, name: "元旦" }]);
    const { body, calendar } = await calendarOf("office1");
    expect(body.years.find((y) => y.year === 2027)?.source).toBe("管理员导入");
    expect(body.days.filter((d) => d.date.startsWith("2027"))).toHaveLength(1);
    expect(calendar.isWorkingDay("2027-01-04")).toBe(true);
  });

  it("the change is audited as calendar.update with the dates added and removed", async () => {
    const res = await server.as("admin", "GET", "/api/audit?action=calendar.update");
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    const items = res.body.items as {
      action: string;
      resourceId: string;
      details: Record<string, unknown>;
    }[];
    expect(items.every((i) => i.action === "calendar.update" && i.resourceId === "2027")).toBe(true);
    const last = items.find((i) => (i.details.removed as string[]).length > 0);
    expect(last?.details).toMatchObject({ year: 2027, source: "管理员导入" });
    expect(last?.details.removed).toEqual(expect.arrayContaining(["2027-01-02", "2027-01-09", "2027-10-01"]));
  });

  it("office1 and the province get 403 and nothing changes", async () => {
    const count = await calendarRowCount();
    for (const username of ["office1", "province", "county"]) {
      const res = await server.as(username, "PUT", "/api/calendar/2028", { days: made2027 });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("FORBIDDEN");
    }
    expect(await calendarRowCount()).toBe(count);
    const { calendar } = await calendarOf("admin");
    expect(calendar.knows(2028)).toBe(false);
  });

  it("bad input answers 400 and changes nothing", async () => {
    const count = await calendarRowCount();
    const before = (await server.as("admin", "GET", "/api/calendar")).body as CalendarBody;
    const put = (year: string | number, body: unknown) =>
      server.as("admin", "PUT", `/api/calendar/${year}`, body);
    const cases: [string | number, unknown, string?][] = [
      // A date of another year.
      [2026, { days: [{ date: "2027-10-01", working: false, name: "国庆节" }] }, "days[0].date"],
      // A swapped working day on a weekday (2026-10-09 is a Friday).
      [2026, { days: [{ date: "2026-10-09", working: true, name: "调休" }] }, "days[0].working"],
      // A date twice.
      [
        2026,
        {
          days: [
            { date: "2026-10-01", working: false, name: "国庆节" },
            { date: "2026-10-01", working: false, name: "国庆节" },
          ],
        },
        "days[1].date",
      ],
      // A blank name.
      [2026, { days: [{ date: "2026-10-01", working: false, name: "  " }] }, "days[0].name"],
      // Not a real date.
      [2026, { days: [{ date: "2026-02-30", working: false, name: "春节" }] }, "days[0].date"],
      // Schema refusals: no days, an unknown field, a wrong type, a year out of range.
      [2026, { days: [] }],
      [2026, { days: [{ date: "2026-10-01", working: false, name: "国庆节", extra: 1 }] }],
      [2026, { days: [{ date: "2026-10-01", working: "no", name: "国庆节" }] }],
      [2026, { days: made2027, unknown: true }],
      [1999, { days: [{ date: "1999-10-01", working: false, name: "国庆节" }] }],
      ["abc", { days: made2027 }],
    ];
    for (const [year, body, field] of cases) {
      const res = await put(year, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      if (field) {
        expect(res.body.error.code).toBe("VALIDATION_FAILED");
        expect(res.body.error.details.field).toBe(field);
        expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(await calendarRowCount()).toBe(count);
    const after = (await server.as("admin", "GET", "/api/calendar")).body as CalendarBody;
    expect(after).toEqual(before);
  });
});

describe("GET /api/case-rules", () => {
  it("any staff member reads the figures in force (the defaults of DOMAIN.md here)", async () => {
    for (const username of ["office1", "county", "city", "province", "procurator"]) {
      const res = await server.as(username, "GET", "/api/case-rules");
      expect(res.status).toBe(200);
      expect(res.body).toEqual(defaultCaseRules);
    }
  });

  it("a province's settings change the figures, bad values are ignored", async () => {
    await server.db
      .insertInto("settings")
      .values({ key: "case_rules", value: JSON.stringify({ transferReportDays: 10, reportDays: "x" }) })
      .onConflict((oc) =>
        oc.column("key").doUpdateSet({ value: JSON.stringify({ transferReportDays: 10, reportDays: "x" }) }),
      )
      .execute();
    const res = await server.as("office1", "GET", "/api/case-rules");
    expect(res.body).toEqual({ ...defaultCaseRules, transferReportDays: 10 });
    await server.db.deleteFrom("settings").where("key", "=", "case_rules").execute();
  });

  it("the administrator and a subject's account are not staff: 403", async () => {
    expect((await server.as("admin", "GET", "/api/case-rules")).status).toBe(403);
    expect((await server.as("social1", "GET", "/api/case-rules")).status).toBe(403);
    expect((await server.request("GET", "/api/case-rules")).status).toBe(401);
  });
});
