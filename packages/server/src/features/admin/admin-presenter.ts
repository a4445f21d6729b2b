import {
  abilitiesOf,
  auditActionLabel,
  orgKindLabels,
  roleLabels,
  type Actor,
  type OrgKind,
  type Role,
} from "@zhijiao/domain";
import type { AuditRow, OrgRow, UserRow } from "../../db/gateway/index.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { auditEntrySchema } from "../audit/schemas.ts";
import type { meSchema } from "../auth/schemas.ts";
import type { orgSchema } from "./organization-schemas.ts";
import type { userSchema } from "./user-schemas.ts";

export function presentOrg(row: OrgRow): Presented<typeof orgSchema> {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as OrgKind,
    kindLabel: orgKindLabels[row.kind as OrgKind],
    divisionCode: row.division_code,
    parentId: row.parent_id,
    provinceId: row.province_id,
    cityId: row.city_id,
    countyId: row.county_id,
  };
}

export function presentUser(row: UserRow): Presented<typeof userSchema> {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    roleLabel: roleLabels[row.role as Role],
    orgId: row.org_id,
    orgName: row.org_name,
    active: row.active,
    lockedUntil: row.locked_until,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
  };
}

/** The signed-in user as the client needs it: who, where, and what the role may do. */
export function presentMe(actor: Actor, mustChangePassword = false): Presented<typeof meSchema> {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    roleLabel: roleLabels[actor.role],
    org: {
      id: actor.org.id,
      name: actor.org.name,
      kind: actor.org.kind,
      divisionCode: actor.org.divisionCode,
    },
    subjectId: actor.subjectId,
    abilities: abilitiesOf(actor),
    mustChangePassword,
  };
}

export function presentAudit(row: AuditRow): Presented<typeof auditEntrySchema> {
  return {
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    actorUsername: row.actor_username,
    actorRole: row.actor_role as Role | null,
    actorRoleLabel: row.actor_role ? (roleLabels[row.actor_role as Role] ?? row.actor_role) : null,
    action: row.action,
    actionLabel: auditActionLabel(row.action),
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    subjectId: row.subject_id,
    ip: row.ip,
    details: row.details,
  };
}
