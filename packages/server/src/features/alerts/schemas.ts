import { alertDispositions, alertStatuses, alertTypes, deviceKinds } from "@zhijiao/domain";
import {
  anyObject,
  bool,
  dateTime,
  int,
  nullable,
  num,
  object,
  oneOf,
  pageOf,
  pageQueryProps,
  str,
  uuidPattern,
} from "../../http/schema-parts.ts";

export const listAlertsQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    ...pageQueryProps,
    subjectId: { type: "string", pattern: uuidPattern },
    status: { type: "string", enum: alertStatuses },
    type: { type: "string", enum: alertTypes },
    openedFrom: { type: "string", format: "date-time" },
    openedTo: { type: "string", format: "date-time" },
  },
} as const;

export const resolveAlertBody = {
  type: "object",
  additionalProperties: false,
  required: ["disposition", "comment"],
  properties: {
    disposition: { type: "string", enum: alertDispositions },
    comment: { type: "string", minLength: 1, maxLength: 1000 },
    sanctionKind: {
      type: "string",
      enum: [
        "reprimand",
        "warning",
        "police_penalty",
        "revoke_probation",
        "revoke_parole",
        "committal",
        "arrest",
      ],
    },
  },
} as const;

export const positionsQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    from: { type: "string", format: "date-time" },
    to: { type: "string", format: "date-time" },
  },
} as const;

/** What an alert was found to be; `condition_cleared` when it ended by itself (the database allows it). */
const recordedDispositions = [...alertDispositions, "condition_cleared"] as const;

/** A location alert with its escalation and disposition. */
export const alertSchema = object({
  id: str,
  subjectId: str,
  subjectName: str,
  officeId: str,
  officeName: str,
  deviceId: nullable(str),
  zoneId: nullable(str),
  zoneName: nullable(str),
  type: oneOf(alertTypes),
  typeLabel: str,
  status: oneOf(alertStatuses),
  statusLabel: str,
  openedAt: dateTime,
  lat: nullable(num),
  lon: nullable(num),
  details: anyObject,
  clearedAt: nullable(dateTime),
  escalationLevel: int,
  acknowledgedAt: nullable(dateTime),
  acknowledgedBy: nullable(str),
  resolvedAt: nullable(dateTime),
  resolvedBy: nullable(str),
  disposition: nullable(oneOf(recordedDispositions)),
  dispositionLabel: nullable(str),
  resolutionComment: nullable(str),
  sanctionId: nullable(str),
  version: int,
});

export const alertPageSchema = pageOf(alertSchema);

const trackPointProperties = {
  time: dateTime,
  lat: num,
  lon: num,
  accuracy: nullable(num),
  speed: nullable(num),
  battery: nullable(num),
} as const;

/** One fix of a trajectory (WGS-84). */
export const trackPointSchema = object(trackPointProperties);

/** A trajectory over a range: at most 2,000 points, downsampled when the range holds more. */
export const trajectorySchema = object({
  items: { type: "array", items: trackPointSchema },
  total: int,
  downsampled: bool,
});

/** The last fix of the devices bound to a file. */
export const latestPositionSchema = object({
  ...trackPointProperties,
  deviceId: str,
  deviceKind: oneOf(deviceKinds),
});
