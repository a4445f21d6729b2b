import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Field protection for identity numbers and phones: AES-256-GCM at rest, and a keyed hash
 * (HMAC-SHA-256) so that exact and last-digit searches use an index instead of decrypting.
 */
export interface FieldCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /** Keyed hash of a value within a purpose ("id", "id4", "id6"...), hex. */
  hash(purpose: string, value: string): string;
}

export function createFieldCipher(masterKey: Buffer): FieldCipher {
  if (masterKey.length !== 32) throw new Error("ZHIJIAO_SECRET_KEY must be 32 bytes (64 hex characters)");
  const encKey = Buffer.from(hkdfSync("sha256", masterKey, Buffer.alloc(0), "zhijiao field encryption", 32));
  const macKey = Buffer.from(hkdfSync("sha256", masterKey, Buffer.alloc(0), "zhijiao search hash", 32));
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", encKey, iv);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return "v1:" + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
    },
    decrypt(stored) {
      if (!stored.startsWith("v1:")) throw new Error("unknown ciphertext format");
      const raw = Buffer.from(stored.slice(3), "base64");
      const decipher = createDecipheriv("aes-256-gcm", encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
    },
    hash(purpose, value) {
      return createHmac("sha256", macKey).update(purpose).update("\0").update(value).digest("hex");
    },
  };
}

/** The master key: ZHIJIAO_SECRET_KEY, or a key generated once into the data folder. */
export function loadMasterKey(env: NodeJS.ProcessEnv, dataDir: string): Buffer {
  const fromEnv = env.ZHIJIAO_SECRET_KEY?.trim();
  if (fromEnv) {
    const key = /^[0-9a-fA-F]{64}$/.test(fromEnv)
      ? Buffer.from(fromEnv, "hex")
      : Buffer.from(fromEnv, "base64");
    if (key.length !== 32)
      throw new Error("ZHIJIAO_SECRET_KEY must be 32 bytes, as 64 hex characters or base64");
    return key;
  }
  const file = join(dataDir, "secret.key");
  if (existsSync(file)) return Buffer.from(readFileSync(file, "utf8").trim(), "hex");
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString("hex") + "\n", { mode: 0o600 });
  return key;
}
