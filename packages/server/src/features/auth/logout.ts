import type { UseCaseArgs } from "../../context.ts";
import { inTransaction } from "../../context.ts";
import { AuthRepository } from "../../db/gateway/index.ts";
import { tokenHash } from "../../security/tokens.ts";

/** Ends the session of this token. */
export async function logout({ ctx, actor, meta, token }: UseCaseArgs & { token: string }): Promise<void> {
  await inTransaction(ctx, actor, meta, async (gw) => {
    await new AuthRepository(gw).endSession(tokenHash(token));
    await gw.audit({ action: "auth.logout", resourceType: "user", resourceId: actor.userId });
  });
}
