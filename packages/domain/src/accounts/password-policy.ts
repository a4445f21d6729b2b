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

export type PasswordProblem =
  "too_short" | "too_long" | "too_few_kinds" | "contains_username" | "contains_product_name" | "common";

/** The product's names: the first guess of anyone attacking a zhijiao installation. */
const productNames = ["zhijiao", "智矫", "zhi jiao", "zj2026"];

/**
 * Words and runs that every password list starts with; a password made only of these (plus at
 * most three other characters) is refused as guessable, however many kinds it mixes.
 */
const guessableParts = [
  "password",
  "passw0rd",
  "p@ssw0rd",
  "p@ssword",
  "admin",
  "administrator",
  "welcome",
  "qwerty",
  "qwertyuiop",
  "asdfgh",
  "asdf",
  "zxcvbn",
  "zxcv",
  "qweasd",
  "1qaz",
  "2wsx",
  "3edc",
  "qazwsx",
  "1qaz2wsx",
  "qaz",
  "wsx",
  "edc",
  "iloveyou",
  "letmein",
  "monkey",
  "dragon",
  "master",
  "sunshine",
  "princess",
  "football",
  "baseball",
  "superman",
  "root",
  "test",
  "user",
  "guest",
  "china",
  "beijing",
  "woaini",
  "aini",
  "love",
  "abc",
  "qwe",
  "asd",
  "zxc",
  "aaa",
];

/**
 * The characters of a password that an attacker would not try first: what remains after
 * removing common words, keyboard and alphabet runs, repeated characters, digit sequences
 * and years. "Aa#12345" leaves "Aa#"; "Admin@123" leaves "@".
 */
export function unguessableRemainder(password: string): string {
  let rest = password.toLowerCase();
  for (const w of [...guessableParts].sort((a, b) => b.length - a.length)) rest = rest.split(w).join(" ");
  rest = rest.replace(/(19[5-9]\d|20[0-3]\d)/g, " ");
  // Runs of 3+ characters each one step from the last (123, 987, abc, cba) or repeated (111, aaa).
  const chars = Array.from(rest);
  const keep = chars.map(() => true);
  let start = 0;
  for (let i = 1; i <= chars.length; i++) {
    const step = i < chars.length ? chars[i]!.codePointAt(0)! - chars[i - 1]!.codePointAt(0)! : NaN;
    const prevStep =
      i - start >= 2 ? chars[start + 1]!.codePointAt(0)! - chars[start]!.codePointAt(0)! : step;
    const alnum = i < chars.length && /[a-z\d]/.test(chars[i]!) && /[a-z\d]/.test(chars[i - 1]!);
    if (!(alnum && Math.abs(step) <= 1 && step === prevStep)) {
      if (i - start >= 3) for (let k = start; k < i; k++) keep[k] = false;
      start = i;
    }
  }
  return chars.filter((c, i) => keep[i] && c !== " ").join("");
}

/** Fewer unguessable characters than this, and the password is refused as common. */
const MIN_UNGUESSABLE = 4;

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
  const lower = password.toLowerCase();
  if (productNames.some((n) => lower.includes(n))) return "contains_product_name";
  if (Array.from(unguessableRemainder(password)).length < MIN_UNGUESSABLE) return "common";
  return null;
}

const problemMessages: Record<PasswordProblem, string> = {
  too_short: `密码至少 ${PASSWORD_MIN_LENGTH} 位`,
  too_long: `密码不能超过 ${PASSWORD_MAX_LENGTH} 位`,
  too_few_kinds: "密码须包含大写字母、小写字母、数字、特殊字符中的至少三类",
  contains_username: "密码不能包含用户名",
  contains_product_name: "密码不能包含系统名称（智矫 / zhijiao）",
  common: "密码过于常见（如 Aa#12345、Admin@123 一类易被猜中的组合），请换一个",
};

/**
 * Refuses a password that is not 8 to 128 characters long, uses fewer than 3 of the 4 kinds of
 * character, contains the username or the product's name (case-insensitive), or is made of
 * what password lists try first (common words, keyboard runs, sequences, years). Throws `PASSWORD_POLICY` with
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
