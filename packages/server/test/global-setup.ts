import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openPglite, openPostgres, pgliteOf } from "../src/db/connect.ts";
import { migrate } from "../src/db/migrate.ts";
import { seedDemo } from "../src/demo/seed.ts";
import { TEST_TODAY, testContext } from "./context.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplateDb: string;
  }
}

/**
 * Builds one migrated, seeded database per run: a PGlite data dump that each test file loads
 * (~1 s instead of ~10 s to migrate), or, under `test:pg`, a PostgreSQL template database that
 * each test file clones.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `zj_template_${randomBytes(4).toString("hex")}`;
    const admin = await openPostgres(url, 1);
    await admin.exec(`create database ${name}`);
    const db = await openPostgres(withDatabase(url, name), 2);
    await migrate(db);
    await seedDemo(testContext(db), { subjects: 60, today: TEST_TODAY });
    await db.close();
    project.provide("pgTemplateDb", name);
    project.provide("pgliteTemplate", "");
    return async () => {
      await admin.exec(`drop database if exists ${name} with (force)`);
      await admin.close();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "zj-test-"));
  const db = await openPglite();
  await migrate(db);
  await seedDemo(testContext(db), { subjects: 60, today: TEST_TODAY });
  const dump = await pgliteOf(db)!.dumpDataDir("none");
  const file = join(dir, "template.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await db.close();
  project.provide("pgliteTemplate", file);
  project.provide("pgTemplateDb", "");
  return async () => rmSync(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = "/" + name;
  return u.toString();
}
