import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSweeps } from "../../jobs/run-sweeps.ts";
import { docxText } from "../../../test/docx.ts";
import { buildSubject } from "../../../test/factories.ts";
import { startTestServer, type Call, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";

/**
 * Leave (外出, R-LV-1/2/3) and court bans (禁止令, R-LV-5). Test today is 2026-11-20, so the
 * earliest start of a leave applied for today is 2026-11-23 (3 days, cfg). The tests that move
 * the clock (return, overdue sweep) come last.
 */
let server: TestServer;
let guicheng: string;
let nanhai: string;

type Method = "GET" | "POST";

const as = (username: string, method: Method, url: string, body?: unknown): Promise<Call> =>
  server.as(username, method, url, body);

beforeAll(async () => {
  server = await startTestServer();
  guicheng = await orgId(server, "桂城司法所");
  nanhai = await orgId(server, "南海区社区矫正");
});
afterAll(() => server.close());

let serial = 0;
async function newSubject(overrides: Parameters<typeof buildSubject>[1] = {}): Promise<string> {
  serial += 1;
  const res = await as("office1", "POST", "/api/subjects", {
    ...buildSubject(guicheng, { name: `外出对象${serial}`, ...overrides }),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

function leave(startOn: string, endOn: string, overrides: Record<string, unknown> = {}) {
  return {
    startOn,
    endOn,
    destinationDivisionCode: "440104",
    destinationAddress: "广东省广州市越秀区中山二路58号",
    reason: "陪同母亲到广州住院治疗",
    ...overrides,
  };
}

async function request(subjectId: string, body: unknown, user = "office1"): Promise<Call> {
  return as(user, "POST", `/api/subjects/${subjectId}/leave-requests`, body);
}

async function snapshot(subjectId: string) {
  const [leaves, events, deadlines] = await Promise.all([
    server.db
      .selectFrom("leave_requests")
      .selectAll()
      .where("subject_id", "=", subjectId)
      .orderBy("id")
      .execute(),
    server.db.selectFrom("case_events").select("id").where("subject_id", "=", subjectId).execute(),
    server.db.selectFrom("deadlines").selectAll().where("subject_id", "=", subjectId).orderBy("id").execute(),
  ]);
  return { leaves, events: events.length, deadlines };
}

async function openLeaveDeadline(subjectId: string) {
  return server.db
    .selectFrom("deadlines")
    .selectAll()
    .where("subject_id", "=", subjectId)
    .where("kind", "=", "leave_return")
    .where("status", "=", "open")
    .executeTakeFirst();
}

describe("leave requests (R-LV-1, R-LV-2)", () => {
  it("R-LV-2: up to 7 days is the office's to approve; the office approves and the 外出证明 is issued", async () => {
    const id = await newSubject();
    const res = await request(id, leave("2026-11-24", "2026-11-28"));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      status: "pending",
      approvalLevel: "office",
      days: 5,
      cumulativeDays: 5,
      subjectId: id,
    });
    const decided = await as("office1", "POST", `/api/leave-requests/${res.body.id}/decision`, {
      approve: true,
      comment: "理由正当，准予外出",
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body.status).toBe("approved");
    expect(decided.body.documentNumber).toMatch(/^南海矫外〔2026〕\d+号$/);
    const deadline = await openLeaveDeadline(id);
    expect(deadline).toMatchObject({ due_on: "2026-11-28", office_id: guicheng, county_id: nanhai });
    const timeline = await as("office1", "GET", `/api/subjects/${id}/timeline`);
    const steps = (timeline.body.items as { step: string }[]).map((e) => e.step);
    expect(steps).toEqual(expect.arrayContaining(["request_leave", "approve_leave"]));
    const doc = await as("office1", "GET", `/api/subjects/${id}/documents/leave-certificate`);
    expect(doc.status).toBe(200);
    expect(doc.raw.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });

  it("R-LV-2: over 7 days goes to the county; the office below that level is refused with 403 and nothing changes", async () => {
    const id = await newSubject();
    const res = await request(id, leave("2026-11-25", "2026-12-04"));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ approvalLevel: "county", days: 10 });
    const before = await snapshot(id);
    const refused = await as("office1", "POST", `/api/leave-requests/${res.body.id}/decision`, {
      approve: true,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("LEAVE_APPROVAL_LEVEL");
    expect(await snapshot(id)).toEqual(before);
    const ok = await as("county", "POST", `/api/leave-requests/${res.body.id}/decision`, { approve: true });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.status).toBe("approved");
    // A decided request is not decided again (409), and nothing changes.
    const after = await snapshot(id);
    const again = await as("county", "POST", `/api/leave-requests/${res.body.id}/decision`, {
      approve: false,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("LEAVE_DECIDED");
    expect(await snapshot(id)).toEqual(after);
  });

  it("R-LV-2: over 30 days within 2 months goes to the city; the county is refused", async () => {
    const id = await newSubject();
    const first = await request(id, leave("2026-11-24", "2026-12-13"));
    expect(first.body).toMatchObject({ approvalLevel: "county", days: 20, cumulativeDays: 20 });
    expect(
      (await as("county", "POST", `/api/leave-requests/${first.body.id}/decision`, { approve: true })).status,
    ).toBe(200);
    const second = await request(id, leave("2026-12-20", "2027-01-03"));
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    expect(second.body).toMatchObject({ approvalLevel: "city", days: 15, cumulativeDays: 35 });
    const county = await as("county", "POST", `/api/leave-requests/${second.body.id}/decision`, {
      approve: true,
    });
    expect(county.status).toBe(403);
    expect(county.body.error.code).toBe("LEAVE_APPROVAL_LEVEL");
    const city = await as("city", "POST", `/api/leave-requests/${second.body.id}/decision`, {
      approve: true,
    });
    expect(city.status, JSON.stringify(city.body)).toBe(200);
    expect(city.body.status).toBe("approved");
    // One return deadline per file: the leave that ends first.
    expect((await openLeaveDeadline(id))?.due_on).toBe("2026-12-13");
  });

  it("R-LV-2: every decision issues the 外出审批表 with the application and each level's opinion", async () => {
    const id = await newSubject({ name: "审批表对象" });
    const docText = async (user = "office1") => {
      const doc = await as(user, "GET", `/api/subjects/${id}/documents/leave-approval-form`);
      expect(doc.status, doc.raw.body.slice(0, 200)).toBe(200);
      return docxText(doc.raw.rawPayload);
    };
    expect((await as("office1", "GET", `/api/subjects/${id}/documents/leave-approval-form`)).status).toBe(
      409,
    );

    // The office approves a short leave: its opinion alone, signed.
    const short = await request(id, leave("2026-11-24", "2026-11-28", { reason: "参加女儿婚礼" }));
    await as("office1", "POST", `/api/leave-requests/${short.body.id}/decision`, {
      approve: true,
      comment: "理由正当",
    });
    let text = await docText();
    for (const part of [
      "外出审批表",
      "申请人：审批表对象",
      "申请日期：2026年11月20日",
      "外出事由：参加女儿婚礼",
      "外出目的地：广东省广州市越秀区中山二路58号",
      "自2026年11月24日起至2026年11月28日止，共5日",
      "累计外出5日",
      "由司法所审批",
      "司法所意见：同意外出。理由正当。（桂城司法所，审批人：",
      "审批结果：批准",
    ])
      expect(text).toContain(part);
    expect(text).toMatch(/南海矫外审〔2026〕\d+号/);
    expect(text).not.toContain("县级社区矫正机构意见");

    // The county refuses a longer one: the office sent it up, the county's opinion is signed.
    const long = await request(id, leave("2026-12-01", "2026-12-10"));
    const refused = await as("county", "POST", `/api/leave-requests/${long.body.id}/decision`, {
      approve: false,
      comment: "证明材料不足",
    });
    expect(refused.status).toBe(200);
    text = await docText("county");
    expect(text).toContain("司法所意见：依规定由县级社区矫正机构审批，报送审批。");
    expect(text).toContain("县级社区矫正机构意见：不同意外出。证明材料不足。");
    expect(text).toContain("审批结果：不予批准");
    expect(text).not.toContain("市级社区矫正机构意见");
    const timeline = await as("office1", "GET", `/api/subjects/${id}/timeline`);
    expect(timeline.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ step: "reject_leave", documentKind: "leave-approval-form" }),
      ]),
    );
  });

  it("R-LV-2: a city-level 外出审批表 carries the office's, the county's and the city's lines", async () => {
    const id = await newSubject();
    const first = await request(id, leave("2026-11-24", "2026-12-13"));
    await as("county", "POST", `/api/leave-requests/${first.body.id}/decision`, { approve: true });
    const second = await request(id, leave("2026-12-20", "2027-01-03"));
    expect(second.body.approvalLevel).toBe("city");
    await as("city", "POST", `/api/leave-requests/${second.body.id}/decision`, { approve: true });
    const doc = await as("county", "GET", `/api/subjects/${id}/documents/leave-approval-form`);
    expect(doc.status).toBe(200);
    const text = docxText(doc.raw.rawPayload);
    expect(text).toContain("司法所意见：依规定由县级社区矫正机构审批");
    expect(text).toContain("县级社区矫正机构意见：依规定由市级社区矫正机构审批");
    expect(text).toContain("市级社区矫正机构意见：同意外出。");
    expect(text).toContain("累计外出35日");
  });

  it("R-LV-1: a request overlapping a pending or approved leave is refused (409), nothing recorded", async () => {
    const id = await newSubject();
    expect((await request(id, leave("2026-11-24", "2026-11-28"))).status).toBe(201);
    const before = await snapshot(id);
    const res = await request(id, leave("2026-11-28", "2026-11-30"));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("DUPLICATE");
    expect(await snapshot(id)).toEqual(before);
  });

  it("R-LV-2: one request over 30 days is refused with LEAVE_TOO_LONG, nothing recorded", async () => {
    const id = await newSubject();
    const before = await snapshot(id);
    const res = await request(id, leave("2026-12-01", "2026-12-31"));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("LEAVE_TOO_LONG");
    expect(await snapshot(id)).toEqual(before);
  });

  it("R-LV-1: an application less than 3 days ahead is refused with LEAVE_TOO_LATE", async () => {
    const id = await newSubject();
    const before = await snapshot(id);
    const res = await request(id, leave("2026-11-22", "2026-11-24"));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("LEAVE_TOO_LATE");
    expect(await snapshot(id)).toEqual(before);
  });

  it("R-LV-1: bad input is refused with 400", async () => {
    const id = await newSubject();
    const before = await snapshot(id);
    const cases: [unknown, string][] = [
      [leave("2026-12-05", "2026-12-01"), "VALIDATION_FAILED"],
      [leave("2026-02-30", "2026-12-01"), "VALIDATION_FAILED"],
      [leave("2026-12-01", "2026-12-02", { destinationDivisionCode: "990000" }), "DIVISION_CODE_INVALID"],
      [leave("2026-12-01", "2026-12-02", { reason: "" }), "VALIDATION_FAILED"],
      [leave("2026-12-01", "2026-12-02", { extra: 1 }), ""],
      [
        leave("2026-12-01", "2026-12-02", { proofFileIds: ["00000000-0000-4000-8000-000000000000"] }),
        "VALIDATION_FAILED",
      ],
    ];
    for (const [body, code] of cases) {
      const res = await request(id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      if (code) expect(res.body.error.code).toBe(code);
    }
    expect(await snapshot(id)).toEqual(before);
  });

  it("R-LV-1: a role without leave:request gets 403; another office gets 404", async () => {
    const id = await newSubject();
    expect((await request(id, leave("2026-11-24", "2026-11-26"), "procurator")).status).toBe(403);
    expect((await request(id, leave("2026-11-24", "2026-11-26"), "office2")).status).toBe(404);
    const mine = await request(id, leave("2026-11-24", "2026-11-26"));
    const lid = mine.body.id as string;
    expect((await as("office2", "GET", `/api/leave-requests/${lid}`)).status).toBe(404);
    expect(
      (await as("office2", "POST", `/api/leave-requests/${lid}/decision`, { approve: true })).status,
    ).toBe(404);
    expect(
      (await as("jieyang_county", "POST", `/api/leave-requests/${lid}/decision`, { approve: true })).status,
    ).toBe(404);
    expect(
      (await as("procurator", "POST", `/api/leave-requests/${lid}/decision`, { approve: true })).status,
    ).toBe(403);
    expect((await as("office1", "GET", `/api/leave-requests/${lid}`)).body.status).toBe("pending");
  });

  it("R-LV-1: a file not in correction cannot apply (409)", async () => {
    const id = await newSubject({
      status: "awaiting_report",
      judgmentEffectiveOn: "2026-11-18",
      correctionStartOn: "2026-11-18",
      correctionEndOn: "2028-11-17",
    });
    const before = await snapshot(id);
    const res = await request(id, leave("2026-11-24", "2026-11-26"));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("CASE_AWAITING_REPORT");
    expect(await snapshot(id)).toEqual(before);
  });

  it("R-LV-2: a refusal records its event and opens no deadline; it cannot be returned from", async () => {
    const id = await newSubject();
    const res = await request(id, leave("2026-11-24", "2026-11-26"));
    const no = await as("office1", "POST", `/api/leave-requests/${res.body.id}/decision`, {
      approve: false,
      comment: "理由不充分",
    });
    expect(no.status).toBe(200);
    expect(no.body).toMatchObject({
      status: "rejected",
      decisionComment: "理由不充分",
      documentNumber: null,
    });
    expect(await openLeaveDeadline(id)).toBeUndefined();
    const back = await as("office1", "POST", `/api/leave-requests/${res.body.id}/return`, {
      returnedOn: "2026-11-20",
    });
    expect(back.status).toBe(409);
    expect(back.body.error.code).toBe("LEAVE_NOT_APPROVED");
  });

  it("lists leave requests in scope, by status and by file", async () => {
    const id = await newSubject();
    const res = await request(id, leave("2026-11-24", "2026-11-26"));
    const county = await as("county", "GET", "/api/leave-requests?status=pending&pageSize=100");
    expect(county.status).toBe(200);
    expect((county.body.items as { id: string }[]).map((i) => i.id)).toContain(res.body.id);
    expect((county.body.items as { status: string }[]).every((i) => i.status === "pending")).toBe(true);
    const other = await as("office2", "GET", "/api/leave-requests?pageSize=100");
    expect((other.body.items as { id: string }[]).map((i) => i.id)).not.toContain(res.body.id);
    const ofFile = await as("office1", "GET", `/api/subjects/${id}/leave-requests`);
    expect(ofFile.body).toMatchObject({
      total: 1,
      items: [{ id: res.body.id, subjectName: expect.any(String) }],
    });
    expect((await as("office2", "GET", `/api/subjects/${id}/leave-requests`)).status).toBe(404);
    expect((await as("county", "GET", "/api/leave-requests?status=lost")).status).toBe(400);
  });
});

describe("court bans (R-LV-5)", () => {
  const ban = {
    content: "进入夜总会、酒吧、迪厅、网吧等娱乐场所",
    places: "南海区全部娱乐场所",
    fromOn: "2026-01-10",
    untilOn: "2027-01-09",
  };

  it("R-LV-5: the office records a ban on the file, with its event, and lists it", async () => {
    const id = await newSubject();
    const res = await as("office1", "POST", `/api/subjects/${id}/court-bans`, ban);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject(ban);
    const list = await as("county", "GET", `/api/subjects/${id}/court-bans`);
    expect(list.body.items).toEqual([expect.objectContaining(ban)]);
    const timeline = await as("office1", "GET", `/api/subjects/${id}/timeline`);
    expect((timeline.body.items as { step: string }[]).some((e) => e.step === "court_ban")).toBe(true);
  });

  it("R-LV-5: refusals change nothing: 403 role, 404 other office, 400 bad input, 409 closed file", async () => {
    const id = await newSubject();
    const count = async () =>
      (await server.db.selectFrom("court_bans").select("id").where("subject_id", "=", id).execute()).length;
    expect((await as("procurator", "POST", `/api/subjects/${id}/court-bans`, ban)).status).toBe(403);
    expect((await as("office2", "POST", `/api/subjects/${id}/court-bans`, ban)).status).toBe(404);
    expect((await as("office2", "GET", `/api/subjects/${id}/court-bans`)).status).toBe(404);
    expect(
      (await as("office1", "POST", `/api/subjects/${id}/court-bans`, { ...ban, untilOn: "2025-01-01" }))
        .status,
    ).toBe(400);
    expect(
      (await as("office1", "POST", `/api/subjects/${id}/court-bans`, { ...ban, places: "" })).status,
    ).toBe(400);
    await server.db.updateTable("subjects").set({ status: "released" }).where("id", "=", id).execute();
    const closed = await as("office1", "POST", `/api/subjects/${id}/court-bans`, ban);
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe("CASE_RELEASED");
    expect(await count()).toBe(0);
  });
});

describe("return (R-LV-3)", () => {
  it("R-LV-3: not back by the end date: the sweep alerts; a late return closes the deadline and stores the days late", async () => {
    const late = await newSubject();
    const onTime = await newSubject();
    const twice = await newSubject();
    const a = await request(late, leave("2026-11-23", "2026-11-25"));
    const b = await request(onTime, leave("2026-11-23", "2026-11-29"));
    const c1 = await request(twice, leave("2026-11-23", "2026-11-24"));
    const c2 = await request(twice, leave("2026-11-26", "2026-11-27"));
    for (const r of [a, b, c1, c2])
      expect(
        (await as("office1", "POST", `/api/leave-requests/${r.body.id}/decision`, { approve: true })).status,
      ).toBe(200);
    // Returning before leaving is refused.
    const early = await as("office1", "POST", `/api/leave-requests/${a.body.id}/return`, {
      returnedOn: "2026-11-20",
    });
    expect(early.status).toBe(400);

    server.clock.advanceMinutes(7 * 24 * 60); // 2026-11-27
    await runSweeps(server.ctx);
    const deadline = await openLeaveDeadline(late);
    expect(deadline?.due_on).toBe("2026-11-25");
    const notices = await server.db
      .selectFrom("notices")
      .select(["kind", "recipient_org_id", "title"])
      .where("deadline_id", "=", deadline!.id)
      .execute();
    expect(notices.map((n) => n.recipient_org_id).sort()).toEqual([guicheng, nanhai].sort());
    expect(notices[0]!.title).toContain("外出返回销假");
    expect(await openLeaveDeadline(onTime)).toBeDefined();
    const onTimeNotices = await server.db
      .selectFrom("notices")
      .select("id")
      .where("deadline_id", "=", (await openLeaveDeadline(onTime))!.id)
      .execute();
    expect(onTimeNotices).toHaveLength(0);

    // Future return dates are refused.
    expect(
      (await as("office1", "POST", `/api/leave-requests/${a.body.id}/return`, { returnedOn: "2026-11-28" }))
        .status,
    ).toBe(400);
    const back = await as("office1", "POST", `/api/leave-requests/${a.body.id}/return`, {
      returnedOn: "2026-11-27",
    });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body).toMatchObject({
      status: "returned",
      returnedOn: "2026-11-27",
      daysLate: 2,
      late: true,
    });
    expect(await openLeaveDeadline(late)).toBeUndefined();
    const closed = await server.db
      .selectFrom("deadlines")
      .select(["status", "closed_on"])
      .where("id", "=", deadline!.id)
      .executeTakeFirstOrThrow();
    expect(closed).toEqual({ status: "met", closed_on: "2026-11-27" });
    const timeline = await as("office1", "GET", `/api/subjects/${late}/timeline`);
    const event = (timeline.body.items as { step: string; data: { daysLate: number } }[]).find(
      (e) => e.step === "return_leave",
    );
    expect(event?.data.daysLate).toBe(2);

    const ok = await as("office1", "POST", `/api/leave-requests/${b.body.id}/return`, {
      returnedOn: "2026-11-26",
    });
    expect(ok.body).toMatchObject({ status: "returned", daysLate: 0, late: false });

    // Back from the first of two approved leaves: the return deadline moves to the second.
    expect((await openLeaveDeadline(twice))?.due_on).toBe("2026-11-24");
    const first = await as("office1", "POST", `/api/leave-requests/${c1.body.id}/return`, {
      returnedOn: "2026-11-24",
    });
    expect(first.body).toMatchObject({ status: "returned", daysLate: 0 });
    expect((await openLeaveDeadline(twice))?.due_on).toBe("2026-11-27");

    // Returned once; again is 409, and nothing changes.
    const before = await snapshot(late);
    const again = await as("office1", "POST", `/api/leave-requests/${a.body.id}/return`, {
      returnedOn: "2026-11-27",
    });
    expect(again.status).toBe(409);
    expect(await snapshot(late)).toEqual(before);
    expect(
      (await as("office2", "POST", `/api/leave-requests/${a.body.id}/return`, { returnedOn: "2026-11-27" }))
        .status,
    ).toBe(404);
  });
});
