import { DomainError } from "./codes.ts";

/** The DomainError a call throws (tests only; not exported from the package index). */
export function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a DomainError");
}
