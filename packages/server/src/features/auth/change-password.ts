import { DomainError, checkPasswordPolicy } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { AuthRepository } from "../../db/gateway/index.ts";
import { hashPassword, verifyPassword } from "../../security/passwords.ts";
import { tokenHash } from "../../security/tokens.ts";

/** Changes the caller's own password; other sessions of the account end. */
export async function changePassword(
  args: UseCaseArgs & { token: string; currentPassword: string; newPassword: string },
): Promise<void> {
  const { ctx, actor, meta, token, currentPassword, newPassword } = args;
  checkPasswordPolicy(newPassword, { username: actor.username });
  if (newPassword === currentPassword) throw new DomainError("PASSWORD_REUSED");
  const user = await inTransaction(ctx, actor, meta, (gw) =>
    new AuthRepository(gw).findUserById(actor.userId),
  );
  if (!user || !(await verifyPassword(user.password_hash, currentPassword)))
    throw new DomainError("PASSWORD_WRONG");
  const hash = await hashPassword(newPassword);
  await inTransaction(ctx, actor, meta, async (gw) => {
    const auth = new AuthRepository(gw);
    await auth.setPassword(actor.userId, hash);
    await auth.endOtherSessions(actor.userId, tokenHash(token));
    await gw.audit({ action: "auth.password.change", resourceType: "user", resourceId: actor.userId });
  });
}
