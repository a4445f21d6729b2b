export const randomCheckBody = {
  type: "object",
  additionalProperties: false,
  required: ["dueMinutes"],
  properties: {
    dueMinutes: { type: "integer", minimum: 5, maximum: 240 },
    note: { type: "string", maxLength: 200 },
  },
} as const;
