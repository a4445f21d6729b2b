/** What the server asks of the database itself, beside the gateway: is it up, a session lock, a notification. */
import { sql, type Kysely } from "kysely";
import type { Database } from "./connect.ts";
import type { DB } from "./schema.ts";

/** Resolves when the database answers a query (the health check); rejects otherwise. */
export async function pingDatabase(database: Database): Promise<void> {
  await sql`select 1`.execute(database.db);
}

/** Sends a NOTIFY on `channel` (PostgreSQL fans it out to the other server processes). */
export async function notifyDatabase(database: Database, channel: string, payload: string): Promise<void> {
  await sql`select pg_notify(${channel}, ${payload})`.execute(database.db);
}

async function tryLock(db: Kysely<DB>, key: number): Promise<boolean> {
  const r = await sql<{
    got: boolean;
  }>`select pg_try_advisory_lock(${key}::bigint) as got`.execute(db);
  return r.rows[0]?.got === true;
}

async function unlock(db: Kysely<DB>, key: number): Promise<void> {
  await sql`select pg_advisory_unlock(${key}::bigint)`.execute(db);
}

/**
 * Runs `work` while holding the advisory lock `key`, or answers null when another session holds
 * it. An advisory lock belongs to a session: on PostgreSQL one pooled connection is held for the
 * run (the work uses the others); PGlite has a single session, so lock and unlock go through it.
 */
export async function withAdvisoryLock<T>(
  database: Database,
  key: number,
  work: () => Promise<T>,
): Promise<T | null> {
  if (database.kind === "pglite") {
    if (!(await tryLock(database.db, key))) return null;
    try {
      return await work();
    } finally {
      await unlock(database.db, key);
    }
  }
  return database.db.connection().execute(async (conn) => {
    if (!(await tryLock(conn, key))) return null;
    try {
      return await work();
    } finally {
      await unlock(conn, key);
    }
  });
}
