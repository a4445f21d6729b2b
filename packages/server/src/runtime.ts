import { join, resolve } from "node:path";
import { openPglite, openPostgres, type Database } from "./db/connect.ts";
import { lockDataFolder } from "./db/data-folder-lock.ts";
import { checkFieldKey } from "./db/key-check.ts";
import { migrate } from "./db/migrate.ts";
import type { AppContext } from "./context.ts";
import { createFieldCipher, loadMasterKey } from "./security/secrets.ts";

export interface RuntimeConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  demo: boolean;
  secureCookie: boolean;
  trustProxy: boolean | string;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? "0.0.0.0",
    dataDir: resolve(env.ZHIJIAO_DATA_DIR ?? "./data"),
    databaseUrl: env.DATABASE_URL?.trim() || null,
    demo: env.ZHIJIAO_DEMO !== "0",
    secureCookie: env.ZHIJIAO_SECURE_COOKIE === "1",
    // "1" trusts any proxy; otherwise a list of proxy addresses (e.g. "127.0.0.1,10.0.0.0/8").
    trustProxy: env.ZHIJIAO_TRUST_PROXY === "1" ? true : env.ZHIJIAO_TRUST_PROXY || false,
  };
}

/** Opens the configured database (PostgreSQL when DATABASE_URL is set, else PGlite in the data folder) and migrates it. */
export async function openDatabase(config: RuntimeConfig): Promise<Database> {
  if (config.databaseUrl) {
    const database = await openPostgres(config.databaseUrl);
    await migrate(database);
    return database;
  }
  // One process per data folder: a second one is refused before it opens the database.
  const lock = lockDataFolder(config.dataDir);
  try {
    const database = await openPglite({ dataDir: join(config.dataDir, "pglite") });
    const close = database.close.bind(database);
    database.close = async () => {
      await close();
      lock.release();
    };
    await migrate(database);
    return database;
  } catch (e) {
    lock.release();
    throw e;
  }
}

/** The server's context; refuses a field-encryption key other than the one the data was written with. */
export async function contextFor(
  database: Database,
  config: RuntimeConfig,
  env: NodeJS.ProcessEnv = process.env,
): Promise<AppContext> {
  if (config.databaseUrl && !env.ZHIJIAO_SECRET_KEY?.trim())
    console.warn(
      "警告：使用 PostgreSQL 时请设置 ZHIJIAO_SECRET_KEY，并在所有服务进程中使用同一密钥；当前使用数据目录中的 secret.key。",
    );
  const cipher = createFieldCipher(loadMasterKey(env, config.dataDir));
  await checkFieldKey(database.db, cipher);
  return { database, cipher, now: () => new Date() };
}
