import { roles } from "@zhijiao/domain";
import {
  anyObject,
  dateTime,
  int,
  nullable,
  object,
  oneOf,
  pageOf,
  pageQueryProps,
  str,
} from "../../http/schema-parts.ts";

export const browseAuditQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    ...pageQueryProps,
    action: { type: "string", maxLength: 64 },
    actorId: { type: "string", format: "uuid" },
    subjectId: { type: "string", format: "uuid" },
    from: { type: "string", format: "date-time" },
    to: { type: "string", format: "date-time" },
  },
} as const;

/** One entry of the audit trail. */
export const auditEntrySchema = object({
  seq: int,
  at: dateTime,
  actorId: nullable(str),
  actorUsername: nullable(str),
  actorRole: nullable(oneOf(roles)),
  actorRoleLabel: nullable(str),
  action: str,
  actionLabel: str,
  resourceType: str,
  resourceId: nullable(str),
  subjectId: nullable(str),
  ip: nullable(str),
  details: anyObject,
});

export const auditPageSchema = pageOf(auditEntrySchema);
