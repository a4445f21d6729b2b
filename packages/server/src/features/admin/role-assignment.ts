import {
  DomainError,
  mayManageUsersIn,
  roleOrgKinds,
  roles,
  type Actor,
  type OrgKind,
  type Role,
} from "@zhijiao/domain";
import { orgRefOf, type OrgRow } from "../../db/gateway/index.ts";

/** Checks that the caller may give this role in this organisation. */
export function checkRoleAssignment(actor: Actor, role: string, org: OrgRow): Role {
  if (!(roles as readonly string[]).includes(role))
    throw new DomainError("VALIDATION_FAILED", { field: "role" });
  const r = role as Role;
  if (r === "subject")
    throw new DomainError("VALIDATION_FAILED", { field: "role" }, "矫正对象账号随档案开通，不能在此创建");
  if (r === "admin" && actor.role !== "admin") throw new DomainError("FORBIDDEN", { field: "role" });
  if (!mayManageUsersIn(actor, orgRefOf(org)))
    throw new DomainError("NOT_FOUND", { resource: "organization", field: "orgId" });
  if (!roleOrgKinds[r].includes(org.kind as OrgKind))
    throw new DomainError("ROLE_ORG_MISMATCH", { field: "orgId", role: r, allowedKinds: roleOrgKinds[r] });
  return r;
}
