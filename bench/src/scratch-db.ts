/**
 * Scratch databases for the location benchmarks (ingest, trajectory): a fresh PGlite folder, or a
 * PostgreSQL database `zj_bench_<name>_<pid>` on DATABASE_URL or on a temporary server started
 * for the benchmark (pg-temp.ts) with the settings it asks for. Always dropped or stopped after.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { sql } from "kysely";
import { openPglite, openPostgres, type Database } from "../../packages/server/src/db/connect.ts";
import { findPgBin, startTempPostgres, withDatabase } from "./pg-temp.ts";

export interface Scratch {
  database: Database;
  /** e.g. "PostgreSQL 15.14" or "PGlite (PostgreSQL 17.5)". */
  version: string;
  /** The server settings that decide what a commit means (and a few others), as the server reports them. */
  settings: Record<string, string>;
  /** PostgreSQL: the scratch database's URL (to open more pools on it); PGlite: null. */
  url: string | null;
}

const reported = [
  "fsync",
  "synchronous_commit",
  "full_page_writes",
  "wal_level",
  "shared_buffers",
  "max_parallel_workers_per_gather",
  "work_mem",
];

async function settingsOf(database: Database): Promise<Record<string, string>> {
  const r = await sql<{ name: string; setting: string }>`
    select name, current_setting(name) as setting from pg_settings
    where name in (${sql.raw(reported.map((n) => `'${n}'`).join(", "))})`.execute(database.db);
  return Object.fromEntries(r.rows.map((x) => [x.name, x.setting]));
}

export async function withPglite<T>(cleanups: (() => void)[], work: (s: Scratch) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "zhijiao-bench-pglite-"));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  cleanups.push(remove);
  const database = await openPglite({ dataDir: join(dir, "pglite") });
  try {
    const v = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(database.db);
    return await work({
      database,
      version: `PGlite (PostgreSQL ${v.rows[0]!.v})`,
      settings: await settingsOf(database),
      url: null,
    });
  } finally {
    await database.close();
    remove();
  }
}

/**
 * A scratch PostgreSQL database: on DATABASE_URL when set (its server's settings are what they
 * are, and reported), else on a temporary server with `serverSettings` on top of pg-temp's. Answers
 * a string saying why when neither is possible.
 */
export async function withPostgres<T>(
  name: string,
  serverSettings: readonly string[],
  poolSize: number,
  cleanups: (() => void)[],
  log: (m: string) => void,
  work: (s: Scratch) => Promise<T>,
): Promise<T | string> {
  let adminUrl = process.env.DATABASE_URL?.trim() || null;
  let stop: (() => void) | null = null;
  if (!adminUrl) {
    const bin = findPgBin();
    if (!bin)
      return "PostgreSQL skipped: DATABASE_URL is not set and no PostgreSQL is installed (/usr/lib/postgresql/{17,16,15}/bin).";
    const temp = await startTempPostgres(bin, log, serverSettings);
    stop = temp.stop;
    cleanups.push(temp.stop);
    adminUrl = temp.url;
  }
  const dbName = `zj_bench_${name}_${process.pid}`;
  const admin = await openPostgres(adminUrl, 1);
  await admin.exec(`create database ${dbName}`);
  const url = withDatabase(adminUrl, dbName);
  const database = await openPostgres(url, poolSize);
  try {
    const v = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(database.db);
    return await work({
      database,
      version: `PostgreSQL ${v.rows[0]!.v}`,
      settings: await settingsOf(database),
      url,
    });
  } finally {
    await database.close();
    await delay(300);
    await admin.exec(`drop database if exists ${dbName} with (force)`).catch(() => undefined);
    await admin.close();
    await delay(300);
    stop?.();
  }
}
