import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { seedCalendar } from "./calendar-seed.ts";
import type { Database } from "./connect.ts";

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), "migrations");

/** Forward-only numbered SQL migrations, each in its own transaction, recorded in schema_migrations. */
export async function migrate(database: Database): Promise<string[]> {
  await database.exec(
    "create table if not exists schema_migrations (version text primary key, applied_at timestamptz not null default now())",
  );
  const applied = new Set(
    (await database.db.selectFrom("schema_migrations").select("version").execute()).map((r) => r.version),
  );
  const files = readdirSync(migrationsDir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort();
  const done: string[] = [];
  for (const file of files) {
    const version = file.replace(/\.sql$/, "");
    if (applied.has(version)) continue;
    const body = readFileSync(join(migrationsDir, file), "utf8");
    try {
      await database.exec(
        // The advisory lock serialises processes starting together; a second one fails on the key.
        `begin;\nselect pg_advisory_xact_lock(20260701);\n${body}\n;insert into schema_migrations (version) values ('${version}');\ncommit;`,
      );
    } catch (e) {
      await database.exec("rollback").catch(() => undefined);
      throw new Error(`migration ${version} failed: ${(e as Error).message}`, { cause: e });
    }
    done.push(version);
  }
  // Reference data the rules need from the first start: the holiday schedules (R-DL-3).
  await seedCalendar(database);
  return done;
}
