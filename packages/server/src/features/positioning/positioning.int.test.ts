import { docxText } from "../../../test/docx.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweepPositioningExpiry } from "../../jobs/positioning-expiry-sweep.ts";
import { runSweeps } from "../../jobs/run-sweeps.ts";
import { buildSubject } from "../../../test/factories.ts";
import { startTestServer, type Call, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";

/**
 * Positioning authorizations (使用电子定位装置审批, R-EP-1) and their expiry. Test today is
 * 2026-11-20; the expiry sweep is run at chosen instants before the demo's authorization (to
 * 2027-01-31) runs out.
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
  const res = await as(
    "office1",
    "POST",
    "/api/subjects",
    buildSubject(guicheng, { name: `定位审批${serial}`, ...overrides }),
  );
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

function proposal(overrides: Record<string, unknown> = {}) {
  return {
    condition: "ban_violation",
    facts: "2026年11月15日晚违反禁止令进入酒吧，经训诫仍不改正",
    fromOn: "2026-11-21",
    untilOn: "2027-02-20",
    ...overrides,
  };
}

async function propose(subjectId: string, body: unknown = proposal(), user = "office1"): Promise<Call> {
  return as(user, "POST", `/api/subjects/${subjectId}/positioning-authorizations`, body);
}

async function approved(subjectId: string, body: unknown = proposal()): Promise<string> {
  const res = await propose(subjectId, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const ok = await as("county_head", "POST", `/api/positioning-authorizations/${res.body.id}/decision`, {
    approve: true,
  });
  expect(ok.status, JSON.stringify(ok.body)).toBe(200);
  return res.body.id as string;
}

async function snapshot(subjectId: string) {
  const [auths, events, notices] = await Promise.all([
    server.db
      .selectFrom("positioning_authorizations")
      .selectAll()
      .where("subject_id", "=", subjectId)
      .orderBy("id")
      .execute(),
    server.db.selectFrom("case_events").select("id").where("subject_id", "=", subjectId).execute(),
    server.db.selectFrom("notices").select("id").where("subject_id", "=", subjectId).execute(),
  ]);
  return { auths, events: events.length, notices: notices.length };
}

describe("positioning authorizations (R-EP-1)", () => {
  it("R-EP-1: the office proposes, the county head approves, and the approval issues the numbered 使用电子定位装置审批表", async () => {
    const id = await newSubject();
    const res = await propose(id);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      subjectId: id,
      condition: "ban_violation",
      conditionLabel: "违反人民法院禁止令",
      fromOn: "2026-11-21",
      untilOn: "2027-02-20",
      status: "proposed",
      statusLabel: "待审批",
      proposedByName: "林晓敏",
      documentNumber: null,
    });
    const proposalNotice = await server.db
      .selectFrom("notices")
      .select(["recipient_org_id", "kind"])
      .where("subject_id", "=", id)
      .execute();
    expect(proposalNotice).toEqual([{ recipient_org_id: nanhai, kind: "positioning_proposal" }]);

    const decided = await as(
      "county_head",
      "POST",
      `/api/positioning-authorizations/${res.body.id}/decision`,
      {
        approve: true,
        comment: "同意，期满前重新评估",
      },
    );
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body).toMatchObject({
      status: "approved",
      decidedByName: "何国强",
      decisionComment: "同意，期满前重新评估",
    });
    expect(decided.body.documentNumber).toMatch(/^南海矫定位〔2026〕\d+号$/);

    const list = await as("procurator", "GET", `/api/subjects/${id}/positioning-authorizations`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: res.body.id, status: "approved" })]);
    const audit = await server.db
      .selectFrom("audit_log")
      .select("actor_username")
      .where("subject_id", "=", id)
      .where("action", "=", "positioning.list")
      .execute();
    expect(audit).toEqual([{ actor_username: "procurator" }]);

    const timeline = await as("office1", "GET", `/api/subjects/${id}/timeline`);
    const events = timeline.body.items as {
      step: string;
      stepLabel: string;
      documentNumber: string | null;
    }[];
    expect(events.find((e) => e.step === "approve_positioning")).toMatchObject({
      stepLabel: "批准使用电子定位装置",
      documentNumber: decided.body.documentNumber,
    });
    expect(events.map((e) => e.step)).toContain("propose_positioning");
    const decisionNotice = await server.db
      .selectFrom("notices")
      .select("recipient_org_id")
      .where("subject_id", "=", id)
      .where("kind", "=", "positioning_decision")
      .execute();
    expect(decisionNotice).toEqual([{ recipient_org_id: guicheng }]);

    const doc = await as("office1", "GET", `/api/subjects/${id}/documents/positioning-approval`);
    expect(doc.status).toBe(200);
    const text = docxText(doc.raw.rawPayload);
    for (const part of [
      "使用电子定位装置审批表",
      decided.body.documentNumber as string,
      "违反人民法院禁止令",
      "2026年11月21日",
      "2027年2月20日",
      "首次使用",
      "何国强",
      "第二十九条",
    ])
      expect(text).toContain(part);
  });

  it("R-EP-1: only the county head decides: county officer, office, procurator and city 403, an unknown one 404; nothing changes", async () => {
    const id = await newSubject();
    const res = await propose(id);
    const url = `/api/positioning-authorizations/${res.body.id}/decision`;
    const before = await snapshot(id);
    for (const user of ["county", "office1", "procurator", "city"]) {
      const r = await as(user, "POST", url, { approve: true });
      expect(r.status, user).toBe(403);
    }
    expect((await as("county_head", "POST", url, { approve: "yes" })).status).toBe(400);
    expect((await as("county_head", "POST", url, { approve: true, extra: 1 })).status).toBe(400);
    expect(
      (
        await as(
          "county_head",
          "POST",
          "/api/positioning-authorizations/00000000-0000-0000-0000-000000000000/decision",
          {
            approve: true,
          },
        )
      ).status,
    ).toBe(404);
    expect(await snapshot(id)).toEqual(before);
  });

  it("R-EP-1: a decided proposal is not decided again (409); a refusal is recorded and issues no document", async () => {
    const id = await newSubject();
    const res = await propose(id);
    const url = `/api/positioning-authorizations/${res.body.id}/decision`;
    const no = await as("county_head", "POST", url, { approve: false, comment: "情形不符" });
    expect(no.status).toBe(200);
    expect(no.body).toMatchObject({ status: "rejected", documentNumber: null });
    const before = await snapshot(id);
    const again = await as("county_head", "POST", url, { approve: true });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("POSITIONING_DECIDED");
    expect(await snapshot(id)).toEqual(before);
    const doc = await as("office1", "GET", `/api/subjects/${id}/documents/positioning-approval`);
    expect(doc.status).toBe(409);
    expect(doc.body.error.code).toBe("DOCUMENT_NOT_ISSUED");
  });

  it("R-EP-1: more than 3 months is 400 POSITIONING_TOO_LONG; a ground outside the five is 400; nothing changes", async () => {
    const id = await newSubject();
    const before = await snapshot(id);
    const long = await propose(id, proposal({ untilOn: "2027-02-21" }));
    expect(long.status).toBe(400);
    expect(long.body.error).toMatchObject({
      code: "POSITIONING_TOO_LONG",
      details: { latestUntilOn: "2027-02-20" },
    });
    expect(long.body.error.message).toMatch(/3 个月/);
    expect((await propose(id, proposal({ condition: "suspicious" }))).status).toBe(400);
    expect((await propose(id, proposal({ facts: " " }))).status).toBe(400);
    expect((await propose(id, proposal({ fromOn: "2026-11-31" }))).status).toBe(400);
    expect((await propose(id, proposal({ untilOn: "2026-11-19", fromOn: "2026-11-01" }))).status).toBe(400);
    expect((await propose(id, { ...proposal(), extra: true })).status).toBe(400);
    expect(await snapshot(id)).toEqual(before);
  });

  it("R-EP-1: who may propose: office and county yes; procurator and social worker 403; another office 404; a file not in correction 409", async () => {
    const id = await newSubject();
    const before = await snapshot(id);
    expect((await propose(id, proposal(), "procurator")).status).toBe(403);
    expect((await propose(id, proposal(), "social1")).status).toBe(403);
    expect((await propose(id, proposal(), "office2")).status).toBe(404);
    expect((await propose(id, proposal(), "jieyang_county")).status).toBe(404);
    expect((await as("office2", "GET", `/api/subjects/${id}/positioning-authorizations`)).status).toBe(404);
    expect(await snapshot(id)).toEqual(before);
    const awaiting = await newSubject({ status: "awaiting_report" });
    const r = await propose(awaiting);
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe("CASE_AWAITING_REPORT");
    const county = await propose(id, proposal(), "county");
    expect(county.status).toBe(201);
    const pending = await propose(id, proposal({ condition: "police_penalty" }));
    expect(pending.status).toBe(409);
    expect(pending.body.error.code).toBe("POSITIONING_PENDING");
  });

  it("R-EP-1: an extension follows the approved authorization after reassessment, at most 3 months again", async () => {
    const id = await newSubject();
    const first = await approved(id, proposal({ fromOn: "2026-11-01", untilOn: "2027-01-31" }));
    const extension = {
      ...proposal(),
      fromOn: "2027-02-01",
      untilOn: "2027-04-30",
      extendsId: first,
      reassessment: "经重新评估，该对象仍有再次违反禁止令的现实风险，建议继续使用",
    };
    const before = await snapshot(id);
    const noReassessment = await propose(id, { ...extension, reassessment: undefined });
    expect(noReassessment.status).toBe(400);
    expect(noReassessment.body.error.code).toBe("POSITIONING_REASSESSMENT_REQUIRED");
    const continued = await propose(id, { ...extension, extendsId: undefined, reassessment: undefined });
    expect(continued.status).toBe(409);
    expect(continued.body.error.code).toBe("POSITIONING_EXTENSION_REQUIRED");
    const gap = await propose(id, { ...extension, fromOn: "2027-02-02" });
    expect(gap.status).toBe(400);
    expect(gap.body.error.code).toBe("POSITIONING_EXTENSION_INVALID");
    expect((await propose(id, { ...extension, untilOn: "2027-05-01" })).body.error.code).toBe(
      "POSITIONING_TOO_LONG",
    );
    const foreign = await newSubject();
    const theirs = await approved(foreign, proposal({ fromOn: "2026-11-01", untilOn: "2027-01-31" }));
    expect((await propose(id, { ...extension, extendsId: theirs })).body.error.code).toBe(
      "POSITIONING_EXTENSION_INVALID",
    );
    expect(await snapshot(id)).toEqual(before);

    const res = await propose(id, extension);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ extendsId: first, reassessment: extension.reassessment });
    const ok = await as("county_head", "POST", `/api/positioning-authorizations/${res.body.id}/decision`, {
      approve: true,
    });
    expect(ok.status).toBe(200);
    const text = docxText(
      (await as("county", "GET", `/api/subjects/${id}/documents/positioning-approval`)).raw.rawPayload,
    );
    expect(text).toContain("延长使用");
    expect(text).toContain("仍有再次违反禁止令的现实风险");
    expect(text).toContain(ok.body.documentNumber as string);
    const twice = await propose(id, { ...extension, fromOn: "2027-02-02", untilOn: "2027-04-30" });
    expect(twice.body.error.code).toBe("POSITIONING_EXTENDED");
  });
});

describe("expiry (R-EP-1)", () => {
  async function braceletFor(
    subjectId: string,
    identifier: string,
  ): Promise<{ deviceId: string; bindingId: string }> {
    const device = await as("county", "POST", "/api/devices", { kind: "bracelet", identifier });
    expect(device.status, JSON.stringify(device.body)).toBe(201);
    const bound = await as("office1", "POST", `/api/subjects/${subjectId}/device-bindings`, {
      deviceId: device.body.id,
    });
    expect(bound.status, JSON.stringify(bound.body)).toBe(201);
    return { deviceId: device.body.id as string, bindingId: bound.body.id as string };
  }

  async function bindingOf(id: string) {
    return server.db.selectFrom("device_bindings").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  }

  async function removalNotices(subjectId: string) {
    return server.db
      .selectFrom("notices")
      .select(["recipient_org_id", "title"])
      .where("subject_id", "=", subjectId)
      .where("kind", "=", "device_removal")
      .execute();
  }

  it("R-EP-1: when the authorization runs out the bracelet's binding ends and the office is told to remove it, once", async () => {
    const id = await newSubject();
    const auth = await approved(id, proposal({ fromOn: "2026-11-20", untilOn: "2026-11-25" }));
    const { bindingId } = await braceletFor(id, "013900000001");

    // On its last day nothing happens.
    await sweepPositioningExpiry(server.ctx, new Date("2026-11-25T15:00:00Z")); // 23:00 in Shanghai
    expect((await bindingOf(bindingId)).ended_at).toBeNull();

    const report = await runSweeps(server.ctx, new Date("2026-11-25T16:30:00Z")); // 2026-11-26 00:30 in Shanghai
    expect(report.ran).toBe(true);
    expect(report.errors).toEqual([]);
    expect(report.positioning?.ended).toBeGreaterThanOrEqual(1);
    expect(await bindingOf(bindingId)).toMatchObject({ end_reason: "authorization_expired", ended_by: null });
    expect((await bindingOf(bindingId)).ended_at).not.toBeNull();
    const row = await server.db
      .selectFrom("positioning_authorizations")
      .selectAll()
      .where("id", "=", auth)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "ended", ended_on: "2026-11-26", end_reason: "expired" });
    const notices = await removalNotices(id);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ recipient_org_id: guicheng });
    expect(notices[0]!.title).toMatch(/取下设备/);

    const bindings = await as("office1", "GET", `/api/subjects/${id}/device-bindings`);
    expect(bindings.body.items[0]).toMatchObject({
      endReason: "authorization_expired",
      endReasonLabel: "使用电子定位装置审批期限届满",
    });
    const list = await as("office1", "GET", `/api/subjects/${id}/positioning-authorizations`);
    expect(list.body.items[0]).toMatchObject({ status: "ended", statusLabel: "已届满" });

    // A second run changes nothing.
    const before = await snapshot(id);
    const again = await sweepPositioningExpiry(server.ctx, new Date("2026-11-26T02:00:00Z"));
    expect(again.failed).toBe(0);
    expect(await snapshot(id)).toEqual(before);
    expect(await removalNotices(id)).toHaveLength(1);
    // The demo's authorization (to 2027-01-31) is untouched.
    const demo = await server.db
      .selectFrom("positioning_authorizations")
      .select("status")
      .where("until_on", "=", "2027-01-31")
      .where("from_on", "=", "2026-11-01")
      .where("condition", "=", "ban_violation")
      .execute();
    expect(demo.some((d) => d.status === "approved")).toBe(true);
  });

  it("R-EP-1: with an approved extension in force the bracelet stays bound, carried by the extension", async () => {
    const id = await newSubject();
    const first = await approved(id, proposal({ fromOn: "2026-11-20", untilOn: "2026-11-27" }));
    const { bindingId } = await braceletFor(id, "013900000002");
    const second = await approved(id, {
      ...proposal(),
      fromOn: "2026-11-28",
      untilOn: "2027-02-27",
      extendsId: first,
      reassessment: "重新评估后认为仍需使用",
    });
    await sweepPositioningExpiry(server.ctx, new Date("2026-11-28T01:00:00Z"));
    expect(await bindingOf(bindingId)).toMatchObject({ ended_at: null, authorization_id: second });
    expect(await removalNotices(id)).toEqual([]);
    const steps = (await as("office1", "GET", `/api/subjects/${id}/timeline`)).body.items as {
      step: string;
      summary: string;
    }[];
    expect(steps.find((e) => e.step === "end_positioning")?.summary).toMatch(/继续佩戴/);
  });
});
