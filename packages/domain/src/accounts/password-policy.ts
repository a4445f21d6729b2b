/**
 * Identification and authentication under GB/T 22239-2019 (等级保护 2.0, R-PR-3): password
 * complexity, lockout after repeated failures and idle session timeout.
 */
import { DomainError } from "../errors/codes.ts";

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
/** Of upper case, lower case, digits and other characters, a password uses at least this many kinds. */
export const PASSWORD_MIN_KINDS = 3;
/** Failed sign-ins in a row that lock an account. */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 15;
/** A session ends after this many minutes without a request. */
export const SESSION_IDLE_MINUTES = 30;

/** Usernames shorter than this are not searched for inside passwords (too many false refusals). */
const minUsernameLengthToCheck = 3;

export type PasswordProblem = "too_short" | "too_long" | "too_few_kinds" | "contains_username";

export interface PasswordPolicyOptions {
  username?: string;
  /** The JSON field named in the error (`password`, `newPassword`). */
  field?: string;
}

/** How many of the four kinds of character (upper, lower, digit, other) a password uses. */
export function passwordCharacterKinds(password: string): number {
  let kinds = 0;
  if (/[A-Z]/.test(password)) kinds++;
  if (/[a-z]/.test(password)) kinds++;
  if (/\d/.test(password)) kinds++;
  if (/[^A-Za-z\d]/.test(password)) kinds++;
  return kinds;
}

/** The first rule a password breaks, or null when it is acceptable. */
export function passwordProblem(
  password: string,
  options: PasswordPolicyOptions = {},
): PasswordProblem | null {
  const length = Array.from(password).length;
  if (length < PASSWORD_MIN_LENGTH) return "too_short";
  if (length > PASSWORD_MAX_LENGTH) return "too_long";
  if (passwordCharacterKinds(password) < PASSWORD_MIN_KINDS) return "too_few_kinds";
  const username = options.username?.trim().toLowerCase();
  if (username && username.length >= minUsernameLengthToCheck && password.toLowerCase().includes(username)) {
    return "contains_username";
  }
  return null;
}

const problemMessages: Record<PasswordProblem, string> = {
  too_short: `密码至少 ${PASSWORD_MIN_LENGTH} 位`,
  too_long: `密码不能超过 ${PASSWORD_MAX_LENGTH} 位`,
  too_few_kinds: "密码须包含大写字母、小写字母、数字、特殊字符中的至少三类",
  contains_username: "密码不能包含用户名",
};

/**
 * Refuses a password that is not 8 to 128 characters long, uses fewer than 3 of the 4 kinds of
 * character, or contains the username (case-insensitive). Throws `PASSWORD_POLICY` with
 * `details = { field, reason }`.
 */
export function checkPasswordPolicy(password: string, options: PasswordPolicyOptions = {}): void {
  const problem = typeof password === "string" ? passwordProblem(password, options) : "too_short";
  if (problem) {
    throw new DomainError(
      "PASSWORD_POLICY",
      { field: options.field ?? "password", reason: problem },
      problemMessages[problem],
    );
  }
}

/** What is stored per account to enforce the lockout. */
export interface LoginAttemptState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

const minute = 60_000;

export function isLocked(state: LoginAttemptState, now: Date): boolean {
  return state.lockedUntil !== null && now.getTime() < state.lockedUntil.getTime();
}

/**
 * The state after a failed sign-in at `now`: the 5th failure in a row locks the account for 15
 * minutes. A failure after a lock has run out starts counting again from 1; a failure while
 * locked changes nothing (the lock is not extended, so an attacker cannot keep a user out forever).
 */
export function registerFailedLogin(state: LoginAttemptState, now: Date): LoginAttemptState {
  if (isLocked(state, now)) return { failedAttempts: state.failedAttempts, lockedUntil: state.lockedUntil };
  const failedAttempts = (state.lockedUntil === null ? state.failedAttempts : 0) + 1;
  if (failedAttempts >= LOCKOUT_THRESHOLD) {
    return { failedAttempts, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * minute) };
  }
  return { failedAttempts, lockedUntil: null };
}

/** The state after a successful sign-in: the counter starts over. */
export function registerSuccessfulLogin(): LoginAttemptState {
  return { failedAttempts: 0, lockedUntil: null };
}

/** Whether a session last used at `lastSeenAt` has expired by `now` (30 idle minutes). */
export function isSessionExpired(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= SESSION_IDLE_MINUTES * minute;
}
