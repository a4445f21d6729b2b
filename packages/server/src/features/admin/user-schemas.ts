import { roles } from "@zhijiao/domain";
import {
  bool,
  dateTime,
  nullable,
  object,
  oneOf,
  pageOf,
  pageQueryProps,
  str,
} from "../../http/schema-parts.ts";

export const listUsersQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    ...pageQueryProps,
    q: { type: "string", maxLength: 50 },
    orgId: { type: "string", maxLength: 64 },
    role: { type: "string", enum: roles },
  },
} as const;

export const createUserBody = {
  type: "object",
  additionalProperties: false,
  required: ["username", "displayName", "role", "orgId", "password"],
  properties: {
    username: { type: "string", minLength: 3, maxLength: 32 },
    displayName: { type: "string", minLength: 1, maxLength: 50 },
    role: { type: "string", enum: roles },
    orgId: { type: "string", maxLength: 64 },
    password: { type: "string", minLength: 1, maxLength: 128 },
  },
} as const;

export const patchUserBody = {
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  properties: {
    displayName: { type: "string", minLength: 1, maxLength: 50 },
    role: { type: "string", enum: roles },
    orgId: { type: "string", maxLength: 64 },
    active: { type: "boolean" },
  },
} as const;

export const resetPasswordBody = {
  type: "object",
  additionalProperties: false,
  required: ["password"],
  properties: { password: { type: "string", minLength: 1, maxLength: 128 } },
} as const;

/** An account as the administrator manages it. */
export const userSchema = object({
  id: str,
  username: str,
  displayName: str,
  role: oneOf(roles),
  roleLabel: str,
  orgId: str,
  orgName: str,
  active: bool,
  lockedUntil: nullable(dateTime),
  lastLoginAt: nullable(dateTime),
  createdAt: dateTime,
});

export const userPageSchema = pageOf(userSchema);
