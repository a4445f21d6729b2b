import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createFieldCipher, loadMasterKey } from "./secrets.ts";

const key = Buffer.alloc(32, 1);

describe("field cipher (AES-256-GCM)", () => {
  it("round-trips, with a fresh IV each time", () => {
    const c = createFieldCipher(key);
    const a = c.encrypt("440605198805179011");
    const b = c.encrypt("440605198805179011");
    expect(a).not.toBe(b);
    expect(a).not.toContain("440605");
    expect(c.decrypt(a)).toBe("440605198805179011");
  });

  it("refuses a tampered ciphertext and another key", () => {
    const c = createFieldCipher(key);
    const stored = c.encrypt("13800001234");
    const raw = Buffer.from(stored.slice(3), "base64");
    raw[raw.length - 1] = raw[raw.length - 1]! ^ 1;
    expect(() => c.decrypt("v1:" + raw.toString("base64"))).toThrow();
    expect(() => createFieldCipher(Buffer.alloc(32, 2)).decrypt(stored)).toThrow();
  });

  it("hashes deterministically per purpose and key (search index)", () => {
    const c = createFieldCipher(key);
    expect(c.hash("id4", "011X")).toBe(c.hash("id4", "011X"));
    expect(c.hash("id4", "011X")).not.toBe(c.hash("id6", "011X"));
    expect(createFieldCipher(Buffer.alloc(32, 2)).hash("id4", "011X")).not.toBe(c.hash("id4", "011X"));
  });

  it("refuses a key that is not 32 bytes", () => {
    expect(() => createFieldCipher(Buffer.alloc(16))).toThrow(/32 bytes/);
  });
});

describe("loadMasterKey", () => {
  it("takes ZHIJIAO_SECRET_KEY as hex, or generates one into the data folder (mode 600) and reuses it", () => {
    const dir = mkdtempSync(join(tmpdir(), "zj-key-"));
    try {
      expect(loadMasterKey({ ZHIJIAO_SECRET_KEY: "ab".repeat(32) }, dir).equals(Buffer.alloc(32, 0xab))).toBe(
        true,
      );
      const generated = loadMasterKey({}, dir);
      expect(generated).toHaveLength(32);
      expect(statSync(join(dir, "secret.key")).mode & 0o777).toBe(0o600);
      expect(loadMasterKey({}, dir).equals(generated)).toBe(true);
      expect(readFileSync(join(dir, "secret.key"), "utf8").trim()).toBe(generated.toString("hex"));
      expect(() => loadMasterKey({ ZHIJIAO_SECRET_KEY: "short" }, dir)).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
