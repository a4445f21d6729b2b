import { pageQueryProps } from "../../http/schema-parts.ts";

export const listNoticesQuery = {
  type: "object",
  additionalProperties: false,
  properties: { ...pageQueryProps, unread: { type: "boolean" } },
} as const;
