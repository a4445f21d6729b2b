import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIdNumber } from "../../../test/factories.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";

let server: TestServer;
let court: string;
let guicheng: string;
let meiyun: string;

beforeAll(async () => {
  server = await startTestServer();
  court = await orgId(server, "南海区人民法院");
  guicheng = await orgId(server, "桂城司法所");
  meiyun = await orgId(server, "梅云司法所");
});
afterAll(() => server.close());

function commission(overrides: Record<string, unknown> = {}) {
  return {
    commissioningOrgId: court,
    commissionNumber: "（2026）粤0605刑初2001号",
    receivedOn: "2026-11-16",
    fastTrack: false,
    personName: "李调查",
    sex: "male",
    idNumber: buildIdNumber({ sex: "male" }),
    residenceAddress: "广东省佛山市南海区桂城街道海八路9号",
    residenceDivisionCode: "440605",
    proposedCategory: "02",
    crime: "盗窃罪",
    ...overrides,
  };
}

const transcript = {
  interviewee: "李父",
  relation: "relative",
  interviewedOn: "2026-11-18",
  place: "桂城司法所",
  content: "被调查人平时表现良好，家庭愿意监护。",
};

async function count(table: "investigations" | "case_events" | "notices") {
  const r = await server.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe("investigation (调查评估)", () => {
  it("R-IV-1: a commission is due in 10 working days from receipt", async () => {
    const res = await server.as("county", "POST", "/api/investigations", commission());
    expect(res.status).toBe(201);
    expect(res.body.dueOn).toBe("2026-11-30");
    expect(res.body.dueProvisional).toBe(false);
    expect(res.body.status).toBe("received");
    expect(res.body.idNumberMasked).toMatch(/\*/);
  });

  it("R-IV-1: fast-track (速裁) cases are due in 5 working days", async () => {
    const res = await server.as("county", "POST", "/api/investigations", commission({ fastTrack: true }));
    expect(res.status).toBe(201);
    expect(res.body.dueOn).toBe("2026-11-23");
  });

  it("R-IV-1: assignment, transcripts, opinion, copy to the procuratorate and the document", async () => {
    const created = await server.as("county", "POST", "/api/investigations", commission());
    const id = created.body.id as string;
    // The office sees nothing before it is assigned.
    expect((await server.as("office1", "GET", `/api/investigations/${id}`)).status).toBe(404);
    // Opinion before any interview: not assigned yet.
    const early = await server.as("county", "POST", `/api/investigations/${id}/opinion`, {
      opinion: "suitable",
      reasons: "表现良好",
      opinionOn: "2026-11-20",
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("INVESTIGATION_NOT_ASSIGNED");

    const assigned = await server.as("county", "POST", `/api/investigations/${id}/assignment`, {
      officeId: guicheng,
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body.status).toBe("assigned");
    expect(assigned.body.officeName).toBe("桂城司法所");
    expect(assigned.body.deadlines[0]).toMatchObject({ kind: "investigation_opinion", dueOn: "2026-11-30" });

    // Without a transcript there is no opinion.
    const bare = await server.as("county", "POST", `/api/investigations/${id}/opinion`, {
      opinion: "suitable",
      reasons: "表现良好",
      opinionOn: "2026-11-20",
    });
    expect(bare.status).toBe(400);
    expect(bare.body.error.code).toBe("FACTS_MISSING");

    const t = await server.as("office1", "POST", `/api/investigations/${id}/transcripts`, transcript);
    expect(t.status).toBe(201);
    expect(t.body.relationLabel).toBe("家庭成员或亲属");
    // Another office of the county may not write (and does not see it).
    expect(
      (await server.as("office2", "POST", `/api/investigations/${id}/transcripts`, transcript)).status,
    ).toBe(404);
    // The office may not issue the opinion: the county decides.
    const byOffice = await server.as("office1", "POST", `/api/investigations/${id}/opinion`, {
      opinion: "suitable",
      reasons: "表现良好",
      opinionOn: "2026-11-20",
    });
    expect(byOffice.status).toBe(403);

    const noticesBefore = await count("notices");
    const done = await server.as("county", "POST", `/api/investigations/${id}/opinion`, {
      opinion: "suitable",
      reasons: "认罪悔罪，家庭监护条件良好，适宜社区矫正。",
      opinionOn: "2026-11-20",
    });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe("concluded");
    expect(done.body.opinionLabel).toBe("适宜社区矫正");
    expect(done.body.documentNumber).toMatch(/^南海矫调评〔2026〕\d+号$/);
    expect(done.body.copiedToProcuratorateOn).toBe("2026-11-20");
    expect(done.body.deadlines[0].state).toBe("met");
    expect(done.body.timeline.map((e: { step: string }) => e.step)).toEqual([
      "commission",
      "assign",
      "transcript",
      "opinion",
    ]);
    // Sent to the court and copied to the procuratorate.
    expect(await count("notices")).toBe(noticesBefore + 2);
    const procNotices = await server.as("procurator", "GET", "/api/notices");
    expect(procNotices.status).toBe(200);
    expect(procNotices.body.items.some((n: { title: string }) => n.title.includes("李调查"))).toBe(true);

    // The procurator reads but never writes.
    expect((await server.as("procurator", "GET", `/api/investigations/${id}`)).status).toBe(200);
    expect(
      (await server.as("procurator", "POST", `/api/investigations/${id}/transcripts`, transcript)).status,
    ).toBe(403);

    // Concluded: no more changes.
    const late = await server.as("county", "POST", `/api/investigations/${id}/transcripts`, transcript);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("INVESTIGATION_CLOSED");

    const timeline = await server.as("procurator", "GET", `/api/investigations/${id}/timeline`);
    expect(timeline.status).toBe(200);
    expect(timeline.body.items.map((e: { stepLabel: string }) => e.stepLabel)).toEqual([
      "接收调查评估委托",
      "指派调查",
      "调查笔录",
      "出具调查评估意见",
    ]);
    expect((await server.as("jieyang_county", "GET", `/api/investigations/${id}/timeline`)).status).toBe(404);
    expect((await server.as("admin", "GET", `/api/investigations/${id}/timeline`)).status).toBe(403);

    const doc = await server.as("county", "GET", `/api/investigations/${id}/documents/investigation-opinion`);
    expect(doc.status).toBe(200);
    expect(doc.headers["content-type"]).toContain("wordprocessingml");
    expect(doc.raw.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });

  it("R-IV-1: an extension by agreement moves the due date in working days, once", async () => {
    const created = await server.as("county", "POST", "/api/investigations", commission());
    const id = created.body.id as string;
    const ext = await server.as("county", "POST", `/api/investigations/${id}/extension`, {
      workingDays: 5,
      reason: "经与委托法院协商延长",
    });
    expect(ext.status).toBe(200);
    expect(ext.body.dueOn).toBe("2026-12-07");
    const again = await server.as("county", "POST", `/api/investigations/${id}/extension`, {
      workingDays: 5,
      reason: "再次延长",
    });
    expect(again.status).toBe(409);
    const tooLong = await server.as(
      "county",
      "POST",
      `/api/investigations/${(await server.as("county", "POST", "/api/investigations", commission())).body.id}/extension`,
      {
        workingDays: 30,
        reason: "过长",
      },
    );
    expect(tooLong.status).toBe(400);
  });

  it("refuses bad commissions and changes nothing", async () => {
    const before = await count("investigations");
    const events = await count("case_events");
    const cases: [Record<string, unknown>, number, string][] = [
      [{ commissioningOrgId: guicheng }, 400, "COMMISSIONING_ORG_INVALID"],
      [{ idNumber: "440605198805170001" }, 400, "ID_NUMBER_INVALID"],
      [{ sex: "female" }, 400, "ID_NUMBER_SEX_MISMATCH"],
      [{ receivedOn: "2026-12-01" }, 400, "VALIDATION_FAILED"],
      [{ receivedOn: "2026-02-30" }, 400, "VALIDATION_FAILED"],
      [{ extra: 1 }, 400, "UNKNOWN_FIELD"],
    ];
    for (const [overrides, status, code] of cases) {
      const res = await server.as("county", "POST", "/api/investigations", commission(overrides));
      expect(res.status, JSON.stringify(overrides)).toBe(status);
      expect(res.body.error.code, JSON.stringify(overrides)).toBe(code);
    }
    expect(await count("investigations")).toBe(before);
    expect(await count("case_events")).toBe(events);
  });

  it("only a county agency registers commissions", async () => {
    for (const user of ["office1", "procurator", "city", "admin"]) {
      const res = await server.as(user, "POST", "/api/investigations", commission());
      expect(res.status, user).toBe(403);
    }
  });

  it("scope: another county neither lists nor reads nor assigns", async () => {
    const created = await server.as("county", "POST", "/api/investigations", commission());
    const id = created.body.id as string;
    const list = await server.as("jieyang_county", "GET", "/api/investigations");
    expect(list.status).toBe(200);
    expect(list.body.items.some((i: { id: string }) => i.id === id)).toBe(false);
    expect((await server.as("jieyang_county", "GET", `/api/investigations/${id}`)).status).toBe(404);
    expect(
      (
        await server.as("jieyang_county", "POST", `/api/investigations/${id}/assignment`, {
          officeId: meiyun,
        })
      ).status,
    ).toBe(404);
    // Assigning an office of another county is refused.
    const cross = await server.as("county", "POST", `/api/investigations/${id}/assignment`, {
      officeId: meiyun,
    });
    expect(cross.status).toBe(400);
    expect(cross.body.error.code).toBe("OFFICE_INVALID");
    const own = await server.as("county", "GET", "/api/investigations");
    expect(own.body.items.some((i: { id: string }) => i.id === id)).toBe(true);
  });

  it("transcript attachments: PDF stored and read back, other bytes refused", async () => {
    const created = await server.as("county", "POST", "/api/investigations", commission());
    const id = created.body.id as string;
    await server.as("county", "POST", `/api/investigations/${id}/assignment`, { officeId: guicheng });
    const t = await server.as("office1", "POST", `/api/investigations/${id}/transcripts`, transcript);
    const url = `/api/investigations/${id}/transcripts/${t.body.id}/attachments`;
    const token = await server.login("office1");
    const pdf = Buffer.from("%PDF-1.4\n% test\n");
    const up = await server.request("POST", url, {
      token,
      payload: pdf,
      headers: { "content-type": "application/pdf" },
    });
    expect(up.status).toBe(201);
    const down = await server.request("GET", `${url}/${up.body.fileId}`, { token });
    expect(down.status).toBe(200);
    expect(down.raw.rawPayload.equals(pdf)).toBe(true);
    const fake = await server.request("POST", url, {
      token,
      payload: Buffer.from("not a pdf"),
      headers: { "content-type": "application/pdf" },
    });
    expect(fake.status).toBe(400);
  });
});
