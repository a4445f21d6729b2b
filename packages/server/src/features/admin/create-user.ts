import { randomUUID } from "node:crypto";
import { DomainError, assertCan, checkPasswordPolicy } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { OrganizationRepository, UserRepository, type UserRow } from "../../db/gateway/index.ts";
import { hashPassword } from "../../security/passwords.ts";
import { checkRoleAssignment } from "./role-assignment.ts";
import type { FromSchema } from "json-schema-to-ts";
import type { createUserBody } from "./user-schemas.ts";

export type UserInput = FromSchema<typeof createUserBody>;

/** Opens an account in an organisation of the caller's scope; the user must change the password at first sign-in. */
export async function createUser({
  ctx,
  actor,
  meta,
  input,
}: UseCaseArgs & { input: UserInput }): Promise<UserRow> {
  assertCan(actor, "user:manage");
  if (!/^[A-Za-z0-9_.-]{3,32}$/.test(input.username))
    throw new DomainError(
      "VALIDATION_FAILED",
      { field: "username" },
      "用户名为 3-32 位字母、数字、下划线、点或短横线",
    );
  checkPasswordPolicy(input.password, { username: input.username });
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, actor, meta, async (gw) => {
    const org = await new OrganizationRepository(gw).find(input.orgId);
    const role = checkRoleAssignment(actor, input.role, org);
    const users = new UserRepository(gw);
    if (await users.usernameTaken(input.username))
      throw new DomainError("USERNAME_TAKEN", { field: "username" });
    return users.insert({
      id: randomUUID(),
      username: input.username,
      display_name: input.displayName.trim(),
      role,
      org_id: org.id,
      subject_id: null,
      password_hash: passwordHash,
      must_change_password: true,
      locked_until: null,
      last_login_at: null,
    });
  });
}
