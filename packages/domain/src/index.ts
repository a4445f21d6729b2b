/** @zhijiao/domain: the rules of DOMAIN.md as pure functions and data, shared by server and web. */
export * from "./errors/codes.ts";
export * from "./access/roles.ts";
export * from "./access/policy.ts";
export * from "./access/scope.ts";
export * from "./accounts/password-policy.ts";
export * from "./identity/id-number.ts";
export * from "./identity/phone.ts";
export * from "./organizations/kinds.ts";
export * from "./organizations/division-codes.ts";
export * from "./periods/dates.ts";
export * from "./periods/term-rules.ts";
export * from "./subjects/codes.ts";
export * from "./subjects/ethnicities.ts";
export * from "./subjects/validate-subject.ts";
export * from "./access/assert.ts";
export * from "./access/write-scope.ts";
export * from "./audit/actions.ts";
