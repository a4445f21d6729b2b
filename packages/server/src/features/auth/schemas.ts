export const loginBody = {
  type: "object",
  additionalProperties: false,
  required: ["username", "password"],
  properties: {
    username: { type: "string", minLength: 1, maxLength: 64 },
    password: { type: "string", minLength: 1, maxLength: 128 },
  },
} as const;
export interface LoginBody {
  username: string;
  password: string;
}

export const changePasswordBody = {
  type: "object",
  additionalProperties: false,
  required: ["currentPassword", "newPassword"],
  properties: {
    currentPassword: { type: "string", minLength: 1, maxLength: 128 },
    newPassword: { type: "string", minLength: 1, maxLength: 128 },
  },
} as const;
export interface ChangePasswordBody {
  currentPassword: string;
  newPassword: string;
}
