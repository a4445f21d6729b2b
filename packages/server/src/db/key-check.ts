import type { Kysely } from "kysely";
import type { FieldCipher } from "../security/secrets.ts";
import type { DB } from "./schema.ts";

const KEY = "field_key_check";

/**
 * Records, on first start, a keyed hash that identifies the field-encryption key, and refuses to
 * start with any other key: data encrypted under one key must never be mixed with another's
 * (a lost data folder on PostgreSQL, or processes with different keys).
 */
export async function checkFieldKey(db: Kysely<DB>, cipher: FieldCipher): Promise<void> {
  const expected = cipher.hash("key-check", "zhijiao");
  await db
    .insertInto("settings")
    .values({ key: KEY, value: JSON.stringify(expected) })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await db
    .selectFrom("settings")
    .select("value")
    .where("key", "=", KEY)
    .executeTakeFirstOrThrow();
  if (row.value !== expected)
    throw new Error(
      "字段加密密钥与数据库不一致：ZHIJIAO_SECRET_KEY（或数据目录中的 secret.key）不是加密现有数据时所用的密钥。请使用原密钥启动。",
    );
}
