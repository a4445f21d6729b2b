import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError, type Actor } from "@zhijiao/domain";
import { buildIdNumber, buildSubject } from "../../../test/factories.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { orgId } from "../../../test/orgs.ts";
import { inTransaction } from "../../context.ts";
import { AuthRepository, type Gateway } from "./index.ts";
import { Repository } from "./repository.ts";
import { checkedThroughOwner, placedRows, scopedTo, subjectFiles } from "./scope.ts";

/**
 * The scope mechanism itself (db/gateway/scope.ts), through a repository built on it: one for
 * the subject files and one for a table that carries its file's place (deadlines).
 */
class ProbeRepository extends Repository {
  private readonly files = scopedTo(this.gw, subjectFiles());
  private readonly deadlines = scopedTo(this.gw, placedRows("deadlines", "deadline"));
  private readonly byId = scopedTo(this.gw, checkedThroughOwner("deadlines.id", "deadline"));

  findFile(id: string) {
    return this.files.find(this.db.selectFrom("subjects").select(["subjects.id", "subjects.name"]), id);
  }

  countFiles(ids: string[]) {
    return this.files.count(this.db.selectFrom("subjects").where("subjects.id", "in", ids));
  }

  listFiles(ids: string[], page: number, pageSize: number) {
    const of = this.db.selectFrom("subjects").where("subjects.id", "in", ids);
    return this.files.list(of.select("subjects.id").orderBy("subjects.id"), of, { page, pageSize });
  }

  findDeadline(id: string) {
    return this.deadlines.find(this.db.selectFrom("deadlines").selectAll(), id);
  }

  findDeadlineById(id: string) {
    return this.byId.find(this.db.selectFrom("deadlines").selectAll(), id);
  }
}

let server: TestServer;
let adult: string;
let minor: string;
let adultDeadline: string;
let minorDeadline: string;
const meta = { ip: null, userAgent: "test" };
const actors = new Map<string, Actor>();

async function as<T>(username: string, work: (repo: ProbeRepository, gw: Gateway) => Promise<T>): Promise<T> {
  return inTransaction(server.ctx, actors.get(username)!, meta, (gw) => work(new ProbeRepository(gw), gw));
}

/** The error a call fails with (or undefined when it succeeds). */
async function failure(call: Promise<unknown>): Promise<DomainError | undefined> {
  try {
    await call;
    return undefined;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
}

/** A deadline carrying the place of the file, written directly as a use case would. */
async function deadlineOf(subjectId: string): Promise<string> {
  const s = await server.db
    .selectFrom("subjects")
    .select(["office_id", "county_id", "city_id", "province_id", "minor"])
    .where("id", "=", subjectId)
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  await server.db
    .insertInto("deadlines")
    .values({
      id,
      kind: "report",
      subject_id: subjectId,
      due_on: "2026-12-01",
      provisional: false,
      created_at: server.clock.now(),
      ...s,
    })
    .execute();
  return id;
}

beforeAll(async () => {
  server = await startTestServer();
  const guicheng = await orgId(server, "桂城司法所");
  adult = (await server.as("office1", "POST", "/api/subjects", buildSubject(guicheng))).body.id;
  minor = (
    await server.as(
      "office1",
      "POST",
      "/api/subjects",
      buildSubject(guicheng, { idNumber: buildIdNumber({ birth: "2010-06-01" }) }),
    )
  ).body.id;
  expect(adult && minor).toBeTruthy();
  adultDeadline = await deadlineOf(adult);
  minorDeadline = await deadlineOf(minor);
  await inTransaction(server.ctx, null, meta, async (gw) => {
    const auth = new AuthRepository(gw);
    for (const username of [
      "office1",
      "office2",
      "county",
      "jieyang_county",
      "city",
      "province",
      "procurator",
    ]) {
      const user = await auth.findUserByUsername(username);
      actors.set(username, await auth.loadActor(user!));
    }
  });
});
afterAll(async () => {
  await server.close();
});

describe("scopedTo(gw, table): find in scope or 404", () => {
  it("a repository built on it finds a row in the caller's scope", async () => {
    expect(await as("office1", (r) => r.findFile(adult))).toMatchObject({ id: adult });
    expect(await as("county", (r) => r.findDeadline(adultDeadline))).toMatchObject({ id: adultDeadline });
  });

  it("answers NOT_FOUND (404) naming the resource outside the caller's scope", async () => {
    for (const username of ["office2", "jieyang_county"]) {
      const e = await failure(as(username, (r) => r.findFile(adult)));
      expect(e?.code, username).toBe("NOT_FOUND");
      expect(e?.status).toBe(404);
      expect(e?.details).toEqual({ resource: "subject", id: adult });
      expect((await failure(as(username, (r) => r.findDeadline(adultDeadline))))?.details).toEqual({
        resource: "deadline",
        id: adultDeadline,
      });
    }
  });

  it("answers NOT_FOUND for a malformed id without echoing it", async () => {
    const e = await failure(as("office1", (r) => r.findFile("not-a-uuid")));
    expect(e?.code).toBe("NOT_FOUND");
    expect(e?.details).toEqual({ resource: "subject" });
  });

  it("R-PR-2: hides minors above the county (city and province 404) and shows them to office, county and procurator", async () => {
    for (const username of ["office1", "county", "procurator"]) {
      expect(await as(username, (r) => r.findFile(minor)), username).toMatchObject({ id: minor });
      expect(await as(username, (r) => r.findDeadline(minorDeadline)), username).toMatchObject({
        id: minorDeadline,
      });
    }
    for (const username of ["city", "province"]) {
      expect((await failure(as(username, (r) => r.findFile(minor))))?.code, username).toBe("NOT_FOUND");
      expect((await failure(as(username, (r) => r.findDeadline(minorDeadline))))?.code, username).toBe(
        "NOT_FOUND",
      );
      // The adult of the same office is theirs to see.
      expect(await as(username, (r) => r.findFile(adult)), username).toMatchObject({ id: adult });
    }
  });

  it("a row checked through its file is found by id alone (the use case then loads the file)", async () => {
    expect(await as("office2", (r) => r.findDeadlineById(adultDeadline))).toMatchObject({
      id: adultDeadline,
    });
    expect((await failure(as("office2", (r) => r.findDeadlineById(randomUUID()))))?.code).toBe("NOT_FOUND");
  });
});

describe("scopedTo(gw, table): list and count in scope", () => {
  it("counts only the caller's rows: the minor not above the county, nothing for another office", async () => {
    const both = [adult, minor];
    expect(await as("county", (r) => r.countFiles(both))).toBe(2);
    expect(await as("city", (r) => r.countFiles(both))).toBe(1);
    expect(await as("office2", (r) => r.countFiles(both))).toBe(0);
  });

  it("lists a page of the rows in scope with the total of all of them", async () => {
    const both = [adult, minor].sort();
    const first = await as("office1", (r) => r.listFiles(both, 1, 1));
    expect(first).toEqual({ rows: [{ id: both[0] }], total: 2 });
    const second = await as("office1", (r) => r.listFiles(both, 2, 1));
    expect(second).toEqual({ rows: [{ id: both[1] }], total: 2 });
    expect(await as("province", (r) => r.listFiles(both, 1, 20))).toEqual({
      rows: [{ id: adult }],
      total: 1,
    });
  });
});
