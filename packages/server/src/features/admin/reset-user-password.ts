import { assertCan, checkPasswordPolicy } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { UserRepository } from "../../db/gateway/index.ts";
import { hashPassword } from "../../security/passwords.ts";

/** Sets a new initial password; the user must change it at the next sign-in and open sessions end. */
export async function resetUserPassword({
  ctx,
  actor,
  meta,
  userId,
  password,
}: UseCaseArgs & { userId: string; password: string }): Promise<void> {
  assertCan(actor, "user:manage");
  const hash = await hashPassword(password);
  await inTransaction(ctx, actor, meta, async (gw) => {
    const users = new UserRepository(gw);
    const row = await users.find(userId);
    checkPasswordPolicy(password, { username: row.username });
    await users.update(
      row,
      {
        password_hash: hash,
        must_change_password: true,
        password_changed_at: gw.now,
        failed_attempts: 0,
        locked_until: null,
      },
      "user.password.reset",
      {},
    );
  });
}
