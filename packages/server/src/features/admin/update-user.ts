import { DomainError, assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { OrganizationRepository, UserRepository, type UserRow } from "../../db/gateway/index.ts";
import { checkRoleAssignment } from "./role-assignment.ts";
import type { FromSchema } from "json-schema-to-ts";
import type { patchUserBody } from "./user-schemas.ts";

export type UserPatch = FromSchema<typeof patchUserBody>;

/** Changes an account's name, role, organisation or whether it may sign in. */
export async function updateUser({
  ctx,
  actor,
  meta,
  userId,
  patch,
}: UseCaseArgs & { userId: string; patch: UserPatch }): Promise<UserRow> {
  assertCan(actor, "user:manage");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const users = new UserRepository(gw);
    const row = await users.find(userId);
    if (row.id === actor.userId && (patch.active === false || (patch.role && patch.role !== row.role)))
      throw new DomainError("FORBIDDEN", { reason: "self" }, "不能停用自己的账号或修改自己的角色");
    const orgs = new OrganizationRepository(gw);
    if (patch.role !== undefined || patch.orgId !== undefined) {
      const org = await orgs.find(patch.orgId ?? row.org_id);
      checkRoleAssignment(actor, patch.role ?? row.role, org);
    }
    const set: Record<string, unknown> = {};
    const changes: Record<string, unknown> = {};
    if (patch.displayName !== undefined) {
      set.display_name = patch.displayName.trim();
      changes.displayName = { from: row.display_name, to: set.display_name };
    }
    if (patch.role !== undefined) {
      set.role = patch.role;
      changes.role = { from: row.role, to: patch.role };
    }
    if (patch.orgId !== undefined) {
      set.org_id = patch.orgId;
      changes.orgId = { from: row.org_id, to: patch.orgId };
    }
    if (patch.active !== undefined) {
      set.active = patch.active;
      changes.active = { from: row.active, to: patch.active };
    }
    if (Object.keys(set).length === 0) return row;
    return users.update(row, set, "user.update", { changes });
  });
}
