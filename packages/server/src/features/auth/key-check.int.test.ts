import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkFieldKey } from "../../db/key-check.ts";
import { createFieldCipher } from "../../security/secrets.ts";
import { TEST_KEY } from "../../../test/context.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe("the field-encryption key check", () => {
  it("records the key on first start and accepts it again", async () => {
    await checkFieldKey(server.db, createFieldCipher(TEST_KEY));
    await checkFieldKey(server.db, createFieldCipher(TEST_KEY));
    const rows = await server.db
      .selectFrom("settings")
      .select("key")
      .where("key", "=", "field_key_check")
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("refuses to start with another key, in Chinese", async () => {
    await checkFieldKey(server.db, createFieldCipher(TEST_KEY));
    const other = createFieldCipher(Buffer.alloc(32, 7));
    await expect(checkFieldKey(server.db, other)).rejects.toThrow(/字段加密密钥与数据库不一致/);
  });
});
