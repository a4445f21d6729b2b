import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PNG } from "../../../test/factories.ts";
import { startTestServer, type Call, type TestServer } from "../../../test/harness.ts";

/**
 * The subject's own paths (/api/me, the mobile app /m/): a subject account reads and acts on its
 * own file only. Test today is 2026-11-20; the last test moves the clock to report back.
 */
let server: TestServer;
let own: string;
let other: string;

type Method = "GET" | "POST";

const as = (username: string, method: Method, url: string, body?: unknown): Promise<Call> =>
  server.as(username, method, url, body);

async function subjectOf(username: string): Promise<string> {
  const u = await server.db
    .selectFrom("users")
    .select("subject_id")
    .where("username", "=", username)
    .executeTakeFirstOrThrow();
  return u.subject_id!;
}

async function recordCount(subjectId: string): Promise<number> {
  const rows = await server.db
    .selectFrom("supervision_records")
    .select("id")
    .where("subject_id", "=", subjectId)
    .execute();
  return rows.length;
}

const PNG = TEST_PNG;
const checkIn = { latitude: 23.0405, longitude: 113.1452, accuracy: 25, photo: PNG };

function leave(startOn: string, endOn: string) {
  return {
    startOn,
    endOn,
    destinationDivisionCode: "440104",
    destinationAddress: "广东省广州市越秀区中山二路58号",
    reason: "陪同母亲到广州看病",
  };
}

beforeAll(async () => {
  server = await startTestServer();
  own = await subjectOf("subject1");
  other = await subjectOf("subject2");
});
afterAll(() => server.close());

describe("the subject's overview (GET /api/me/overview)", () => {
  it("R-SV-2: shows the own file, the correction period, the days left and what is due", async () => {
    const res = await as("subject1", "GET", "/api/me/overview");
    expect(res.status).toBe(200);
    const file = await server.db
      .selectFrom("subjects")
      .selectAll()
      .where("id", "=", own)
      .executeTakeFirstOrThrow();
    expect(res.body.subject).toMatchObject({
      id: own,
      name: file.name,
      status: "in_correction",
      statusLabel: "在矫",
      correctionEndOn: file.correction_end_on,
      officeName: "桂城司法所",
    });
    expect(res.body.subject.levelLabel).toMatch(/^(严管|普管|宽管)$/);
    expect(res.body.today).toBe("2026-11-20");
    expect(res.body.daysRemaining).toBeGreaterThan(0);
    expect(res.body.duties.length).toBeGreaterThan(0);
    expect(res.body.duties.map((d: { kind: string }) => d.kind)).toContain("thought_report");
    expect(res.body.leaveRequests).toEqual([]);
  });

  it("is only for a subject account: staff get 403", async () => {
    for (const path of ["/api/me/overview", "/api/me/notices"])
      expect((await as("office1", "GET", path)).status).toBe(403);
    expect((await as("office1", "POST", "/api/me/thought-reports", { content: "x" })).status).toBe(403);
    expect((await as("office1", "POST", "/api/me/check-ins", checkIn)).status).toBe(403);
  });
});

describe("check-ins and thought reports (POST /api/me/check-ins, /api/me/thought-reports)", () => {
  it("records a check-in with its photo and position, listed for the office; no duty by itself", async () => {
    const before = await as("subject1", "GET", "/api/me/overview");
    const res = await as("subject1", "POST", "/api/me/check-ins", checkIn);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      kind: "check_in",
      kindLabel: "手机签到",
      latitude: 23.0405,
      accuracy: 25,
    });
    expect(res.body.fileIds).toHaveLength(1);
    const file = await server.db
      .selectFrom("files")
      .select(["content_type", "size"])
      .where("id", "=", res.body.fileIds[0])
      .executeTakeFirstOrThrow();
    expect(file.content_type).toBe("image/png");
    const listed = await as("office1", "GET", `/api/subjects/${own}/records`);
    expect(listed.status).toBe(200);
    const items = (listed.body.items ?? listed.body) as { id: string; kind: string }[];
    expect(items.find((r) => r.id === res.body.id)?.kind).toBe("check_in");
    const after = await as("subject1", "GET", "/api/me/overview");
    expect(after.body.duties).toEqual(before.body.duties);
    expect(after.body.recentRecords[0]).toMatchObject({ id: res.body.id, kind: "check_in" });
  });

  it("refuses a check-in without a valid photo or position (400) and stores nothing", async () => {
    const n = await recordCount(own);
    const bad = [
      [{ ...checkIn, photo: Buffer.from("not an image at all").toString("base64") }, "PHOTO_INVALID"],
      [{ ...checkIn, latitude: 123 }, "VALIDATION_FAILED"],
      [{ latitude: 23, longitude: 113, photo: PNG }, "VALIDATION_FAILED"],
    ] as const;
    for (const [body, code] of bad) {
      const res = await as("subject1", "POST", "/api/me/check-ins", body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe(code);
    }
    expect(await recordCount(own)).toBe(n);
  });

  it("R-SV-2: a thought report counts for the thought-report duty of the period", async () => {
    const res = await as("subject1", "POST", "/api/me/thought-reports", {
      content: "本月按时报到，参加公益活动，认真反思自己的过错。",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: "thought_report", recordedBy: expect.any(String) });
    const after = await as("subject1", "GET", "/api/me/overview");
    const current = after.body.duties.find(
      (d: { kind: string; periodStart: string; periodEnd: string }) =>
        d.kind === "thought_report" && d.periodStart <= "2026-11-20" && d.periodEnd >= "2026-11-20",
    );
    expect(current).toMatchObject({ state: "done", recordIds: expect.arrayContaining([res.body.id]) });
    expect((await as("subject1", "POST", "/api/me/thought-reports", { content: "" })).status).toBe(400);
  });
});

describe("a subject sees nothing of anyone else", () => {
  it("lists are refused (403) and other files are not found (404)", async () => {
    expect((await as("subject1", "GET", "/api/subjects")).status).toBe(403);
    expect((await as("subject1", "GET", "/api/leave-requests")).body.items ?? []).toEqual([]);
    expect((await as("subject1", "GET", "/api/notices")).status).toBe(403);
    for (const path of [
      `/api/subjects/${other}`,
      `/api/subjects/${other}/records`,
      `/api/subjects/${other}/duties`,
      `/api/subjects/${other}/leave-requests`,
      `/api/subjects/${other}/timeline`,
    ])
      expect((await as("subject1", "GET", path)).status, path).toBe(404);
    expect(
      (
        await as(
          "subject1",
          "POST",
          `/api/subjects/${other}/leave-requests`,
          leave("2026-11-25", "2026-11-26"),
        )
      ).status,
    ).toBe(404);
  });

  it("another subject's leave request is not found: neither read nor reported back", async () => {
    const theirs = await as("subject2", "POST", "/api/me/leave-requests", leave("2026-12-10", "2026-12-11"));
    expect(theirs.status).toBe(201);
    expect((await as("subject1", "GET", `/api/leave-requests/${theirs.body.id}`)).status).toBe(404);
    const back = await as("subject1", "POST", `/api/me/leave-requests/${theirs.body.id}/return`, {
      returnedOn: "2026-11-20",
    });
    expect(back.status).toBe(404);
    const mine = await as("subject1", "GET", "/api/me/overview");
    expect(mine.body.leaveRequests.map((l: { id: string }) => l.id)).not.toContain(theirs.body.id);
    // A subject cannot decide on its own leave.
    expect(
      (await as("subject2", "POST", `/api/leave-requests/${theirs.body.id}/decision`, { approve: true }))
        .status,
    ).toBe(403);
  });
});

describe("leave from the app (POST /api/me/leave-requests, .../return, GET /api/me/notices)", () => {
  it("R-LV-2, R-LV-3: applies, sees the office's approval as a notice, and reports back", async () => {
    const res = await as("subject1", "POST", "/api/me/leave-requests", leave("2026-11-24", "2026-11-26"));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ subjectId: own, status: "pending", approvalLevel: "office" });
    // Reporting back before the approval: 409.
    const early = await as("subject1", "POST", `/api/me/leave-requests/${res.body.id}/return`, {
      returnedOn: "2026-11-20",
    });
    expect(early.status).toBe(409);
    expect((await as("subject1", "GET", "/api/me/notices")).body.items).toEqual([]);

    const decided = await as("office1", "POST", `/api/leave-requests/${res.body.id}/decision`, {
      approve: true,
      comment: "同意，按时返回销假",
    });
    expect(decided.status).toBe(200);
    const notices = await as("subject1", "GET", "/api/me/notices");
    expect(notices.body.items).toMatchObject([{ step: "approve_leave", title: "批准外出" }]);
    expect(notices.body.items[0].summary).toContain("2026-11-24");
    expect((await as("subject2", "GET", "/api/me/notices")).body.items).toEqual([]);

    server.clock.advanceMinutes(6 * 24 * 60); // 2026-11-26
    const back = await as("subject1", "POST", `/api/me/leave-requests/${res.body.id}/return`, {
      returnedOn: "2026-11-26",
    });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body).toMatchObject({ status: "returned", returnedOn: "2026-11-26", late: false });
    const after = await as("subject1", "GET", "/api/me/notices");
    expect(after.body.items.map((n: { step: string }) => n.step)).toEqual(["return_leave", "approve_leave"]);
  });
});
