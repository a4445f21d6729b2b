import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxText } from "../../../test/docx.ts";
import { buildSubject } from "../../../test/factories.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";

/** R-SN-1..7 through the real server. Test today is 2026-11-20. */
let server: TestServer;
let guicheng: string;

beforeAll(async () => {
  server = await startTestServer();
  guicheng = await orgId(server, "桂城司法所");
});
afterAll(() => server.close());

let serial = 0;
/** A file in correction at 桂城 (缓刑 unless `category` is given: set on the stored row). */
async function newSubject(category = "02", overrides: Parameters<typeof buildSubject>[1] = {}) {
  serial += 1;
  const res = await server.as("office1", "POST", "/api/subjects", {
    ...buildSubject(guicheng, { name: `奖惩对象${serial}` }),
    ...overrides,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const id = res.body.id as string;
  if (category !== "02")
    await server.db.updateTable("subjects").set({ category }).where("id", "=", id).execute();
  return id;
}

async function propose(id: string, kind: string, facts = `事实：${kind}`, user = "office1") {
  return server.as(user, "POST", `/api/subjects/${id}/sanctions`, { kind, facts });
}

async function proposed(id: string, kind: string, facts?: string) {
  const res = await propose(id, kind, facts);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

async function approve(sanctionId: string, comment = "同意") {
  const res = await server.as("county", "POST", `/api/sanctions/${sanctionId}/decision`, {
    approve: true,
    comment,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function rows(subjectId: string) {
  return server.db.selectFrom("sanctions").selectAll().where("subject_id", "=", subjectId).execute();
}

async function procuratorNotices(subjectId: string) {
  return server.db
    .selectFrom("notices")
    .innerJoin("organizations", "organizations.id", "notices.recipient_org_id")
    .select(["notices.kind", "organizations.kind as org_kind", "notices.title"])
    .where("notices.subject_id", "=", subjectId)
    .where("organizations.kind", "=", "procuratorate")
    .execute();
}

describe("proposals", () => {
  it("R-SN-1: the office proposes a reprimand with its facts; 201 proposed, copied to the procuratorate", async () => {
    const id = await newSubject();
    const res = await propose(id, "reprimand", "2026年11月10日未按时报告");
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      status: "proposed",
      kind: "reprimand",
      kindLabel: "训诫",
      rule: "R-SN-1",
    });
    expect(await procuratorNotices(id)).toEqual([expect.objectContaining({ kind: "sanction_proposal" })]);
    const timeline = await server.db
      .selectFrom("case_events")
      .select("step")
      .where("subject_id", "=", id)
      .execute();
    expect(timeline.map((e) => e.step)).toContain("propose_sanction");
    const list = await server.as("office1", "GET", `/api/subjects/${id}/sanctions`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((s: { id: string }) => s.id)).toEqual([res.body.id]);
  });

  it("R-SN-3: a public-security penalty is not proposed for 假释", async () => {
    const id = await newSubject("03");
    const res = await propose(id, "police_penalty");
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("SANCTION_CATEGORY");
    expect(await rows(id)).toHaveLength(0);
  });

  it("R-SN-4: revocation only for 缓刑 and 假释, each its own", async () => {
    const probation = await newSubject("02");
    expect((await propose(probation, "revoke_parole")).body.error.code).toBe("SANCTION_CATEGORY");
    const parole = await newSubject("03");
    expect((await propose(parole, "revoke_probation")).status).toBe(400);
    expect((await propose(parole, "revoke_parole")).status).toBe(201);
    const control = await newSubject("01");
    expect((await propose(control, "revoke_probation")).body.error.code).toBe("SANCTION_CATEGORY");
  });

  it("R-SN-5: committal only for 暂予监外执行", async () => {
    const probation = await newSubject("02");
    const res = await propose(probation, "committal");
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("SANCTION_CATEGORY");
    const medical = await newSubject("04");
    expect((await propose(medical, "committal")).status).toBe(201);
  });

  it("R-SN-7: a commendation after 6 months under correction", async () => {
    const early = await newSubject("02", {
      judgmentEffectiveOn: "2026-08-01",
      correctionStartOn: "2026-08-01",
      correctionEndOn: "2028-07-31",
    });
    const res = await propose(early, "commendation", "积极参加公益活动");
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("COMMENDATION_TOO_EARLY");
    const settled = await newSubject();
    expect((await propose(settled, "commendation", "积极参加公益活动")).status).toBe(201);
  });

  it("refusals: 400 bad input, 403 procurator, 404 another office, 409 not in correction; nothing stored", async () => {
    const id = await newSubject();
    expect((await propose(id, "fine")).status).toBe(400);
    expect(
      (
        await server.as("office1", "POST", `/api/subjects/${id}/sanctions`, {
          kind: "warning",
          facts: "x",
          extra: 1,
        })
      ).status,
    ).toBe(400);
    expect((await propose(id, "warning", "x", "procurator")).status).toBe(403);
    expect((await propose(id, "warning", "x", "office2")).status).toBe(404);
    expect((await propose(id, "warning", "x", "office_meiyun")).status).toBe(404);
    await server.db.updateTable("subjects").set({ status: "released" }).where("id", "=", id).execute();
    const late = await propose(id, "warning");
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("CASE_RELEASED");
    expect(await rows(id)).toHaveLength(0);
    expect(await procuratorNotices(id)).toHaveLength(0);
  });
});

describe("decisions", () => {
  it("R-SN-2: the county approves a warning: numbered 警告决定书, copied to the procuratorate, .docx", async () => {
    const id = await newSubject();
    const sanctionId = await proposed(id, "warning", "外出逾期返回十二日");
    const body = await approve(sanctionId);
    expect(body).toMatchObject({
      status: "approved",
      documentKind: "warning-decision",
      courtRulingDueOn: null,
    });
    expect(body.documentNumber).toMatch(/^南海矫警〔2026〕\d+号$/);
    expect((await procuratorNotices(id)).map((n) => n.kind).sort()).toEqual([
      "sanction_decision",
      "sanction_proposal",
    ]);
    const doc = await server.as("office1", "GET", `/api/subjects/${id}/documents/warning-decision`);
    expect(doc.status).toBe(200);
    expect(doc.raw.rawPayload.subarray(0, 2).toString()).toBe("PK");
    expect(String(doc.headers["content-disposition"])).toContain(".docx");
    // No reprimand was issued: that document is not there.
    expect(
      (await server.as("office1", "GET", `/api/subjects/${id}/documents/reprimand-decision`)).status,
    ).toBe(409);
  });

  it("R-SN-1: the county decides; an office gets 403, the procurator 403, another county 404; nothing changes", async () => {
    const id = await newSubject();
    const sanctionId = await proposed(id, "reprimand");
    const decide = (user: string) =>
      server.as(user, "POST", `/api/sanctions/${sanctionId}/decision`, { approve: true, comment: "同意" });
    expect((await decide("office1")).status).toBe(403);
    expect((await decide("procurator")).status).toBe(403);
    expect((await decide("jieyang_county")).status).toBe(404);
    expect(
      (await server.as("county", "POST", `/api/sanctions/${sanctionId}/decision`, { approve: "yes" })).status,
    ).toBe(400);
    const [row] = await rows(id);
    expect(row).toMatchObject({ status: "proposed", version: 1, decided_by: null });
    const queue = await server.as("county", "GET", "/api/sanctions?status=proposed");
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((s: { id: string }) => s.id)).toContain(sanctionId);
    expect((await server.as("jieyang_county", "GET", "/api/sanctions?status=proposed")).body.items).toEqual(
      [],
    );
  });

  it("a decision twice is 409; a rejection issues no document", async () => {
    const id = await newSubject();
    const sanctionId = await proposed(id, "reprimand");
    const first = await server.as("county", "POST", `/api/sanctions/${sanctionId}/decision`, {
      approve: false,
      comment: "事实不清",
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      status: "rejected",
      documentNumber: null,
      decisionComment: "事实不清",
    });
    const again = await server.as("county", "POST", `/api/sanctions/${sanctionId}/decision`, {
      approve: true,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("SANCTION_DECIDED");
    expect((await rows(id))[0]!.status).toBe("rejected");
  });

  it("R-SN-6: an approved revocation proposal opens the court's 30-day ruling deadline", async () => {
    const id = await newSubject();
    const body = await approve(await proposed(id, "revoke_probation", "受到警告两次仍不改正"));
    expect(body.courtRulingDueOn).toBe("2026-12-20");
    expect(body.documentKind).toBe("revoke-probation-proposal");
    const deadline = await server.db
      .selectFrom("deadlines")
      .selectAll()
      .where("subject_id", "=", id)
      .where("kind", "=", "court_ruling")
      .executeTakeFirstOrThrow();
    expect(deadline).toMatchObject({ due_on: "2026-12-20", status: "open" });
    const doc = await server.as("county", "GET", `/api/subjects/${id}/documents/revoke-probation-proposal`);
    expect(doc.status).toBe(200);
  });

  it("R-SN-6: a proposal states the court's 30 days from its receipt and no date counted from the decision", async () => {
    const id = await newSubject();
    await approve(await proposed(id, "revoke_probation", "受到警告两次仍不改正"));
    const doc = await server.as("county", "GET", `/api/subjects/${id}/documents/revoke-probation-proposal`);
    const text = docxText(doc.raw.rawPayload);
    expect(text).toContain("自收到本建议书之日起三十日内作出裁定");
    // The tracked deadline (2026-12-20) counts from the decision: it is not the court's.
    expect(text).not.toContain("2026年12月20日");
  });

  it("R-SN-6: an arrest request is decided within 48 hours (tracked as 2 days)", async () => {
    const id = await newSubject();
    const body = await approve(await proposed(id, "arrest", "可能逃跑"));
    expect(body.courtRulingDueOn).toBe("2026-11-22");
    expect(body.documentKind).toBe("arrest-proposal");
  });
});

describe("documents", () => {
  async function warningText(category: string) {
    const id = await newSubject(category);
    await approve(await proposed(id, "warning", "外出逾期未归十五日"));
    const doc = await server.as("county", "GET", `/api/subjects/${id}/documents/warning-decision`);
    expect(doc.status).toBe(200);
    return docxText(doc.raw.rawPayload);
  }

  it("R-SN-3: the warning decision tells a parolee of revocation of parole, never of a public-security penalty", async () => {
    const parole = await warningText("03");
    expect(parole).toContain("外出逾期未归十五日");
    expect(parole).toContain("将依法提请人民法院撤销假释");
    expect(parole).not.toContain("治安管理处罚");
    expect(parole).not.toContain("撤销缓刑");
  });

  it("R-SN-3..5: the warning decision names the measures of the subject's category", async () => {
    const probation = await warningText("02");
    expect(probation).toContain("治安管理处罚");
    expect(probation).toContain("撤销缓刑");
    expect(probation).not.toContain("撤销假释");
    const control = await warningText("01");
    expect(control).toContain("治安管理处罚");
    expect(control).not.toMatch(/撤销|收监/);
    const medical = await warningText("04");
    expect(medical).toContain("收监执行");
    expect(medical).not.toMatch(/撤销缓刑|撤销假释/);
  });
});

describe("suggestions", () => {
  it("R-SN-2: after two approved reprimands, a warning is suggested with those facts", async () => {
    const id = await newSubject();
    expect((await server.as("office1", "GET", `/api/subjects/${id}/suggestions`)).body.suggestions).toEqual(
      [],
    );
    const first = await proposed(id, "reprimand", "十月未按时报告");
    await approve(first);
    server.clock.advanceMinutes(1); // the second comes later the same day
    const second = await proposed(id, "reprimand", "十一月未参加教育学习");
    await approve(second);
    const res = await server.as("office1", "GET", `/api/subjects/${id}/suggestions`);
    expect(res.status).toBe(200);
    expect(res.body.suggestions).toHaveLength(1);
    const [s] = res.body.suggestions;
    expect(s).toMatchObject({ kind: "warning", rule: "R-SN-2", label: "警告" });
    expect(s.facts.map((f: { id: string }) => f.id)).toEqual([first, second]);
    expect(s.facts.map((f: { facts: string }) => f.facts)).toEqual([
      "十月未按时报告",
      "十一月未参加教育学习",
    ]);
    // The procurator reads the file but does not propose: no suggestions for that role.
    expect((await server.as("procurator", "GET", `/api/subjects/${id}/suggestions`)).status).toBe(403);
    expect((await server.as("office2", "GET", `/api/subjects/${id}/suggestions`)).status).toBe(404);
  });

  it("R-SN-2/R-SN-4: days late back from leave count as absence: over 10 days a warning, over a month revocation", async () => {
    const id = await newSubject();
    const subject = await server.db
      .selectFrom("subjects")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    const leave = (endOn: string, returnedOn: string | null, daysLate: number | null) =>
      server.db
        .insertInto("leave_requests")
        .values({
          id: crypto.randomUUID(),
          subject_id: id,
          office_id: subject.office_id,
          county_id: subject.county_id,
          city_id: subject.city_id,
          province_id: subject.province_id,
          minor: false,
          start_on: "2026-09-01",
          end_on: endOn,
          days: 5,
          cumulative_days: 5,
          destination_division_code: "440106",
          destination_address: "广州市天河区",
          reason: "探亲",
          proof_file_ids: [],
          status: returnedOn ? "returned" : "approved",
          approval_level: "office",
          returned_on: returnedOn,
          days_late: daysLate,
          created_at: new Date(),
          updated_at: new Date(),
        })
        .execute();
    await leave("2026-09-05", "2026-09-17", 12);
    const warning = await server.as("office1", "GET", `/api/subjects/${id}/suggestions`);
    expect(warning.body.absenceDays).toBe(12);
    expect(warning.body.suggestions).toEqual([
      expect.objectContaining({ kind: "warning", rule: "R-SN-2", facts: [{ type: "absence", days: 12 }] }),
    ]);
    await leave("2026-11-01", null, null); // not back: 19 days so far
    const revocation = await server.as("office1", "GET", `/api/subjects/${id}/suggestions`);
    expect(revocation.body.absenceDays).toBe(31);
    expect(revocation.body.suggestions.map((s: { kind: string; rule: string }) => [s.kind, s.rule])).toEqual([
      ["revoke_probation", "R-SN-4"],
    ]);
  });
});
