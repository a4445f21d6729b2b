import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { inject } from "vitest";
import type { AppContext } from "../src/context.ts";
import { openPglite, openPostgres, type Database } from "../src/db/connect.ts";
import { buildServer, type ServerOptions } from "../src/http/server.ts";
import { TestClock, testContext } from "./context.ts";
import { withDatabase } from "./global-setup.ts";

export const DEMO_PASSWORD = "Sqjz#2026";

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

export interface Call {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- responses are asserted field by field
  headers: LightMyRequestResponse["headers"];
  raw: LightMyRequestResponse;
}

/** A real server on a real database (PGlite, or PostgreSQL under test:pg), driven through Fastify's inject. */
export class TestServer {
  private tokens = new Map<string, { token: string; at: number }>();
  constructor(
    readonly app: FastifyInstance,
    readonly ctx: AppContext,
    readonly clock: TestClock,
    private readonly cleanup: () => Promise<void>,
    /** Under test:pg, this server's database. */
    private readonly databaseUrl: string | null = null,
  ) {}

  /**
   * A second server on the same database that shares nothing in memory with this one, as a
   * second process behind the proxy would (under test:pg its own connection pool; on PGlite,
   * which has one session, the same database handle). Close it before this one.
   */
  async twin(): Promise<TestServer> {
    const database = this.databaseUrl ? await openPostgres(this.databaseUrl, 4) : this.ctx.database;
    const ctx = testContext(database, this.clock);
    const app = await buildServer(ctx, {});
    const cleanup = async () => {
      if (database !== this.ctx.database) await database.close();
    };
    return new TestServer(app, ctx, this.clock, cleanup, this.databaseUrl);
  }

  get db() {
    return this.ctx.database.db;
  }

  async request(
    method: Method,
    url: string,
    opts: {
      token?: string | null;
      body?: unknown;
      headers?: Record<string, string>;
      payload?: string | Buffer;
    } = {},
  ): Promise<Call> {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    const res = await this.app.inject({
      method,
      url,
      headers,
      ...(opts.payload !== undefined
        ? { payload: opts.payload }
        : opts.body !== undefined
          ? { payload: opts.body as object }
          : {}),
    });
    let body: unknown = res.body;
    if (String(res.headers["content-type"] ?? "").includes("application/json") && res.body) body = res.json();
    return { status: res.statusCode, body, headers: res.headers, raw: res };
  }

  /**
   * Signs in a demo account (cached per server). Sessions end after 30 idle minutes and some
   * tests move the clock by days, so a token older than 10 minutes of test time is renewed.
   */
  async login(username: string, password = DEMO_PASSWORD): Promise<string> {
    const now = this.clock.now().getTime();
    const cached = this.tokens.get(username);
    if (cached && now - cached.at <= 10 * 60_000) return cached.token;
    const res = await this.request("POST", "/api/auth/login", { body: { username, password } });
    if (res.status !== 200)
      throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.tokens.set(username, { token: res.body.token as string, at: now });
    return res.body.token as string;
  }

  /** Calls as a demo account. */
  async as(username: string, method: Method, url: string, body?: unknown): Promise<Call> {
    return this.request(method, url, { token: await this.login(username), body });
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.cleanup();
  }
}

/** One server per test file, on its own copy of the seeded template database. */
export async function startTestServer(options: ServerOptions = {}): Promise<TestServer> {
  const clock = new TestClock();
  let database: Database;
  let cleanup: () => Promise<void>;
  let databaseUrl: string | null = null;
  const pgTemplate = inject("pgTemplateDb");
  const url = process.env.DATABASE_URL;
  if (pgTemplate && url) {
    const name = `zj_test_${randomBytes(5).toString("hex")}`;
    const admin = await openPostgres(url, 1);
    await admin.exec(`create database ${name} template ${pgTemplate}`);
    databaseUrl = withDatabase(url, name);
    database = await openPostgres(databaseUrl, 4);
    cleanup = async () => {
      await database.close();
      await admin.exec(`drop database if exists ${name} with (force)`);
      await admin.close();
    };
  } else {
    const template = readFileSync(inject("pgliteTemplate"));
    database = await openPglite({ loadDataDir: new Blob([template]) });
    cleanup = () => database.close();
  }
  const ctx = testContext(database, clock);
  const app = await buildServer(ctx, options);
  return new TestServer(app, ctx, clock, cleanup, databaseUrl);
}
