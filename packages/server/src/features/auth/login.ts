import { DomainError, isLocked, registerFailedLogin, type Actor } from "@zhijiao/domain";
import { inTransaction, type AppContext } from "../../context.ts";
import { AuthRepository, type RequestMeta } from "../../db/gateway/index.ts";
import { verifyPassword } from "../../security/passwords.ts";
import { newSessionToken, tokenHash } from "../../security/tokens.ts";

// A valid argon2id hash of a random password: unknown usernames cost as much time as known ones.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0VTqXXEbIbY0uGCw1UgxNDpO+mR0dRCDlwS3ShuOyGc";

export interface LoginResult {
  token: string;
  actor: Actor;
  mustChangePassword: boolean;
}

/**
 * Signs a user in (R-PR-3): argon2id verification, 5 failures lock the account for 15 minutes,
 * every attempt audited. Failures are committed before the refusal is answered.
 */
export async function login(args: {
  ctx: AppContext;
  meta: Omit<RequestMeta, "now">;
  username: string;
  password: string;
}): Promise<LoginResult> {
  const { ctx, meta, username, password } = args;
  // The slow hash check runs outside any transaction, so it holds no lock and blocks no one.
  const known = await inTransaction(ctx, null, meta, (gw) =>
    new AuthRepository(gw).findUserByUsername(username),
  );
  const passwordOk = await verifyPassword(known?.password_hash ?? DUMMY_HASH, password);
  const outcome = await inTransaction(ctx, null, meta, async (gw) => {
    const auth = new AuthRepository(gw);
    const user = known ? await auth.findUserByUsername(username, true) : undefined;
    if (!user) {
      // Counted like an account's failures, so that after five the answer is the same as for a
      // locked account and the lockout does not reveal which usernames exist.
      const stored = await auth.unknownUsernameState(username);
      const state = { failedAttempts: stored.failed_attempts, lockedUntil: stored.locked_until };
      const next = registerFailedLogin(state, gw.now);
      await auth.setUnknownUsernameState(username, {
        failed_attempts: next.failedAttempts,
        locked_until: next.lockedUntil,
      });
      const locked = isLocked(next, gw.now);
      await gw.audit({
        action: locked ? "auth.login.locked" : "auth.login.failed",
        resourceType: "user",
        details: { username, reason: "unknown_user", failedAttempts: next.failedAttempts },
      });
      return locked
        ? { error: "ACCOUNT_LOCKED" as const, lockedUntil: next.lockedUntil }
        : { error: "LOGIN_FAILED" as const };
    }
    const state = { failedAttempts: user.failed_attempts, lockedUntil: user.locked_until };
    if (isLocked(state, gw.now)) {
      await gw.audit({
        action: "auth.login.locked",
        resourceType: "user",
        resourceId: user.id,
        details: { username },
      });
      return { error: "ACCOUNT_LOCKED" as const, lockedUntil: user.locked_until };
    }
    if (!user.active) {
      await gw.audit({
        action: "auth.login.failed",
        resourceType: "user",
        resourceId: user.id,
        details: { username, reason: "disabled" },
      });
      return { error: "ACCOUNT_DISABLED" as const };
    }
    // The hash checked may be older than the locked row only if the password changed meanwhile.
    if (!passwordOk || user.password_hash !== known!.password_hash) {
      const next = registerFailedLogin(state, gw.now);
      await auth.setLoginState(user.id, {
        failed_attempts: next.failedAttempts,
        locked_until: next.lockedUntil,
      });
      const locked = isLocked(next, gw.now);
      await gw.audit({
        action: locked ? "auth.account.locked" : "auth.login.failed",
        resourceType: "user",
        resourceId: user.id,
        details: { username, failedAttempts: next.failedAttempts },
      });
      return locked
        ? { error: "ACCOUNT_LOCKED" as const, lockedUntil: next.lockedUntil }
        : { error: "LOGIN_FAILED" as const };
    }
    const token = newSessionToken();
    await auth.setLoginState(user.id, { failed_attempts: 0, locked_until: null, last_login_at: gw.now });
    await auth.createSession(tokenHash(token), user.id);
    const actor = await auth.loadActor(user);
    await gw
      .withActor(actor)
      .audit({ action: "auth.login", resourceType: "user", resourceId: user.id, details: {} });
    return { token, actor, mustChangePassword: user.must_change_password };
  });
  if ("error" in outcome) {
    const details =
      "lockedUntil" in outcome && outcome.lockedUntil
        ? { lockedUntil: outcome.lockedUntil.toISOString() }
        : {};
    throw new DomainError(outcome.error!, details);
  }
  return outcome;
}
