import { mkdirSync } from "node:fs";
import { PGlite, types as pgliteTypes } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { DB } from "./schema.ts";

export type DatabaseKind = "pglite" | "postgres";

/** An open database: the typed query builder and a way to run plain SQL scripts. */
export interface Database {
  kind: DatabaseKind;
  db: Kysely<DB>;
  /** Runs a script of several statements (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * PostgreSQL only: LISTEN on a channel over a dedicated connection (server processes fan live
   * events out to each other this way); answers the function that stops listening.
   */
  listen?(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** A mutex: PGlite has one session, so a connection (and any transaction on it) is exclusive. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((r) => (release = r));
    const acquired = this.tail.then(() => release);
    this.tail = this.tail.then(() => next);
    return acquired;
  }
}

function commandOf(sql: string): string {
  const m = /^\s*(?:with\b[\s\S]*?\)\s*)?(insert|update|delete|merge|select)\b/i.exec(sql);
  return (m?.[1] ?? "SELECT").toUpperCase();
}

/** Kysely's PostgresDialect over PGlite: a pool of one connection guarded by a mutex. */
function pglitePool(pglite: PGlite) {
  const mutex = new Mutex();
  return {
    async connect() {
      const release = await mutex.acquire();
      return {
        async query(sql: string, params: readonly unknown[]) {
          const res = await pglite.query(sql, params as unknown[]);
          return { command: commandOf(sql), rowCount: res.affectedRows ?? res.rows.length, rows: res.rows };
        },
        release,
      };
    },
    async end() {
      /* closed by the caller */
    },
    /** Runs a multi-statement script on the exclusive connection. */
    async exec(sql: string) {
      const release = await mutex.acquire();
      try {
        await pglite.exec(sql);
      } finally {
        release();
      }
    },
  };
}

export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<Database> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const pglite = new PGlite({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: {
      [DATE_OID]: (v: string) => v,
      [INT8_OID]: (v: string) => Number(v),
      [NUMERIC_OID]: (v: string) => Number(v),
    },
  });
  await pglite.waitReady;
  const pool = pglitePool(pglite);
  // The dialect needs only connect/end; the cast bridges pg's Pool type.
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: pool as never }) });
  return {
    kind: "pglite",
    db,
    exec: (sql) => pool.exec(sql),
    async close() {
      await db.destroy();
      await pglite.close();
    },
    // Exposed for tests that snapshot a migrated template.
    ...({ pglite } as object),
  };
}

/** The PGlite instance behind a Database, for dumping a template (tests only). */
export function pgliteOf(database: Database): PGlite | undefined {
  return (database as unknown as { pglite?: PGlite }).pglite;
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const typeParsers = {
    getTypeParser(oid: number, format?: "text" | "binary") {
      if (oid === DATE_OID) return (v: string) => v;
      if (oid === INT8_OID || oid === NUMERIC_OID) return (v: string) => Number(v);
      return pg.types.getTypeParser(oid, format);
    },
  };
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: typeParsers as never });
  pool.on("error", (err) => console.error("PostgreSQL pool error:", err.message));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: "postgres",
    db,
    async exec(sql) {
      const client = await pool.connect();
      try {
        await client.query(sql);
      } finally {
        client.release();
      }
    },
    async listen(channel, onPayload) {
      if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name ${channel}`);
      const client = new pg.Client({ connectionString: url });
      client.on("error", (err) => console.error("PostgreSQL listener error:", err.message));
      client.on("notification", (n) => {
        if (n.channel === channel && n.payload) onPayload(n.payload);
      });
      await client.connect();
      await client.query(`listen ${channel}`);
      return async () => {
        await client.end();
      };
    },
    async close() {
      await db.destroy();
      // Kysely ends the pool only if it ran a query; a database used only through exec needs this.
      if (!pool.ended) await pool.end();
    },
  };
}

export { pgliteTypes };
