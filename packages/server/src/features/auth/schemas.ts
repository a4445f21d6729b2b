import { actions, orgKinds, roles } from "@zhijiao/domain";
import { bool, nullable, object, oneOf, str } from "../../http/schema-parts.ts";

export const loginBody = {
  type: "object",
  additionalProperties: false,
  required: ["username", "password"],
  properties: {
    username: { type: "string", minLength: 1, maxLength: 64 },
    password: { type: "string", minLength: 1, maxLength: 128 },
  },
} as const;

export const changePasswordBody = {
  type: "object",
  additionalProperties: false,
  required: ["currentPassword", "newPassword"],
  properties: {
    currentPassword: { type: "string", minLength: 1, maxLength: 128 },
    newPassword: { type: "string", minLength: 1, maxLength: 128 },
  },
} as const;

/** The signed-in user: who, where, and what the role may do. */
export const meSchema = object({
  id: str,
  username: str,
  displayName: str,
  role: oneOf(roles),
  roleLabel: str,
  org: object({ id: str, name: str, kind: oneOf(orgKinds), divisionCode: str }),
  subjectId: nullable(str),
  abilities: { type: "array", items: oneOf(actions) },
  mustChangePassword: bool,
});

export const loginAnswerSchema = object({ token: str, user: meSchema });
export const meAnswerSchema = object({ user: meSchema });
