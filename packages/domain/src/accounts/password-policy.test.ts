import { describe, it, expect } from "vitest";
import { DomainError } from "../errors/codes.ts";
import {
  LOCKOUT_MINUTES,
  LOCKOUT_THRESHOLD,
  SESSION_IDLE_MINUTES,
  checkPasswordPolicy,
  isLocked,
  isSessionExpired,
  passwordCharacterKinds,
  passwordProblem,
  registerFailedLogin,
  registerSuccessfulLogin,
  type LoginAttemptState,
  unguessableRemainder,
} from "./password-policy.ts";

function policyError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) {
      expect(e.code).toBe("PASSWORD_POLICY");
      return e;
    }
    throw e;
  }
  throw new Error("expected PASSWORD_POLICY");
}

const at = (iso: string) => new Date(iso);
const minutes = (n: number) => n * 60_000;

describe("R-PR-3: password complexity (GB/T 22239)", () => {
  it("R-PR-3: the constants are those of the policy", () => {
    expect(LOCKOUT_THRESHOLD).toBe(5);
    expect(LOCKOUT_MINUTES).toBe(15);
    expect(SESSION_IDLE_MINUTES).toBe(30);
  });
  it.each(["Sqjz#2026", "Nanhai#Office2", "Zj!Zj!Zj!", "Xq7#mT2p", "矫正Tq#5x9", "Aa1Aa1Aa"])(
    "R-PR-3: accepts %j (8+ characters, 3 kinds)",
    (p) => {
      expect(() => checkPasswordPolicy(p)).not.toThrow();
    },
  );
  it("R-PR-3: refuses fewer than 8 characters", () => {
    expect(policyError(() => checkPasswordPolicy("Aa1!Aa1")).details).toEqual({
      field: "password",
      reason: "too_short",
    });
  });
  it("R-PR-3: counts characters, not UTF-16 units", () => {
    // 6 characters, 9 UTF-16 units.
    expect(passwordProblem("A1a😀😀😀")).toBe("too_short");
    expect(passwordProblem("A1a😀😀😀😀😀")).toBe(null);
  });
  it("R-PR-3: refuses more than 128 characters", () => {
    expect(() => checkPasswordPolicy("Aa1!".repeat(32))).not.toThrow();
    expect(policyError(() => checkPasswordPolicy("Aa1!".repeat(32) + "x")).details).toMatchObject({
      reason: "too_long",
    });
  });
  it.each(["zhijiao2026", "ZHIJIAO2026", "Zhijiaozhijiao", "12345678!!", "password"])(
    "R-PR-3: refuses %j (fewer than 3 kinds)",
    (p) => {
      const e = policyError(() => checkPasswordPolicy(p));
      expect(e.details).toMatchObject({ reason: "too_few_kinds" });
      expect(e.message).toContain("至少三类");
    },
  );
  it.each(["Zhijiao2026", "zhijiao#2026", "ZHIJIAO_2026", "智矫Abc#1x9"])(
    "R-PR-3: refuses %j (contains the product's name)",
    (p) => {
      const e = policyError(() => checkPasswordPolicy(p));
      expect(e.details).toMatchObject({ reason: "contains_product_name" });
      expect(e.message).toContain("系统名称");
    },
  );
  it.each([
    "Aa#12345",
    "Admin@123",
    "P@ssw0rd1",
    "Qwer@1234",
    "Abc@1234",
    "Aa123456!",
    "1qaz@WSX",
    "矫正Abc12345",
  ])("R-PR-3: refuses %j (what password lists try first)", (p) => {
    const e = policyError(() => checkPasswordPolicy(p));
    expect(e.details).toMatchObject({ reason: "common" });
    expect(e.message).toContain("过于常见");
  });
  it("R-PR-3: what remains of a password once common words, runs, repeats and years are taken out", () => {
    expect(unguessableRemainder("Aa#12345")).toBe("aa#");
    expect(unguessableRemainder("Admin@123")).toBe("@");
    expect(unguessableRemainder("Sqjz#2026")).toBe("sqjz#");
    expect(unguessableRemainder("Xq7#mT2p")).toBe("xq7#mt2p");
  });
  it("R-PR-3: counts the four kinds", () => {
    expect(passwordCharacterKinds("")).toBe(0);
    expect(passwordCharacterKinds("abc")).toBe(1);
    expect(passwordCharacterKinds("aB")).toBe(2);
    expect(passwordCharacterKinds("aB3")).toBe(3);
    expect(passwordCharacterKinds("aB3 ")).toBe(4);
    expect(passwordCharacterKinds("矫正")).toBe(1);
  });
  it("R-PR-3: refuses a password containing the username, in any case", () => {
    const e = policyError(() => checkPasswordPolicy("Wangfang#2026", { username: "wangfang" }));
    expect(e.details).toEqual({ field: "password", reason: "contains_username" });
    expect(() => checkPasswordPolicy("Sqjz#2026", { username: "wangfang" })).not.toThrow();
    // Very short usernames are not searched for.
    expect(() => checkPasswordPolicy("Sqjz#2026", { username: "zj" })).not.toThrow();
  });
  it("R-PR-3: names the field it was given", () => {
    expect(policyError(() => checkPasswordPolicy("short", { field: "newPassword" })).details).toMatchObject({
      field: "newPassword",
    });
  });
  it("R-PR-3: refuses a non-string", () => {
    expect(policyError(() => checkPasswordPolicy(undefined as unknown as string)).details).toMatchObject({
      reason: "too_short",
    });
  });
});

describe("R-PR-3: lockout after repeated failures", () => {
  const fresh: LoginAttemptState = { failedAttempts: 0, lockedUntil: null };
  const t0 = at("2026-03-01T08:00:00Z");

  it("R-PR-3: the 5th failure in a row locks the account for 15 minutes", () => {
    let state = fresh;
    for (let i = 1; i < LOCKOUT_THRESHOLD; i++) {
      state = registerFailedLogin(state, new Date(t0.getTime() + minutes(i)));
      expect(state).toEqual({ failedAttempts: i, lockedUntil: null });
      expect(isLocked(state, new Date(t0.getTime() + minutes(i)))).toBe(false);
    }
    const fifth = new Date(t0.getTime() + minutes(5));
    state = registerFailedLogin(state, fifth);
    expect(state.failedAttempts).toBe(5);
    expect(state.lockedUntil).toEqual(new Date(fifth.getTime() + minutes(15)));
    expect(isLocked(state, fifth)).toBe(true);
    expect(isLocked(state, new Date(fifth.getTime() + minutes(15) - 1))).toBe(true);
    expect(isLocked(state, new Date(fifth.getTime() + minutes(15)))).toBe(false);
  });
  it("R-PR-3: does not mutate the state it is given", () => {
    const state: LoginAttemptState = { failedAttempts: 4, lockedUntil: null };
    registerFailedLogin(state, t0);
    expect(state).toEqual({ failedAttempts: 4, lockedUntil: null });
  });
  it("R-PR-3: failures while locked do not extend the lock", () => {
    const locked: LoginAttemptState = { failedAttempts: 5, lockedUntil: at("2026-03-01T08:15:00Z") };
    const after = registerFailedLogin(locked, at("2026-03-01T08:10:00Z"));
    expect(after).toEqual(locked);
    expect(after).not.toBe(locked);
  });
  it("R-PR-3: after a lock has run out, counting starts again", () => {
    const expired: LoginAttemptState = { failedAttempts: 5, lockedUntil: at("2026-03-01T08:15:00Z") };
    expect(isLocked(expired, at("2026-03-01T08:20:00Z"))).toBe(false);
    expect(registerFailedLogin(expired, at("2026-03-01T08:20:00Z"))).toEqual({
      failedAttempts: 1,
      lockedUntil: null,
    });
  });
  it("R-PR-3: a successful sign-in resets the counter", () => {
    expect(registerSuccessfulLogin()).toEqual(fresh);
    expect(isLocked(fresh, t0)).toBe(false);
  });
});

describe("R-PR-3: idle session timeout", () => {
  const seen = at("2026-03-01T08:00:00Z");
  it("R-PR-3: a session expires after 30 idle minutes", () => {
    expect(isSessionExpired(seen, seen)).toBe(false);
    expect(isSessionExpired(seen, new Date(seen.getTime() + minutes(30) - 1))).toBe(false);
    expect(isSessionExpired(seen, new Date(seen.getTime() + minutes(30)))).toBe(true);
    expect(isSessionExpired(seen, at("2026-03-02T08:00:00Z"))).toBe(true);
  });
});
