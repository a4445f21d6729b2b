import { afterAll, beforeAll, expect } from "vitest";
import { buildSubject } from "./factories.ts";
import { startTestServer, type Call, type TestServer } from "./harness.ts";
import { orgId } from "./orgs.ts";

/**
 * R-TR-1 across the two demo counties: 南海 (county, office1 at 桂城, office2 at 九江) hands a
 * subject over to 榕城 (jieyang_county, office_meiyun at 梅云).
 */
export let server: TestServer;
export let guicheng: string;
export let jiujiang: string;
export let meiyun: string;
export let nanhai: string;
export let rongcheng: string;

export type Method = "GET" | "POST" | "PATCH" | "PUT";

export const as = (username: string, method: Method, url: string, body?: unknown): Promise<Call> =>
  server.as(username, method, url, body);

export function advanceDays(days: number): void {
  server.clock.advanceMinutes(days * 24 * 60);
}

export let serial = 0;
export async function newSubject(overrides: Parameters<typeof buildSubject>[1] = {}): Promise<string> {
  serial += 1;
  const res = await as("office1", "POST", "/api/subjects", {
    ...buildSubject(guicheng, { name: `迁居对象${serial}`, ...overrides }),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

export function application(destinationOfficeId: string, overrides: Record<string, unknown> = {}) {
  return {
    destinationOfficeId,
    newResidenceAddress: "广东省揭阳市榕城区梅云街道梅兜路8号",
    newResidenceDivisionCode: "445202",
    reason: "随配偶迁居揭阳工作",
    plannedMoveOn: "2026-12-28",
    ...overrides,
  };
}

export async function apply(subjectId: string, user = "office1"): Promise<Call> {
  return as(user, "POST", `/api/subjects/${subjectId}/transfers`, application(meiyun));
}

export async function subjectRow(id: string) {
  return server.db.selectFrom("subjects").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

export async function transferRow(id: string) {
  return server.db.selectFrom("transfers").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

export async function deadlinesOf(subjectId: string) {
  return server.db
    .selectFrom("deadlines")
    .selectAll()
    .where("subject_id", "=", subjectId)
    .orderBy("created_at")
    .execute();
}

export async function eventsOf(subjectId: string) {
  return server.db
    .selectFrom("case_events")
    .selectAll()
    .where("subject_id", "=", subjectId)
    .orderBy("seq")
    .execute();
}

export async function noticesOf(subjectId: string, kind: string) {
  return server.db
    .selectFrom("notices")
    .innerJoin("organizations", "organizations.id", "notices.recipient_org_id")
    .select(["organizations.name", "notices.document_kind", "notices.title"])
    .where("notices.subject_id", "=", subjectId)
    .where("notices.kind", "=", kind)
    .orderBy("organizations.name")
    .execute();
}

/** Everything a refused step must leave as it was. */
export async function snapshot(subjectId: string, transferId?: string) {
  return {
    subject: await subjectRow(subjectId),
    transfer: transferId ? await transferRow(transferId) : null,
    deadlines: await deadlinesOf(subjectId),
    events: (await eventsOf(subjectId)).length,
    notices: (
      await server.db
        .selectFrom("notices")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("subject_id", "=", subjectId)
        .executeTakeFirstOrThrow()
    ).n,
    counters: await server.db.selectFrom("document_counters").selectAll().orderBy("word").execute(),
  };
}

/** One server per test file, with the two demo counties' organisations. */
export function useTransferServer(): void {
  beforeAll(async () => {
    server = await startTestServer();
    guicheng = await orgId(server, "桂城司法所");
    jiujiang = await orgId(server, "九江司法所");
    meiyun = await orgId(server, "梅云司法所");
    nanhai = await orgId(server, "南海区社区矫正管理局");
    rongcheng = await orgId(server, "榕城区社区矫正管理局");
  });
  afterAll(async () => {
    await server.close();
  });
}
