import { deviceKinds } from "@zhijiao/domain";
import {
  bool,
  dateTime,
  int,
  nullable,
  object,
  oneOf,
  pageOf,
  pageQueryProps,
  str,
  uuidPattern,
} from "../../http/schema-parts.ts";

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

const deviceProperties = {
  id: str,
  kind: oneOf(deviceKinds),
  kindLabel: str,
  identifier: str,
  model: nullable(str),
  countyId: str,
  offlineAfterSeconds: int,
  lowBatteryPercent: int,
  active: bool,
  createdAt: dateTime,
} as const;

/** A device (never its token hash or authentication code). */
export const deviceSchema = object(deviceProperties);

/** A registered device with its HTTP ingest token, shown once. */
export const registeredDeviceSchema = object({ ...deviceProperties, token: str });

/** A device in the list: bound or not, and to whom when the caller may see the file. */
export const deviceListItemSchema = object({
  ...deviceProperties,
  bound: bool,
  binding: nullable(
    object({ id: str, subjectId: str, subjectName: nullable(str), boundAt: nullable(dateTime) }),
  ),
});

export const devicePageSchema = pageOf(deviceListItemSchema);

/** A binding of a device to a file, open or ended. */
export const deviceBindingSchema = object({
  id: str,
  deviceId: str,
  deviceKind: oneOf(deviceKinds),
  deviceKindLabel: str,
  identifier: str,
  model: nullable(str),
  subjectId: str,
  authorizationId: nullable(str),
  boundAt: dateTime,
  boundBy: nullable(str),
  boundByName: nullable(str),
  endedAt: nullable(dateTime),
  endedBy: nullable(str),
  endedByName: nullable(str),
  endReason: nullable(str),
  endReasonLabel: nullable(str),
});

export const deviceBindingListSchema = object({ items: { type: "array", items: deviceBindingSchema } });
