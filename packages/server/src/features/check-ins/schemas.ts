import { pageQueryProps } from "../../http/schema-parts.ts";

export const listCheckInsQuery = {
  type: "object",
  additionalProperties: false,
  properties: { ...pageQueryProps, status: { type: "string", enum: ["unconfirmed", "confirmed"] } },
} as const;
