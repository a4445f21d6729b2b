import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { UserRepository } from "../../db/gateway/index.ts";

/** Lifts a lockout before its 15 minutes have passed. */
export async function unlockUser({
  ctx,
  actor,
  meta,
  userId,
}: UseCaseArgs & { userId: string }): Promise<void> {
  assertCan(actor, "user:manage");
  await inTransaction(ctx, actor, meta, async (gw) => {
    const users = new UserRepository(gw);
    const row = await users.find(userId);
    await users.update(row, { failed_attempts: 0, locked_until: null }, "user.unlock", {});
  });
}
