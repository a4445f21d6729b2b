import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoOrgIds } from "../../demo/orgs.ts";
import { sweepReleases } from "../../jobs/release-sweep.ts";
import { buildSubject } from "../../../test/factories.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";

/**
 * R-RL-1 release, R-TM-1 termination and R-PR-1 archive through the real server. Test today is
 * 2026-11-20; files whose period has ended are registered with a start two years back.
 */
let server: TestServer;
let guicheng: string;
let meiyun: string;
let rongcheng: string;

beforeAll(async () => {
  server = await startTestServer();
  guicheng = await orgId(server, "桂城司法所");
  meiyun = demoOrgIds.meiyun;
  rongcheng = demoOrgIds.rongcheng;
});
afterAll(() => server.close());

let serial = 0;
/** A 缓刑 file in correction (one year, two years' probation) ending on `endOn` (start two years before). */
async function newSubject(endOn = "2028-01-09", overrides: Parameters<typeof buildSubject>[1] = {}) {
  serial += 1;
  const end = new Date(`${endOn}T00:00:00Z`);
  const start = new Date(Date.UTC(end.getUTCFullYear() - 2, end.getUTCMonth(), end.getUTCDate() + 1));
  const startOn = start.toISOString().slice(0, 10);
  const res = await server.as("office1", "POST", "/api/subjects", {
    ...buildSubject(guicheng, {
      name: `结案对象${serial}`,
      judgmentEffectiveOn: startOn,
      correctionStartOn: startOn,
      correctionEndOn: endOn,
    }),
    ...overrides,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

const preparation = {
  preparedOn: "2026-11-01",
  personalSummary: "两年来遵守法律法规，按时报到，积极参加教育学习和公益活动。",
  appraisal: "该对象认罪悔罪，表现良好，同意按期解除。",
};

async function prepare(id: string) {
  const res = await server.as("office1", "POST", `/api/subjects/${id}/release-preparation`, preparation);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res;
}

const release = (releasedOn = "2026-11-20", ground = "expiry") => ({
  releasedOn,
  ground,
  conductSummary: "矫正期间表现良好，无违规记录。",
});

async function subjectRow(id: string) {
  return server.db.selectFrom("subjects").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

async function steps(id: string): Promise<string[]> {
  const rows = await server.db
    .selectFrom("case_events")
    .select("step")
    .where("subject_id", "=", id)
    .orderBy("seq")
    .execute();
  return rows.map((r) => r.step);
}

async function noticesOf(id: string) {
  return server.db
    .selectFrom("notices")
    .innerJoin("organizations", "organizations.id", "notices.recipient_org_id")
    .select([
      "notices.kind",
      "notices.title",
      "notices.document_kind",
      "organizations.name",
      "organizations.kind as org_kind",
    ])
    .where("notices.subject_id", "=", id)
    .execute();
}

/** What a refused step must leave as it was. */
async function snapshot(id: string) {
  const row = await subjectRow(id);
  const deadlines = await server.db
    .selectFrom("deadlines")
    .select(["kind", "status"])
    .where("subject_id", "=", id)
    .orderBy("kind")
    .execute();
  return {
    status: row.status,
    version: row.version,
    releasedOn: row.released_on,
    closureType: row.closure_type,
    archived: row.archived,
    steps: await steps(id),
    notices: (await noticesOf(id)).length,
    deadlines,
  };
}

describe("R-RL-1 release preparation", () => {
  it("R-RL-1: the office records the personal summary and appraisal; the preparation deadline is met", async () => {
    const id = await newSubject("2026-12-10");
    await sweepReleases(server.ctx); // opens the release and preparation deadlines (end within 30 days)
    const before = await server.db
      .selectFrom("deadlines")
      .select(["kind", "status", "due_on"])
      .where("subject_id", "=", id)
      .where("kind", "=", "release_preparation")
      .executeTakeFirstOrThrow();
    expect(before).toEqual({ kind: "release_preparation", status: "open", due_on: "2026-11-10" });
    const res = await prepare(id);
    expect(res.body).toMatchObject({
      step: "prepare_release",
      occurredOn: "2026-11-01",
      data: preparation,
    });
    const after = await server.db
      .selectFrom("deadlines")
      .select(["status", "closed_on"])
      .where("subject_id", "=", id)
      .where("kind", "=", "release_preparation")
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ status: "met", closed_on: "2026-11-01" });
    const view = await server.as("office1", "GET", `/api/subjects/${id}/case`);
    expect(view.body.releasePreparation).toMatchObject(preparation);
  });

  it("R-RL-1: a second preparation → 409 DUPLICATE", async () => {
    const id = await newSubject("2026-12-11");
    await prepare(id);
    const res = await server.as("county", "POST", `/api/subjects/${id}/release-preparation`, preparation);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("DUPLICATE");
    expect((await steps(id)).filter((s) => s === "prepare_release")).toHaveLength(1);
  });

  it("R-RL-1: refused for the procuratorate (403), another office (404), bad input (400), a file awaiting report (409)", async () => {
    const id = await newSubject("2026-12-12");
    const before = await snapshot(id);
    const url = `/api/subjects/${id}/release-preparation`;
    const forbidden = await server.as("procurator", "POST", url, preparation);
    expect(forbidden.status).toBe(403);
    const other = await server.as("office2", "POST", url, preparation);
    expect(other.status).toBe(404);
    const future = await server.as("office1", "POST", url, { ...preparation, preparedOn: "2026-11-21" });
    expect(future.status).toBe(400);
    expect(future.body.error.details.field).toBe("preparedOn");
    const blank = await server.as("office1", "POST", url, { ...preparation, appraisal: "   " });
    expect(blank.status).toBe(400);
    expect(blank.body.error.details.field).toBe("appraisal");
    const unknown = await server.as("office1", "POST", url, { ...preparation, extra: 1 });
    expect(unknown.status).toBe(400);
    expect(await snapshot(id)).toEqual(before);

    const awaiting = await server.as("office1", "POST", "/api/subjects", {
      ...buildSubject(guicheng, {
        name: "待报到对象",
        status: "awaiting_report",
        judgmentEffectiveOn: "2026-11-13",
        correctionStartOn: "2026-11-13",
        correctionEndOn: "2028-11-12",
      }),
    });
    expect(awaiting.status, JSON.stringify(awaiting.body)).toBe(201);
    const wrongState = await server.as(
      "office1",
      "POST",
      `/api/subjects/${awaiting.body.id}/release-preparation`,
      {
        ...preparation,
        preparedOn: "2026-11-20",
      },
    );
    expect(wrongState.status).toBe(409);
    expect(wrongState.body.error.code).toBe("CASE_AWAITING_REPORT");
  });
});

describe("R-RL-1 release", () => {
  it("R-RL-1: refused before the end date → 409 RELEASE_NOT_DUE, and nothing changes", async () => {
    const id = await newSubject("2027-03-01");
    await prepare(id);
    const before = await snapshot(id);
    const res = await server.as("county", "POST", `/api/subjects/${id}/release`, release());
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("RELEASE_NOT_DUE");
    expect(res.body.error.details.correctionEndOn).toBe("2027-03-01");
    expect(await snapshot(id)).toEqual(before);
  });

  it("R-RL-1: at expiry, a release dated before the end date → 409 RELEASE_NOT_DUE", async () => {
    const id = await newSubject("2026-11-19");
    await prepare(id);
    const res = await server.as("county", "POST", `/api/subjects/${id}/release`, release("2026-11-18"));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("RELEASE_NOT_DUE");
  });

  it("R-RL-1: refused without the personal summary and appraisal → 400 FACTS_MISSING, and nothing changes", async () => {
    const id = await newSubject("2026-11-19");
    const before = await snapshot(id);
    const res = await server.as("county", "POST", `/api/subjects/${id}/release`, release());
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("FACTS_MISSING");
    expect(res.body.error.details.missing).toEqual(["releasePreparation"]);
    expect(await snapshot(id)).toEqual(before);
  });

  it("R-RL-1: only the county agency releases: 403 for the office and the procuratorate, 404 for another county", async () => {
    const id = await newSubject("2026-11-19");
    await prepare(id);
    const before = await snapshot(id);
    const url = `/api/subjects/${id}/release`;
    for (const user of ["office1", "procurator", "city"]) {
      const res = await server.as(user, "POST", url, release());
      expect(res.status, user).toBe(403);
      expect(res.body.error.code).toBe("FORBIDDEN");
    }
    expect((await server.as("jieyang_county", "POST", url, release())).status).toBe(404);
    const bad = await server.as("county", "POST", url, { ...release(), ground: "good_conduct" });
    expect(bad.status).toBe(400);
    const future = await server.as("county", "POST", url, release("2026-11-21"));
    expect(future.status).toBe(400);
    expect(future.body.error.details.field).toBe("releasedOn");
    expect(await snapshot(id)).toEqual(before);
  });

  it("R-RL-1: release on the end date issues the certificate, closes the deadlines and notifies the court, procuratorate and police", async () => {
    const id = await newSubject("2026-11-20");
    await sweepReleases(server.ctx); // the release due event and the release deadline
    await prepare(id);
    const res = await server.as("county", "POST", `/api/subjects/${id}/release`, release("2026-11-20"));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      subjectId: id,
      status: "released",
      closure: { type: "01", typeLabel: "期满解除", ground: "expiry", on: "2026-11-20" },
    });
    expect(res.body.openSteps).toEqual(["archive"]);
    const row = await subjectRow(id);
    expect(row).toMatchObject({ status: "released", released_on: "2026-11-20", closure_type: "01" });

    const event = await server.db
      .selectFrom("case_events")
      .selectAll()
      .where("subject_id", "=", id)
      .where("step", "=", "release")
      .executeTakeFirstOrThrow();
    expect(event.document_kind).toBe("release-certificate");
    expect(event.document_number).toMatch(/^南海矫解〔2026〕\d+号$/);
    expect(event.data).toMatchObject({ ground: "expiry", releasedOn: "2026-11-20" });
    expect((event.data as { recipients: string[] }).recipients.sort()).toEqual(
      ["佛山市公安局南海分局", "佛山市南海区人民检察院", "佛山市南海区人民法院"].sort(),
    );

    const deadlines = await server.db
      .selectFrom("deadlines")
      .select(["kind", "status", "closed_on"])
      .where("subject_id", "=", id)
      .execute();
    expect(deadlines.length).toBeGreaterThan(0);
    expect(deadlines.filter((d) => d.status === "open")).toEqual([]);
    expect(deadlines.find((d) => d.kind === "release")).toMatchObject({
      status: "met",
      closed_on: "2026-11-20",
    });

    const sent = (await noticesOf(id)).filter((n) => n.kind === "release");
    expect(sent.map((n) => n.org_kind).sort()).toEqual(["court", "police", "procuratorate"]);
    expect(sent.every((n) => n.document_kind === "release-certificate")).toBe(true);

    // The procuratorate reads its notice (LAW 44).
    const inbox = await server.as("procurator", "GET", "/api/notices?unread=true&pageSize=100");
    expect(inbox.status).toBe(200);
    expect(inbox.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "release",
          subjectId: id,
          documentKind: "release-certificate",
          read: false,
        }),
      ]),
    );
    const timeline = await server.as("office1", "GET", `/api/subjects/${id}/timeline`);
    expect(timeline.body.items.map((e: { step: string }) => e.step)).toEqual([
      "register",
      "release_due",
      "prepare_release",
      "release",
    ]);

    const again = await server.as("county", "POST", `/api/subjects/${id}/release`, release());
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("CASE_RELEASED");
  });

  it("R-RL-1: a release after the end date (sweep-prepared file) and a pardon before it (type 99)", async () => {
    const expired = await newSubject("2026-11-19");
    await prepare(expired);
    const late = await server.as("county", "POST", `/api/subjects/${expired}/release`, release("2026-11-19"));
    expect(late.status, JSON.stringify(late.body)).toBe(200);
    expect(late.body.closure).toMatchObject({ type: "01", on: "2026-11-19" });

    const early = await newSubject("2027-08-31");
    await prepare(early);
    const pardon = await server.as(
      "county_head",
      "POST",
      `/api/subjects/${early}/release`,
      release("2026-11-20", "pardon"),
    );
    expect(pardon.status, JSON.stringify(pardon.body)).toBe(200);
    expect(pardon.body).toMatchObject({
      status: "released",
      closure: { type: "99", ground: "pardon", on: "2026-11-20" },
    });
  });
});

describe("R-TM-1 termination", () => {
  const termination = (overrides: Record<string, unknown> = {}) => ({
    ground: "probation_revoked",
    decidedOn: "2026-11-18",
    rulingAuthority: "佛山市南海区人民法院",
    rulingNumber: "（2026）粤0605刑更88号",
    reason: "考验期内两次警告仍不改正，撤销缓刑，收监执行原判刑罚。",
    ...overrides,
  });

  it("R-TM-1: revocation of 缓刑 ends the case with type 02, the 终止社区矫正通知书 and notices", async () => {
    const id = await newSubject();
    const res = await server.as("county", "POST", `/api/subjects/${id}/termination`, termination());
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      status: "terminated",
      closure: { type: "02", typeLabel: "收监执行", ground: "probation_revoked", on: "2026-11-18" },
      openSteps: ["archive"],
    });
    const event = await server.db
      .selectFrom("case_events")
      .selectAll()
      .where("subject_id", "=", id)
      .where("step", "=", "terminate")
      .executeTakeFirstOrThrow();
    expect(event.document_kind).toBe("termination-notice");
    expect(event.document_number).toMatch(/^南海矫终〔2026〕\d+号$/);
    expect(event.data).toMatchObject({ rulingNumber: "（2026）粤0605刑更88号", ground: "probation_revoked" });
    const sent = (await noticesOf(id)).filter((n) => n.kind === "termination");
    expect(sent.map((n) => n.org_kind).sort()).toEqual(["court", "police", "procuratorate"]);
  });

  it("R-TM-1: death (type 03) needs no ruling number; the open deadlines are cancelled", async () => {
    const id = await newSubject("2026-12-05");
    await sweepReleases(server.ctx);
    const res = await server.as(
      "county",
      "POST",
      `/api/subjects/${id}/termination`,
      termination({
        ground: "death",
        rulingNumber: undefined,
        rulingAuthority: "佛山市公安局南海分局桂城派出所",
        reason: "家属报告于 2026-11-17 因病死亡，附死亡证明。",
        decidedOn: "2026-11-17",
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.closure).toMatchObject({ type: "03", typeLabel: "死亡", ground: "death" });
    expect(await subjectRow(id)).toMatchObject({
      status: "terminated",
      released_on: "2026-11-17",
      closure_type: "03",
    });
    const deadlines = await server.db
      .selectFrom("deadlines")
      .select(["kind", "status"])
      .where("subject_id", "=", id)
      .execute();
    expect(deadlines.length).toBeGreaterThan(0);
    expect(deadlines.every((d) => d.status === "cancelled")).toBe(true);
  });

  it("R-TM-1: a ground that does not fit the category → 400 ground; a revocation without a ruling → 400 FACTS_MISSING", async () => {
    const id = await newSubject();
    const before = await snapshot(id);
    const url = `/api/subjects/${id}/termination`;
    const parole = await server.as("county", "POST", url, termination({ ground: "parole_revoked" }));
    expect(parole.status).toBe(400);
    expect(parole.body.error).toMatchObject({ code: "VALIDATION_FAILED", details: { field: "ground" } });
    const committal = await server.as("county", "POST", url, termination({ ground: "committal" }));
    expect(committal.status).toBe(400);
    const noRuling = await server.as("county", "POST", url, termination({ rulingNumber: "" }));
    expect(noRuling.status).toBe(400);
    expect(noRuling.body.error).toMatchObject({
      code: "FACTS_MISSING",
      details: { missing: ["rulingNumber"] },
    });
    const future = await server.as("county", "POST", url, termination({ decidedOn: "2026-11-21" }));
    expect(future.status).toBe(400);
    expect(future.body.error.details.field).toBe("decidedOn");
    expect(await snapshot(id)).toEqual(before);
  });

  it("R-TM-1: 403 for the office and the procuratorate, 404 for another county, 409 once terminated", async () => {
    const id = await newSubject();
    const url = `/api/subjects/${id}/termination`;
    expect((await server.as("office1", "POST", url, termination())).status).toBe(403);
    expect((await server.as("procurator", "POST", url, termination())).status).toBe(403);
    expect((await server.as("jieyang_county", "POST", url, termination())).status).toBe(404);
    expect((await server.as("county", "POST", url, termination())).status).toBe(200);
    const again = await server.as("county", "POST", url, termination());
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("CASE_TERMINATED");
  });

  it("R-TM-1: a parole file (假释) is revoked with type 02", async () => {
    const id = await newSubject("2027-05-19", {
      category: "03",
      sentence: { penalty: "fixed_term", termMonths: 60, text: "有期徒刑五年" },
      crime: "盗窃罪",
    });
    const res = await server.as(
      "county",
      "POST",
      `/api/subjects/${id}/termination`,
      termination({ ground: "parole_revoked", rulingNumber: "（2026）粤06刑更12号" }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.closure).toMatchObject({ type: "02", ground: "parole_revoked" });
  });

  it("R-TM-1: termination during a transfer ends the transfer and the other county's view", async () => {
    const id = await newSubject();
    const nanhai = (await subjectRow(id)).county_id;
    const now = server.clock.now();
    const transferId = crypto.randomUUID();
    await server.db
      .insertInto("transfers")
      .values({
        id: transferId,
        subject_id: id,
        origin_office_id: guicheng,
        origin_county_id: nanhai,
        destination_office_id: meiyun,
        destination_county_id: rongcheng,
        new_residence_address: "广东省揭阳市榕城区梅云街道梅兜路8号",
        new_residence_division_code: "445202",
        reason: "随配偶迁居",
        planned_move_on: "2026-12-28",
        applied_on: "2026-11-16",
        status: "consulted",
        consulted_on: "2026-11-17",
        created_at: now,
        updated_at: now,
      })
      .execute();
    await server.db
      .updateTable("subjects")
      .set({ status: "transferring", shared_county_id: rongcheng, shared_office_id: meiyun })
      .where("id", "=", id)
      .execute();
    expect((await server.as("jieyang_county", "GET", `/api/subjects/${id}`)).status).toBe(200);

    const res = await server.as(
      "county",
      "POST",
      `/api/subjects/${id}/termination`,
      termination({ ground: "death", rulingNumber: undefined, reason: "家属报告死亡。" }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await subjectRow(id)).toMatchObject({
      status: "terminated",
      shared_county_id: null,
      shared_office_id: null,
    });
    const transfer = await server.db
      .selectFrom("transfers")
      .selectAll()
      .where("id", "=", transferId)
      .executeTakeFirstOrThrow();
    expect(transfer.status).toBe("withdrawn");
    expect(transfer.closed_reason).toContain("死亡");
    expect((await server.as("jieyang_county", "GET", `/api/subjects/${id}`)).status).toBe(404);
  });
});

describe("R-PR-1 archive", () => {
  it("R-PR-1: only released or terminated files are archived (409), only by the county (403)", async () => {
    const id = await newSubject();
    const url = `/api/subjects/${id}/archive`;
    const open = await server.as("county", "POST", url, {});
    expect(open.status).toBe(409);
    expect(open.body.error.code).toBe("CASE_IN_CORRECTION");
    expect((await server.as("office1", "POST", url, {})).status).toBe(403);
    expect((await server.as("procurator", "POST", url, {})).status).toBe(403);
    expect((await server.as("county", "POST", url, { reason: "x" })).status).toBe(400);
    expect((await subjectRow(id)).archived).toBe(false);
  });

  it("R-PR-1: an archived file refuses every write (409 FILE_ARCHIVED) and stays readable in scope", async () => {
    const id = await newSubject("2026-11-19");
    await prepare(id);
    expect((await server.as("county", "POST", `/api/subjects/${id}/release`, release())).status).toBe(200);
    // The body `{}` may be left out.
    const archived = await server.as("county", "POST", `/api/subjects/${id}/archive`);
    expect(archived.status, JSON.stringify(archived.body)).toBe(200);
    expect(archived.body).toMatchObject({ archived: true, openSteps: [] });
    expect(await subjectRow(id)).toMatchObject({ archived: true, archived_on: "2026-11-20" });
    const before = await snapshot(id);

    const version = (await subjectRow(id)).version;
    const writes: [string, string, string, unknown][] = [
      ["office1", "PATCH", `/api/subjects/${id}`, { version, phone: "13900001111" }],
      ["county", "POST", `/api/subjects/${id}/archive`, {}],
      ["county", "POST", `/api/subjects/${id}/release`, release()],
      [
        "county",
        "POST",
        `/api/subjects/${id}/termination`,
        {
          ground: "death",
          decidedOn: "2026-11-20",
          rulingAuthority: "派出所",
          reason: "死亡",
        },
      ],
      ["office1", "POST", `/api/subjects/${id}/release-preparation`, preparation],
    ];
    for (const [user, method, url, body] of writes) {
      const res = await server.as(user, method as "POST" | "PATCH", url, body);
      expect(res.status, `${method} ${url}`).toBe(409);
      expect(res.body.error.code, `${method} ${url}`).toBe("FILE_ARCHIVED");
    }
    expect(await snapshot(id)).toEqual(before);

    for (const user of ["office1", "county", "procurator", "city"]) {
      const read = await server.as(user, "GET", `/api/subjects/${id}`);
      expect(read.status, user).toBe(200);
      expect(read.body.archived).toBe(true);
    }
    const view = await server.as("county", "GET", `/api/subjects/${id}/case`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ archived: true, status: "released" });
    expect((await server.as("office2", "GET", `/api/subjects/${id}`)).status).toBe(404);
    expect((await server.as("jieyang_county", "GET", `/api/subjects/${id}`)).status).toBe(404);
    expect(await steps(id)).toEqual(["register", "prepare_release", "release", "archive"]);
  });
});
