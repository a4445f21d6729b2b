import { deviceKinds } from "@zhijiao/domain";
import { pageQueryProps, uuidPattern } from "../../http/schema-parts.ts";

export const deviceBody = {
  type: "object",
  additionalProperties: false,
  required: ["kind", "identifier"],
  properties: {
    kind: { type: "string", enum: deviceKinds },
    identifier: { type: "string", minLength: 1, maxLength: 64 },
    model: { type: "string", maxLength: 100 },
    offlineAfterSeconds: { type: "integer", minimum: 60, maximum: 86400 },
    lowBatteryPercent: { type: "integer", minimum: 1, maximum: 99 },
  },
} as const;

export const deviceListQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    ...pageQueryProps,
    kind: { type: "string", enum: deviceKinds },
    bound: { type: "boolean" },
  },
} as const;

export const bindingBody = {
  type: "object",
  additionalProperties: false,
  required: ["deviceId"],
  properties: { deviceId: { type: "string", pattern: uuidPattern } },
} as const;

export const endBindingBody = {
  type: "object",
  additionalProperties: false,
  required: ["reason"],
  properties: { reason: { type: "string", minLength: 1, maxLength: 500, pattern: "\\S" } },
} as const;
