import type { AppContext } from "../src/context.ts";
import type { Database } from "../src/db/connect.ts";
import { createFieldCipher } from "../src/security/secrets.ts";

/** The fixed key of the test databases (the template is encrypted with it). */
export const TEST_KEY = Buffer.from("9f".repeat(32), "hex");
/** The demo data of the tests is generated as of this day. */
export const TEST_TODAY = "2026-11-20";

/** A clock the tests can move (idle sessions, lockouts). */
export class TestClock {
  private t: number;
  constructor(iso = `${TEST_TODAY}T02:00:00.000Z`) {
    this.t = Date.parse(iso);
  }
  now(): Date {
    return new Date(this.t);
  }
  advanceMinutes(m: number): void {
    this.t += m * 60_000;
  }
}

export function testContext(database: Database, clock = new TestClock()): AppContext {
  return { database, cipher: createFieldCipher(TEST_KEY), now: () => clock.now() };
}
