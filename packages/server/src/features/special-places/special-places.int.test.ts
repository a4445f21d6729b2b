import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSubject } from "../../../test/factories.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";

/** Special-place approvals (进入特定场所, R-LV-4). Test today is 2026-11-20. */
let server: TestServer;
let guicheng: string;
let procuratorate: string;

beforeAll(async () => {
  server = await startTestServer();
  guicheng = await orgId(server, "桂城司法所");
  procuratorate = await orgId(server, "佛山市南海区人民检察院");
});
afterAll(() => server.close());

const ban = {
  content: "进入酒吧、夜总会等娱乐场所",
  places: "佛山市南海区各类酒吧、夜总会",
  fromOn: "2026-01-10",
  untilOn: "2027-12-31",
};

let serial = 0;
async function subjectWithBan(): Promise<{ id: string; banId: string }> {
  serial += 1;
  const res = await server.as("office1", "POST", "/api/subjects", {
    ...buildSubject(guicheng, { name: `场所对象${serial}` }),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const id = res.body.id as string;
  const b = await server.as("office1", "POST", `/api/subjects/${id}/court-bans`, ban);
  expect(b.status, JSON.stringify(b.body)).toBe(201);
  return { id, banId: b.body.id as string };
}

function application(banId: string, overrides: Record<string, unknown> = {}) {
  return {
    courtBanId: banId,
    place: "佛山市南海区桂城某KTV（同事婚宴）",
    reason: "参加同事婚宴，地点在KTV包房",
    fromOn: "2026-11-28",
    untilOn: "2026-11-28",
    ...overrides,
  };
}

async function snapshot(subjectId: string) {
  const [requests, events, notices] = await Promise.all([
    server.db
      .selectFrom("special_place_requests")
      .selectAll()
      .where("subject_id", "=", subjectId)
      .orderBy("id")
      .execute(),
    server.db.selectFrom("case_events").select("id").where("subject_id", "=", subjectId).execute(),
    server.db.selectFrom("notices").select("id").where("subject_id", "=", subjectId).execute(),
  ]);
  return { requests, events: events.length, notices: notices.length };
}

describe("special places (R-LV-4)", () => {
  it("R-LV-4: the office applies for the subject, the county approves, the procuratorate is notified", async () => {
    const { id, banId } = await subjectWithBan();
    const res = await server.as("office1", "POST", `/api/subjects/${id}/special-places`, application(banId));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ status: "pending", courtBanId: banId, place: application(banId).place });

    const list = await server.as("county", "GET", `/api/subjects/${id}/special-places`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: res.body.id, status: "pending" })]);

    const decided = await server.as("county", "POST", `/api/special-places/${res.body.id}/decision`, {
      approve: true,
      comment: "同意，当日23时前离开",
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body).toMatchObject({ status: "approved", decisionComment: "同意，当日23时前离开" });

    const notices = await server.db
      .selectFrom("notices")
      .selectAll()
      .where("subject_id", "=", id)
      .where("kind", "=", "special_place_decision")
      .execute();
    expect(notices.map((n) => n.recipient_org_id)).toEqual([procuratorate]);

    const timeline = await server.as("office1", "GET", `/api/subjects/${id}/timeline`);
    const steps = (timeline.body.items as { step: string }[]).map((e) => e.step);
    expect(steps).toEqual(expect.arrayContaining(["request_special_place", "approve_special_place"]));
  });

  it("R-LV-4: a refusal is recorded and notified too; a second decision is 409", async () => {
    const { id, banId } = await subjectWithBan();
    const res = await server.as("office1", "POST", `/api/subjects/${id}/special-places`, application(banId));
    const url = `/api/special-places/${res.body.id}/decision`;
    const no = await server.as("county_head", "POST", url, { approve: false, comment: "理由不充分" });
    expect(no.status).toBe(200);
    expect(no.body.status).toBe("rejected");
    const before = await snapshot(id);
    const again = await server.as("county", "POST", url, { approve: true });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("SPECIAL_PLACE_DECIDED");
    expect(await snapshot(id)).toEqual(before);
    expect(before.notices).toBe(1);
  });

  it("R-LV-4: only the county decides (office 403), out of scope 404, and a refused step changes nothing", async () => {
    const { id, banId } = await subjectWithBan();
    const res = await server.as("office1", "POST", `/api/subjects/${id}/special-places`, application(banId));
    const url = `/api/special-places/${res.body.id}/decision`;
    const before = await snapshot(id);
    expect((await server.as("office1", "POST", url, { approve: true })).status).toBe(403);
    expect((await server.as("procurator", "POST", url, { approve: true })).status).toBe(403);
    expect((await server.as("city", "POST", url, { approve: true })).status).toBe(403);
    expect((await server.as("jieyang_county", "POST", url, { approve: true })).status).toBe(404);
    expect((await server.as("county", "POST", url, { approve: "yes" })).status).toBe(400);
    expect(
      (
        await server.as(
          "county",
          "POST",
          "/api/special-places/00000000-0000-0000-0000-000000000000/decision",
          {
            approve: true,
          },
        )
      ).status,
    ).toBe(404);
    expect(await snapshot(id)).toEqual(before);
  });

  it("R-LV-4: refusals of the application: 403 role, 404 other office, 400 bad input, 409 closed file", async () => {
    const { id, banId } = await subjectWithBan();
    const other = await subjectWithBan();
    const url = `/api/subjects/${id}/special-places`;
    const before = await snapshot(id);
    expect((await server.as("procurator", "POST", url, application(banId))).status).toBe(403);
    expect((await server.as("office2", "POST", url, application(banId))).status).toBe(404);
    expect((await server.as("office2", "GET", url)).status).toBe(404);
    // Another file's ban, an empty place, a period before today, outside the ban, or reversed.
    for (const body of [
      application(other.banId),
      application(banId, { place: "" }),
      application(banId, { place: "   " }),
      application(banId, { fromOn: "2026-11-01", untilOn: "2026-11-02" }),
      application(banId, { fromOn: "2028-02-01", untilOn: "2028-02-02" }),
      application(banId, { fromOn: "2026-11-29", untilOn: "2026-11-28" }),
      application(banId, { fromOn: "2026-11-31", untilOn: "2026-12-01" }),
      { ...application(banId), extra: 1 },
    ]) {
      const r = await server.as("office1", "POST", url, body);
      expect(r.status, JSON.stringify(body)).toBe(400);
    }
    await server.db.updateTable("subjects").set({ status: "released" }).where("id", "=", id).execute();
    const closed = await server.as("office1", "POST", url, application(banId));
    expect(closed.status).toBe(409);
    expect(await snapshot(id)).toEqual(before);
  });
});
