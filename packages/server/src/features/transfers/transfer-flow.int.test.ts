import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";
import {
  advanceDays,
  apply,
  as,
  deadlinesOf,
  eventsOf,
  guicheng,
  meiyun,
  nanhai,
  newSubject,
  noticesOf,
  rongcheng,
  server,
  snapshot,
  subjectRow,
  useTransferServer,
} from "../../../test/transfers.ts";

/**
 * R-TR-1 across the two demo counties: 南海 (county, office1 at 桂城, office2 at 九江) hands a
 * subject over to 榕城 (jieyang_county, office_meiyun at 梅云).
 */
useTransferServer();

describe("R-TR-1: the whole flow from 南海 to 榕城, with every deadline", () => {
  let subjectId: string;
  let transferId: string;
  const url = (step: string) => `/api/transfers/${transferId}/${step}`;
  const dueOf = async (kind: string) =>
    (await deadlinesOf(subjectId)).find((d) => d.kind === kind && d.transfer_id === transferId);

  it("R-TR-1: the application (2026-11-20) opens the 5-day consultation deadline at the origin", async () => {
    subjectId = await newSubject({ name: "许文斌" });
    const res = await apply(subjectId);
    expect(res.status).toBe(201);
    transferId = res.body.id;
    expect(res.body).toMatchObject({
      subjectId,
      subjectName: "许文斌",
      status: "applied",
      statusLabel: "已申请",
      originOfficeId: guicheng,
      originOfficeName: "桂城司法所",
      originCountyId: nanhai,
      originCountyName: "佛山市南海区社区矫正管理局",
      destinationOfficeId: meiyun,
      destinationOfficeName: "梅云司法所",
      destinationCountyId: rongcheng,
      destinationCountyName: "揭阳市榕城区社区矫正管理局",
      newResidenceAddress: "广东省揭阳市榕城区梅云街道梅兜路8号",
      reason: "随配偶迁居揭阳工作",
      plannedMoveOn: "2026-12-28",
      appliedOn: "2026-11-20",
      consultedOn: null,
      decisionDocumentNumber: null,
      version: 1,
    });
    expect(await subjectRow(subjectId)).toMatchObject({
      status: "transferring",
      shared_county_id: rongcheng,
      shared_office_id: meiyun,
      county_id: nanhai,
    });
    const consult = await dueOf("transfer_consult");
    expect(consult).toMatchObject({
      due_on: "2026-11-25",
      status: "open",
      county_id: nanhai,
      office_id: null,
    });
    const events = await eventsOf(subjectId);
    expect(events.at(-1)).toMatchObject({
      step: "apply_transfer",
      transfer_id: transferId,
      county_id: nanhai,
    });
  });

  it("R-TR-1: during the transfer both agencies and both offices see the file; a third office does not", async () => {
    for (const user of ["county", "office1", "jieyang_county", "office_meiyun", "procurator"])
      expect((await as(user, "GET", `/api/subjects/${subjectId}`)).status, user).toBe(200);
    expect((await as("office2", "GET", `/api/subjects/${subjectId}`)).status).toBe(404);
    const incoming = await as("jieyang_county", "GET", "/api/transfers?direction=incoming&open=true");
    expect(incoming.status).toBe(200);
    expect(incoming.body.items.map((t: { id: string }) => t.id)).toContain(transferId);
    const outgoingAtDestination = await as("jieyang_county", "GET", "/api/transfers?direction=outgoing");
    expect(outgoingAtDestination.body.items.map((t: { id: string }) => t.id)).not.toContain(transferId);
    const outgoing = await as("office1", "GET", "/api/transfers?direction=outgoing");
    expect(outgoing.body.items.map((t: { id: string }) => t.id)).toContain(transferId);
    expect(outgoing.body.total).toBeGreaterThanOrEqual(outgoing.body.items.length);
    const office2 = await as("office2", "GET", "/api/transfers");
    expect(office2.body).toEqual({ items: [], total: 0 });
  });

  it("R-TR-1: the origin consults the destination (2026-11-24); the reply is due in 5 days, on the Monday after (R-DL-1)", async () => {
    advanceDays(4); // 2026-11-24
    const res = await as("county", "POST", url("consultation"), { consultedOn: "2026-11-24" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "consulted", consultedOn: "2026-11-24", version: 2 });
    expect(await dueOf("transfer_consult")).toMatchObject({ status: "met", closed_on: "2026-11-24" });
    // 5 days end on Sunday 2026-11-29: the period ends on the next working day.
    expect(await dueOf("transfer_reply")).toMatchObject({
      due_on: "2026-11-30",
      status: "open",
      county_id: rongcheng,
      office_id: null,
    });
    expect(await noticesOf(subjectId, "transfer_consult")).toEqual([
      expect.objectContaining({ name: "揭阳市榕城区社区矫正管理局" }),
    ]);
  });

  it("R-TR-1: the destination replies within 5 days (2026-11-27)", async () => {
    advanceDays(3); // 2026-11-27
    const res = await as("jieyang_county", "POST", url("reply"), {
      repliedOn: "2026-11-27",
      accepts: true,
      opinion: "经核实，新居所属实，同意接收",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: "replied",
      statusLabel: "新执行地已回复",
      repliedOn: "2026-11-27",
      replyAccepts: true,
      replyOpinion: "经核实，新居所属实，同意接收",
    });
    expect(await dueOf("transfer_reply")).toMatchObject({ status: "met", closed_on: "2026-11-27" });
    const event = (await eventsOf(subjectId)).at(-1)!;
    // The file is still held by 南海: the event is in its history.
    expect(event).toMatchObject({ step: "reply_transfer", county_id: nanhai, transfer_id: transferId });
  });

  it("R-TR-1: the decision (2026-11-30) issues the 执行地变更决定书 and notifies the destination and the deciding authority; files due in 5 days", async () => {
    advanceDays(3); // 2026-11-30
    const res = await as("county", "POST", url("decision"), { decidedOn: "2026-11-30", approved: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: "decided",
      decidedOn: "2026-11-30",
      decisionDocumentNumber: expect.stringMatching(/^南海矫变决〔2026〕\d+号$/),
    });
    const event = (await eventsOf(subjectId)).at(-1)!;
    expect(event).toMatchObject({
      step: "decide_transfer",
      document_kind: "transfer-decision",
      document_number: res.body.decisionDocumentNumber,
      county_id: nanhai,
    });
    expect(event.data).toMatchObject({
      subjectName: "许文斌",
      destinationCountyName: "揭阳市榕城区社区矫正管理局",
      decidingAuthority: "佛山市南海区人民法院",
      reportDueOn: "2026-12-07",
    });
    const doc = await as("county", "GET", `/api/subjects/${subjectId}/documents/transfer-decision`);
    expect(doc.status).toBe(200);
    expect(doc.raw.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const caseView = await as("jieyang_county", "GET", `/api/subjects/${subjectId}/case`);
    expect(caseView.body.transfer).toMatchObject({ id: transferId, status: "decided" });
    const recipients = (await noticesOf(subjectId, "transfer_decision")).map((n) => n.name);
    expect(recipients).toEqual(
      expect.arrayContaining([
        "揭阳市榕城区社区矫正管理局",
        "佛山市南海区人民法院",
        "佛山市南海区人民检察院",
      ]),
    );
    // 5 days end on Saturday 2026-12-05 → Monday 2026-12-07.
    expect(await dueOf("transfer_files")).toMatchObject({
      due_on: "2026-12-07",
      status: "open",
      county_id: nanhai,
    });
    const withdraw = await as("office1", "POST", url("withdrawal"), { reason: "太迟了" });
    expect(withdraw.status).toBe(409);
    expect(withdraw.body.error.code).toBe("TRANSFER_STEP_ORDER");
  });

  it("R-TR-1: the files move (2026-12-03): the destination holds the file and its deadlines, its procuratorate and police are notified", async () => {
    advanceDays(3); // 2026-12-03
    const releasePrepBefore = (await deadlinesOf(subjectId)).filter(
      (d) => d.status === "open" && !d.transfer_id,
    );
    const res = await as("county", "POST", url("files-moved"), { movedOn: "2026-12-03" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "files_moved", filesMovedOn: "2026-12-03" });
    const s = await subjectRow(subjectId);
    expect(s).toMatchObject({
      status: "transferring",
      office_id: meiyun,
      county_id: rongcheng,
      residence_address: "广东省揭阳市榕城区梅云街道梅兜路8号",
      residence_division_code: "445202",
      shared_office_id: guicheng,
      shared_county_id: nanhai,
    });
    const jieyangCity = await orgId(server, "揭阳市司法局");
    expect(s.city_id).toBe(jieyangCity);
    expect(await dueOf("transfer_files")).toMatchObject({ status: "met", closed_on: "2026-12-03" });
    expect(await dueOf("transfer_report")).toMatchObject({
      due_on: "2026-12-07",
      status: "open",
      county_id: rongcheng,
      office_id: meiyun,
    });
    for (const d of releasePrepBefore)
      expect((await deadlinesOf(subjectId)).find((x) => x.id === d.id)).toMatchObject({
        county_id: rongcheng,
        office_id: meiyun,
        city_id: jieyangCity,
      });
    const recipients = (await noticesOf(subjectId, "transfer_files")).map((n) => n.name);
    expect(recipients).toEqual(
      expect.arrayContaining([
        "揭阳市榕城区人民检察院",
        "揭阳市公安局榕城分局",
        "揭阳市榕城区社区矫正管理局",
      ]),
    );
    // Until the report, the origin still sees the file; but it is no longer the origin's to write.
    expect((await as("county", "GET", `/api/subjects/${subjectId}`)).status).toBe(200);
    expect((await as("office1", "GET", `/api/subjects/${subjectId}`)).status).toBe(200);
    expect((await as("office_meiyun", "GET", `/api/subjects/${subjectId}`)).status).toBe(200);
  });

  it("R-TR-1: the subject reports at the new place within 7 days from the decision (2026-12-07, due 2026-12-07)", async () => {
    advanceDays(5); // 2026-12-08
    const before = await snapshot(subjectId, transferId);
    for (const user of ["county", "office1"])
      expect((await as(user, "POST", url("arrival"), { reportedOn: "2026-12-07" })).status, user).toBe(403);
    expect(await snapshot(subjectId, transferId)).toEqual(before);
    const res = await as("office_meiyun", "POST", url("arrival"), { reportedOn: "2026-12-07" });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: "completed",
      statusLabel: "已到新执行地报到",
      arrivedOn: "2026-12-07",
    });
    expect(await subjectRow(subjectId)).toMatchObject({
      status: "in_correction",
      office_id: meiyun,
      county_id: rongcheng,
      shared_county_id: null,
      shared_office_id: null,
    });
    expect(await dueOf("transfer_report")).toMatchObject({ status: "met", closed_on: "2026-12-07" });
    const last = (await eventsOf(subjectId)).at(-1)!;
    expect(last).toMatchObject({ step: "arrive_transfer", county_id: rongcheng, transfer_id: transferId });
    expect(last.data).toMatchObject({ late: false, dueOn: "2026-12-07" });
  });

  it("R-TR-1: afterwards only the destination sees the file; the origin keeps the transfer readable", async () => {
    for (const user of ["county", "office1", "procurator"])
      expect((await as(user, "GET", `/api/subjects/${subjectId}`)).status, user).toBe(404);
    for (const user of ["jieyang_county", "office_meiyun"])
      expect((await as(user, "GET", `/api/subjects/${subjectId}`)).status, user).toBe(200);
    for (const user of ["county", "office1", "procurator", "jieyang_county", "office_meiyun"]) {
      const res = await as(user, "GET", `/api/transfers/${transferId}`);
      expect(res.status, user).toBe(200);
      expect(res.body).toMatchObject({ status: "completed", decisionDocumentNumber: expect.any(String) });
    }
    expect((await as("office2", "GET", `/api/transfers/${transferId}`)).status).toBe(404);
    // The origin's events stay its own history; the arrival is the destination's.
    const byCounty = (await eventsOf(subjectId))
      .filter((e) => e.transfer_id === transferId)
      .map((e) => e.county_id);
    expect(byCounty).toEqual([nanhai, nanhai, nanhai, nanhai, nanhai, rongcheng]);
    // The origin can no longer act on the file, and the destination can start a new life there.
    expect((await apply(subjectId)).status).toBe(404);
    const closed = await as("office1", "GET", "/api/transfers?direction=outgoing&open=true");
    expect(closed.body.items.map((t: { id: string }) => t.id)).not.toContain(transferId);
  });

  it("every step is one audited case event", async () => {
    const audit = await server.db
      .selectFrom("audit_log")
      .select("action")
      .where("subject_id", "=", subjectId)
      .where("action", "like", "case.%")
      .orderBy("seq")
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      "case.register",
      "case.apply_transfer",
      "case.consult_transfer",
      "case.reply_transfer",
      "case.decide_transfer",
      "case.move_transfer_files",
      "case.arrive_transfer",
    ]);
  });

  it("GET /api/transfers/:id with a malformed id → 404", async () => {
    expect((await as("county", "GET", "/api/transfers/not-a-uuid")).status).toBe(404);
  });
});

describe("GET /api/transfers/destinations", () => {
  let dest: TestServer;
  beforeAll(async () => {
    dest = await startTestServer();
  });
  afterAll(() => dest.close());

  it("R-TR-1: lists the offices of other counties only, searchable by name", async () => {
    const res = await dest.as("office1", "GET", "/api/transfers/destinations");
    expect(res.status).toBe(200);
    const names = res.body.items.map(
      (o: { name: string; countyName: string }) => `${o.countyName} ${o.name}`,
    );
    expect(names).toContain("揭阳市榕城区社区矫正管理局 梅云司法所");
    expect(names.some((n: string) => n.includes("南海区"))).toBe(false);
    const found = await dest.as(
      "county",
      "GET",
      `/api/transfers/destinations?q=${encodeURIComponent("梅云")}`,
    );
    expect(found.body.items).toHaveLength(1);
    expect(found.body.items[0]).toMatchObject({ name: "梅云司法所", countyDivisionCode: "445202" });
    const none = await dest.as(
      "county",
      "GET",
      `/api/transfers/destinations?q=${encodeURIComponent("100%_")}`,
    );
    expect(none.body.items).toHaveLength(0);
  });

  it("is refused to roles that do not apply for transfers", async () => {
    for (const user of ["procurator", "city", "social1", "admin"])
      expect((await dest.as(user, "GET", "/api/transfers/destinations")).status, user).toBe(403);
    expect((await dest.as("county", "GET", "/api/transfers/destinations?x=1")).status).toBe(400);
  });
});
