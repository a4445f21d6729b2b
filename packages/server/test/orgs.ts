import type { TestServer } from "./harness.ts";

/** Looks up a demo organisation by name (unscoped, straight from the database). */
export async function orgId(server: TestServer, name: string): Promise<string> {
  const row = await server.db
    .selectFrom("organizations")
    .select("id")
    .where("name", "like", `%${name}%`)
    .executeTakeFirst();
  if (!row) throw new Error(`no organisation named ${name}`);
  return row.id;
}

export async function countRows(
  server: TestServer,
  table: "subjects" | "users" | "organizations" | "audit_log" | "files",
): Promise<number> {
  const row = await server.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
