import { beforeAll, describe, expect, it } from "vitest";
import { orgId } from "../../../test/orgs.ts";
import {
  application,
  apply,
  as,
  deadlinesOf,
  eventsOf,
  jiujiang,
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

describe("POST /api/subjects/:id/transfers: refusals (today 2026-11-20)", () => {
  it("R-TR-1: a destination in the same county is not a change of the place of execution → 400", async () => {
    const id = await newSubject();
    const before = await snapshot(id);
    const res = await as("office1", "POST", `/api/subjects/${id}/transfers`, application(jiujiang));
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: "DESTINATION_INVALID",
      details: { field: "destinationOfficeId" },
    });
    expect(await snapshot(id)).toEqual(before);
  });

  it("R-TR-1: the destination must be a justice office (not a county agency or a court) → 400", async () => {
    const id = await newSubject();
    for (const dest of [
      rongcheng,
      await orgId(server, "榕城区人民法院"),
      "00000000-0000-4000-8000-000000000000",
    ]) {
      const res = await as("office1", "POST", `/api/subjects/${id}/transfers`, application(dest));
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("DESTINATION_INVALID");
    }
  });

  it("R-TR-1: the application comes at least a month (cfg: 30 days) before the move → 400", async () => {
    const id = await newSubject();
    const before = await snapshot(id);
    const res = await as(
      "office1",
      "POST",
      `/api/subjects/${id}/transfers`,
      application(meiyun, { plannedMoveOn: "2026-12-19" }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: "TRANSFER_NOTICE_TOO_SHORT",
      details: { field: "plannedMoveOn", earliestOn: "2026-12-20" },
    });
    expect(await snapshot(id)).toEqual(before);
    const ok = await as(
      "office1",
      "POST",
      `/api/subjects/${id}/transfers`,
      application(meiyun, { plannedMoveOn: "2026-12-20" }),
    );
    expect(ok.status).toBe(201);
  });

  it("refuses a bad division code, an impossible date, a new residence outside the destination and unknown fields (400)", async () => {
    const id = await newSubject();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ newResidenceDivisionCode: "990101" }, "DIVISION_CODE_INVALID", "newResidenceDivisionCode"],
      [{ newResidenceDivisionCode: "440605" }, "VALIDATION_FAILED", "newResidenceDivisionCode"],
      [{ plannedMoveOn: "2027-02-30" }, "VALIDATION_FAILED", "plannedMoveOn"],
      [{ reason: "   " }, "VALIDATION_FAILED", "reason"],
    ];
    for (const [override, code, field] of cases) {
      const res = await as("office1", "POST", `/api/subjects/${id}/transfers`, application(meiyun, override));
      expect(res.status, JSON.stringify(override)).toBe(400);
      expect(res.body.error).toMatchObject({ code, details: { field } });
    }
    const extra = await as("office1", "POST", `/api/subjects/${id}/transfers`, {
      ...application(meiyun),
      status: "decided",
    });
    expect(extra.status).toBe(400);
    expect((await subjectRow(id)).status).toBe("in_correction");
  });

  it("R-TR-1: a subject awaiting report or released cannot apply → 409 CASE_*", async () => {
    const awaiting = await newSubject({
      status: "awaiting_report",
      judgmentEffectiveOn: "2026-11-13",
      correctionStartOn: "2026-11-13",
      correctionEndOn: "2028-11-12",
    });
    const a = await apply(awaiting);
    expect(a.status).toBe(409);
    expect(a.body.error.code).toBe("CASE_AWAITING_REPORT");

    const released = await newSubject();
    await server.db.updateTable("subjects").set({ status: "released" }).where("id", "=", released).execute();
    const before = await snapshot(released);
    const r = await apply(released);
    expect(r.status).toBe(409);
    expect(r.body.error.code).toBe("CASE_RELEASED");
    expect(await snapshot(released)).toEqual(before);
  });

  it("R-TR-1: a second application while one is open → 409 CASE_TRANSFERRING", async () => {
    const id = await newSubject();
    expect((await apply(id)).status).toBe(201);
    const again = await apply(id, "county");
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("CASE_TRANSFERRING");
  });

  it("another office of the same county cannot apply (404), the procuratorate cannot write (403)", async () => {
    const id = await newSubject();
    const other = await apply(id, "office2");
    expect(other.status).toBe(404);
    const procurator = await apply(id, "procurator");
    expect(procurator.status).toBe(403);
    const destination = await apply(id, "jieyang_county");
    expect(destination.status).toBe(404);
    expect((await subjectRow(id)).status).toBe("in_correction");
  });
});

describe("transfer steps: who and in which order", () => {
  let subjectId: string;
  let transferId: string;
  beforeAll(async () => {
    subjectId = await newSubject();
    const res = await apply(subjectId);
    expect(res.status).toBe(201);
    transferId = res.body.id;
  });

  it("R-TR-1: decision before the reply → 409 TRANSFER_STEP_ORDER, and nothing changes", async () => {
    const before = await snapshot(subjectId, transferId);
    for (const approved of [true, false]) {
      const res = await as("county", "POST", `/api/transfers/${transferId}/decision`, {
        decidedOn: "2026-11-20",
        approved,
      });
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({
        code: "TRANSFER_STEP_ORDER",
        details: { status: "applied", allowedFrom: ["replied"] },
      });
    }
    const early = await as("county", "POST", `/api/transfers/${transferId}/files-moved`, {
      movedOn: "2026-11-20",
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("TRANSFER_STEP_ORDER");
    const reply = await as("jieyang_county", "POST", `/api/transfers/${transferId}/reply`, {
      repliedOn: "2026-11-20",
      accepts: true,
      opinion: "同意接收",
    });
    expect(reply.status).toBe(409);
    expect(reply.body.error.code).toBe("TRANSFER_STEP_ORDER");
    expect(await snapshot(subjectId, transferId)).toEqual(before);
  });

  it("only the origin county consults: 403 for its office, the destination and the procuratorate; 404 for another office", async () => {
    const url = `/api/transfers/${transferId}/consultation`;
    const body = { consultedOn: "2026-11-20" };
    const before = await snapshot(subjectId, transferId);
    for (const user of ["office1", "jieyang_county", "office_meiyun", "procurator"])
      expect((await as(user, "POST", url, body)).status, user).toBe(403);
    expect(
      (await as("office2", "POST", `/api/transfers/${transferId}/withdrawal`, { reason: "误报" })).status,
    ).toBe(404);
    expect((await as("office2", "GET", `/api/transfers/${transferId}`)).status).toBe(404);
    expect(await snapshot(subjectId, transferId)).toEqual(before);
  });

  it("a step date before the application or in the future → 400", async () => {
    const url = `/api/transfers/${transferId}/consultation`;
    for (const consultedOn of ["2026-11-19", "2026-11-21", "2026-11-31"]) {
      const res = await as("county", "POST", url, { consultedOn });
      expect(res.status, consultedOn).toBe(400);
      expect(res.body.error.details.field).toBe("consultedOn");
    }
    const extra = await as("county", "POST", url, { consultedOn: "2026-11-20", version: 1 });
    expect(extra.status).toBe(400);
  });

  it("only the destination county replies; the origin county cannot (403)", async () => {
    expect(
      (await as("county", "POST", `/api/transfers/${transferId}/consultation`, { consultedOn: "2026-11-20" }))
        .status,
    ).toBe(200);
    const body = { repliedOn: "2026-11-20", accepts: true, opinion: "经核实，居所属实" };
    for (const user of ["county", "office_meiyun", "office1"])
      expect((await as(user, "POST", `/api/transfers/${transferId}/reply`, body)).status, user).toBe(403);
  });

  it("the arrival is the destination's, after the files have moved", async () => {
    const body = { reportedOn: "2026-11-20" };
    expect((await as("county", "POST", `/api/transfers/${transferId}/arrival`, body)).status).toBe(403);
    expect((await as("office1", "POST", `/api/transfers/${transferId}/arrival`, body)).status).toBe(403);
    const early = await as("office_meiyun", "POST", `/api/transfers/${transferId}/arrival`, body);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("TRANSFER_STEP_ORDER");
  });
});

describe("R-TR-1: refusal and withdrawal bring the case back in correction at the origin", () => {
  it("R-TR-1: the destination refuses; approval is refused (409), the decision not to transfer ends it", async () => {
    const subjectId = await newSubject();
    const transferId = (await apply(subjectId)).body.id as string;
    await as("county", "POST", `/api/transfers/${transferId}/consultation`, { consultedOn: "2026-11-20" });
    const reply = await as("jieyang_county", "POST", `/api/transfers/${transferId}/reply`, {
      repliedOn: "2026-11-20",
      accepts: false,
      opinion: "经核实，该对象在新居住地无固定住所",
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: "replied", replyAccepts: false });
    expect(await noticesOf(subjectId, "transfer_reply")).toEqual([
      expect.objectContaining({ name: "佛山市南海区社区矫正管理局" }),
    ]);

    const before = await snapshot(subjectId, transferId);
    const approve = await as("county", "POST", `/api/transfers/${transferId}/decision`, {
      decidedOn: "2026-11-20",
      approved: true,
    });
    expect(approve.status).toBe(409);
    expect(approve.body.error.code).toBe("TRANSFER_NOT_ACCEPTED");
    expect(await snapshot(subjectId, transferId)).toEqual(before);

    const refuse = await as("county", "POST", `/api/transfers/${transferId}/decision`, {
      decidedOn: "2026-11-20",
      approved: false,
    });
    expect(refuse.status).toBe(200);
    expect(refuse.body).toMatchObject({
      status: "refused",
      statusLabel: "不予变更",
      decisionDocumentNumber: null,
    });
    const s = await subjectRow(subjectId);
    expect(s).toMatchObject({
      status: "in_correction",
      shared_county_id: null,
      shared_office_id: null,
      county_id: nanhai,
    });
    expect((await deadlinesOf(subjectId)).filter((d) => d.status === "open")).toEqual([]);
    expect((await eventsOf(subjectId)).map((e) => e.step).slice(-1)).toEqual(["refuse_transfer"]);
    expect((await as("jieyang_county", "GET", `/api/subjects/${subjectId}`)).status).toBe(404);
    expect((await as("jieyang_county", "GET", `/api/transfers/${transferId}`)).status).toBe(200);
    // The file is free for a new application.
    expect((await apply(subjectId)).status).toBe(201);
  });

  it("R-TR-1: the origin office withdraws before the decision: deadlines cancelled, the destination loses sight", async () => {
    const subjectId = await newSubject();
    const transferId = (await apply(subjectId)).body.id as string;
    await as("county", "POST", `/api/transfers/${transferId}/consultation`, { consultedOn: "2026-11-20" });
    expect((await as("office_meiyun", "GET", `/api/subjects/${subjectId}`)).status).toBe(200);
    const res = await as("office1", "POST", `/api/transfers/${transferId}/withdrawal`, {
      reason: "对象决定不再迁居",
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "withdrawn", closedReason: "对象决定不再迁居" });
    expect(await subjectRow(subjectId)).toMatchObject({ status: "in_correction", shared_county_id: null });
    const transferDeadlines = (await deadlinesOf(subjectId)).filter((d) => d.transfer_id === transferId);
    expect(transferDeadlines.map((d) => [d.kind, d.status])).toEqual([
      ["transfer_consult", "met"],
      ["transfer_reply", "cancelled"],
    ]);
    expect(await noticesOf(subjectId, "transfer_withdrawn")).toHaveLength(1);
    expect((await as("office_meiyun", "GET", `/api/subjects/${subjectId}`)).status).toBe(404);
    const again = await as("office1", "POST", `/api/transfers/${transferId}/withdrawal`, {
      reason: "再次撤回",
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("CASE_IN_CORRECTION");
  });
});
