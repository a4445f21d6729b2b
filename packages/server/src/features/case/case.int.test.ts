import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIdNumber, buildSubject } from "../../../test/factories.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";

let server: TestServer;
let guicheng: string;

beforeAll(async () => {
  server = await startTestServer();
  guicheng = await orgId(server, "桂城司法所");
});
afterAll(() => server.close());

/** A 缓刑 subject registered as awaiting report, its judgment effective on `effectiveOn`. */
async function register(overrides: Record<string, unknown> = {}, effectiveOn = "2026-11-13") {
  const end = `${Number(effectiveOn.slice(0, 4)) + 2}${effectiveOn.slice(4)}`;
  const endOn = new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const res = await server.as("office1", "POST", "/api/subjects", {
    ...buildSubject(guicheng, {
      judgmentEffectiveOn: effectiveOn,
      correctionStartOn: effectiveOn,
      correctionEndOn: endOn,
      status: "awaiting_report",
    }),
    ...overrides,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; reportDueOn: string; status: string };
}

async function deliver(id: string, kinds = ["judgment", "execution_notice"], on = "2026-11-16") {
  for (const kind of kinds) {
    const res = await server.as("office1", "POST", `/api/subjects/${id}/handover-documents`, {
      kind,
      documentNumber: kind === "judgment" ? "（2026）粤0605刑初3001号" : undefined,
      receivedOn: on,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
}

const intake = { reportedOn: "2026-11-18", receptionMode: "01", identityVerified: true };

async function events(id: string): Promise<string[]> {
  const res = await server.as("office1", "GET", `/api/subjects/${id}/timeline`);
  expect(res.status).toBe(200);
  return res.body.items.map((e: { step: string }) => e.step);
}

describe("handover and reporting", () => {
  it("R-HO-2 / R-DL-1: judgment effective 2026-09-25 → report due 2026-10-08", async () => {
    const s = await register({}, "2026-09-25");
    expect(s.status).toBe("awaiting_report");
    expect(s.reportDueOn).toBe("2026-10-08");
    const c = await server.as("office1", "GET", `/api/subjects/${s.id}/case`);
    expect(c.body.deadlines.map((d: { kind: string; dueOn: string }) => [d.kind, d.dueOn])).toEqual(
      expect.arrayContaining([
        ["report", "2026-10-08"],
        ["handover_documents", "2026-10-08"],
      ]),
    );
    expect(c.body.deadlines.find((d: { kind: string }) => d.kind === "report").state).toBe("overdue");
    expect(c.body.openSteps).toEqual(expect.arrayContaining(["intake", "record_search", "terminate"]));
  });

  it("R-HO-2: registering as awaiting report needs the judgment's effective date", async () => {
    const res = await server.as("office1", "POST", "/api/subjects", {
      ...buildSubject(guicheng, { status: "awaiting_report" }),
      judgmentEffectiveOn: undefined,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("FACTS_MISSING");
    expect(res.body.error.details.missing).toEqual(["judgmentEffectiveOn"]);
  });

  it("R-HO-1: the notice is due within 5 days and the documents within 10; late ones are flagged", async () => {
    const s = await register({}, "2026-11-02");
    const notice = await server.as("office1", "PUT", `/api/subjects/${s.id}/handover-notice`, {
      receivedOn: "2026-11-09",
    });
    expect(notice.status).toBe(200);
    expect(notice.body.handover.check).toMatchObject({
      // 5 days end on Saturday 2026-11-07: the notice is due on Monday.
      noticeDueOn: "2026-11-09",
      noticeLate: false,
    });
    // Refusals change nothing: a date before the judgment, another office, the procurator.
    const before = await server.as("office1", "PUT", `/api/subjects/${s.id}/handover-notice`, {
      receivedOn: "2026-10-30",
    });
    expect(before.status).toBe(400);
    expect(before.body.error.details.field).toBe("receivedOn");
    expect(
      (
        await server.as("office2", "PUT", `/api/subjects/${s.id}/handover-notice`, {
          receivedOn: "2026-11-03",
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await server.as("procurator", "PUT", `/api/subjects/${s.id}/handover-notice`, {
          receivedOn: "2026-11-03",
        })
      ).status,
    ).toBe(403);
    const unchanged = await server.as("office1", "GET", `/api/subjects/${s.id}/case`);
    expect(unchanged.body.handover.noticeReceivedOn).toBe("2026-11-09");
    await deliver(s.id, ["judgment"], "2026-11-13");
    const c = await server.as("office1", "GET", `/api/subjects/${s.id}/case`);
    expect(c.body.handover.check).toMatchObject({ documentsDueOn: "2026-11-12", documentsLate: true });
    expect(c.body.handover.missing).toEqual([{ kind: "execution_notice", label: "执行通知书" }]);
  });

  it("R-HO-2: not reported in time → search record and 报到情况通知单 to the procuratorate", async () => {
    const early = await register({}, "2026-11-16");
    const refused = await server.as("office1", "POST", `/api/subjects/${early.id}/search-record`, {
      searchedOn: "2026-11-20",
      measures: "电话联系",
      result: "未找到",
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("REPORT_NOT_OVERDUE");

    const s = await register({}, "2026-10-20");
    const before = await server.as("procurator", "GET", "/api/notices");
    const res = await server.as("office1", "POST", `/api/subjects/${s.id}/search-record`, {
      searchedOn: "2026-11-19",
      measures: "电话联系、走访居住地及村委会",
      result: "经查找，已联系上本人，责令其立即报到",
    });
    expect(res.status).toBe(201);
    expect(res.body.documentNumber).toMatch(/^南海矫报通〔2026〕\d+号$/);
    const after = await server.as("procurator", "GET", "/api/notices");
    expect(before.status).toBe(200);
    expect(after.body.total).toBe(before.body.total + 1);
    const doc = await server.as("office1", "GET", `/api/subjects/${s.id}/documents/report-notice`);
    expect(doc.status).toBe(200);
    expect(doc.raw.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });
});

describe("intake", () => {
  it("R-IN-1: missing documents are named and nothing changes", async () => {
    const s = await register();
    await deliver(s.id, ["judgment"]);
    const res = await server.as("office1", "POST", `/api/subjects/${s.id}/intake`, intake);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("DOCUMENTS_MISSING");
    expect(res.body.error.details.missing).toEqual([{ kind: "execution_notice", label: "执行通知书" }]);
    expect((await server.as("office1", "GET", `/api/subjects/${s.id}`)).body.status).toBe("awaiting_report");
    expect(await events(s.id)).toEqual(["register", "record_handover"]);
  });

  it("R-IN-1: identity must be verified", async () => {
    const s = await register();
    await deliver(s.id);
    const res = await server.as("office1", "POST", `/api/subjects/${s.id}/intake`, {
      ...intake,
      identityVerified: false,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("IDENTITY_NOT_VERIFIED");
  });

  it("R-IN-1 / R-PR-1: intake opens the file in correction, 严管 first, with the release deadlines", async () => {
    const s = await register();
    await deliver(s.id);
    const res = await server.as("office1", "POST", `/api/subjects/${s.id}/intake`, intake);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "in_correction", level: "strict", reportedOn: "2026-11-18" });
    const kinds = res.body.deadlines.map((d: { kind: string; state: string }) => [d.kind, d.state]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ["report", "met"],
        ["handover_documents", "met"],
        ["release_preparation", "open"],
        ["release", "open"],
      ]),
    );
    expect(res.body.releasePreparationDueOn).toBe("2028-10-13");
    expect(res.body.handover.documents).toHaveLength(2);

    const twice = await server.as("office1", "POST", `/api/subjects/${s.id}/intake`, intake);
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe("CASE_IN_CORRECTION");
    expect(await events(s.id)).toEqual(["register", "record_handover", "record_handover", "intake"]);
  });

  it("refusals: another office 404, the procurator 403, another county 404", async () => {
    const s = await register();
    await deliver(s.id);
    expect((await server.as("office2", "POST", `/api/subjects/${s.id}/intake`, intake)).status).toBe(404);
    expect((await server.as("procurator", "POST", `/api/subjects/${s.id}/intake`, intake)).status).toBe(403);
    expect((await server.as("jieyang_county", "GET", `/api/subjects/${s.id}/case`)).status).toBe(404);
    expect((await server.as("jieyang_county", "GET", `/api/subjects/${s.id}/timeline`)).status).toBe(404);
    expect((await server.as("procurator", "GET", `/api/subjects/${s.id}/case`)).status).toBe(200);
    expect(
      (await server.as("jieyang_county", "GET", `/api/subjects/${s.id}/documents/report-notice`)).status,
    ).toBe(404);
    expect((await server.as("social1", "GET", `/api/subjects/${s.id}/case`)).status).toBe(404);
    expect(
      (
        await server.as("office2", "POST", `/api/subjects/${s.id}/handover-documents`, {
          kind: "other",
          receivedOn: "2026-11-16",
        })
      ).status,
    ).toBe(404);
    expect((await server.as("admin", "GET", `/api/subjects/${s.id}/case`)).status).toBe(403);
    const bad = await server.as("office1", "POST", `/api/subjects/${s.id}/intake`, {
      ...intake,
      receptionMode: "05",
    });
    expect(bad.status).toBe(400);
  });
});

describe("after intake: announcement, team, plan", () => {
  async function inCorrection(overrides: Record<string, unknown> = {}) {
    const s = await register(overrides);
    await deliver(s.id);
    expect((await server.as("office1", "POST", `/api/subjects/${s.id}/intake`, intake)).status).toBe(200);
    return s.id;
  }

  it("R-IN-1: the entry announcement is recorded once and issues the 入矫宣告书", async () => {
    const id = await inCorrection();
    const early = await server.as("office1", "GET", `/api/subjects/${id}/documents/entry-announcement`);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("DOCUMENT_NOT_ISSUED");
    const body = {
      announcedOn: "2026-11-19",
      place: "桂城司法所宣告室",
      participants: ["桂城司法所 王所长", "社区民警 陈警官", "家属 李母"],
      content: "宣告判决内容、矫正期限、应遵守的规定和享有的权利，以及矫正小组人员组成。",
    };
    const res = await server.as("office1", "POST", `/api/subjects/${id}/entry-announcement`, body);
    expect(res.status).toBe(201);
    expect(res.body.documentNumber).toMatch(/矫宣〔2026〕\d+号$/);
    expect((await server.as("office1", "POST", `/api/subjects/${id}/entry-announcement`, body)).status).toBe(
      409,
    );
    const doc = await server.as("office1", "GET", `/api/subjects/${id}/documents/entry-announcement`);
    expect(doc.status).toBe(200);
    expect(doc.headers["content-disposition"]).toContain(encodeURIComponent("入矫宣告书"));
  });

  it("R-IN-2: a female subject's team includes a woman", async () => {
    const id = await inCorrection({ sex: "female", idNumber: buildIdNumber({ sex: "female" }) });
    const men = {
      members: [
        { name: "王所长", type: "01", sex: "male" },
        { name: "陈社工", type: "02", sex: "male" },
      ],
    };
    const refused = await server.as("office1", "PUT", `/api/subjects/${id}/team`, men);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("TEAM_NEEDS_WOMAN");
    const ok = await server.as("office1", "PUT", `/api/subjects/${id}/team`, {
      members: [...men.members, { name: "刘姐", type: "04", sex: "female" }],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.team.map((m: { name: string }) => m.name)).toEqual(["王所长", "陈社工", "刘姐"]);
  });

  it("R-IN-2: a team needs a justice-office worker; a minor's members know minors", async () => {
    const id = await inCorrection();
    const noOffice = await server.as("office1", "PUT", `/api/subjects/${id}/team`, {
      members: [{ name: "陈社工", type: "02", sex: "male" }],
    });
    expect(noOffice.body.error.code).toBe("TEAM_NEEDS_OFFICE_WORKER");

    const minor = await inCorrection({ idNumber: buildIdNumber({ birth: "2010-03-01" }), name: "少年乙" });
    const team = [
      { name: "王所长", type: "01", sex: "male", knowsMinors: true },
      { name: "陈老师", type: "06", sex: "male" },
    ];
    const refused = await server.as("office1", "PUT", `/api/subjects/${minor}/team`, { members: team });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("TEAM_MINOR_RULES");
    expect(refused.body.error.details.members).toEqual(["陈老师"]);
    const ok = await server.as("office1", "PUT", `/api/subjects/${minor}/team`, {
      members: team.map((m) => ({ ...m, knowsMinors: true })),
    });
    expect(ok.status).toBe(200);
  });

  it("R-IN-3: the correction plan keeps its versions and issues the 矫正方案", async () => {
    const id = await inCorrection();
    const plan = {
      basicSituation: "初犯，家庭支持",
      riskAnalysis: "再犯风险低",
      measures: "每周报告，参加公益活动",
    };
    expect((await server.as("office1", "POST", `/api/subjects/${id}/plans`, plan)).body.version).toBe(1);
    const v2 = await server.as("office1", "POST", `/api/subjects/${id}/plans`, {
      ...plan,
      measures: "调整为每两周报告",
    });
    expect(v2.body.version).toBe(2);
    const c = await server.as("office1", "GET", `/api/subjects/${id}/case`);
    expect(c.body.plans.map((p: { version: number }) => p.version)).toEqual([2, 1]);
    const doc = await server.as("office1", "GET", `/api/subjects/${id}/documents/correction-plan`);
    expect(doc.status).toBe(200);
    const empty = await server.as("office1", "POST", `/api/subjects/${id}/plans`, {
      ...plan,
      measures: "   ",
    });
    expect(empty.status).toBe(400);
  });

  it("steps the state does not allow answer 409 naming the state", async () => {
    const s = await register();
    const team = await server.as("office1", "PUT", `/api/subjects/${s.id}/team`, {
      members: [{ name: "王所长", type: "01", sex: "male" }],
    });
    expect(team.status).toBe(409);
    expect(team.body.error.code).toBe("CASE_AWAITING_REPORT");
    const unknownDoc = await server.as("office1", "GET", `/api/subjects/${s.id}/documents/nonsense`);
    expect(unknownDoc.status).toBe(400);
  });
});

describe("from investigation to registration", () => {
  it("R-IV-1: a subject registered from a concluded investigation carries its events and opinion", async () => {
    const court = await orgId(server, "南海区人民法院");
    const idNumber = buildIdNumber({ sex: "male" });
    const inv = await server.as("county", "POST", "/api/investigations", {
      commissioningOrgId: court,
      receivedOn: "2026-11-02",
      fastTrack: false,
      personName: "测试对象",
      sex: "male",
      idNumber,
      residenceAddress: "广东省佛山市南海区桂城街道",
      proposedCategory: "02",
      crime: "危险驾驶罪",
    });
    const invId = inv.body.id as string;
    const early = await server.as("office1", "POST", "/api/subjects", {
      ...buildSubject(guicheng, { idNumber, status: "awaiting_report", judgmentEffectiveOn: "2026-11-13" }),
      correctionStartOn: "2026-11-13",
      correctionEndOn: "2028-11-12",
      investigationId: invId,
    });
    expect(early.status).toBe(404); // office1 does not see an unassigned investigation
    await server.as("county", "POST", `/api/investigations/${invId}/assignment`, { officeId: guicheng });
    const open = await server.as("office1", "POST", "/api/subjects", {
      ...buildSubject(guicheng, { idNumber, status: "awaiting_report", judgmentEffectiveOn: "2026-11-13" }),
      correctionStartOn: "2026-11-13",
      correctionEndOn: "2028-11-12",
      investigationId: invId,
    });
    expect(open.status).toBe(409);
    expect(open.body.error.code).toBe("INVESTIGATION_OPEN");
    await server.as("office1", "POST", `/api/investigations/${invId}/transcripts`, {
      interviewee: "村委会主任",
      relation: "committee",
      interviewedOn: "2026-11-05",
      content: "表现良好",
    });
    await server.as("county", "POST", `/api/investigations/${invId}/opinion`, {
      opinion: "suitable",
      reasons: "适宜",
      opinionOn: "2026-11-06",
    });
    const s = await register({ idNumber, investigationId: invId });
    const c = await server.as("office1", "GET", `/api/subjects/${s.id}/case`);
    expect(c.body.investigation).toMatchObject({ id: invId, opinion: "suitable" });
    expect(await events(s.id)).toEqual(["commission", "assign", "transcript", "opinion", "register"]);
    const doc = await server.as("office1", "GET", `/api/subjects/${s.id}/documents/investigation-opinion`);
    expect(doc.status).toBe(200);
    const again = await server.as("office1", "POST", "/api/subjects", {
      ...buildSubject(guicheng, { status: "awaiting_report", judgmentEffectiveOn: "2026-11-13" }),
      correctionStartOn: "2026-11-13",
      correctionEndOn: "2028-11-12",
      investigationId: invId,
    });
    expect(again.status).toBe(409);
  });
});
