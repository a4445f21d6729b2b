import { DomainError, isSessionExpired, type Actor } from "@zhijiao/domain";
import { inTransaction, type AppContext } from "../../context.ts";
import { AuthRepository, type RequestMeta } from "../../db/gateway/index.ts";
import { tokenHash } from "../../security/tokens.ts";

/** Refresh last_seen_at at most this often: one write per half minute, not per request. */
const TOUCH_AFTER_MS = 30_000;

/** Resolves a session token to the caller; an idle session (30 minutes, R-PR-3) is ended. */
export async function authenticate(args: {
  ctx: AppContext;
  meta: Omit<RequestMeta, "now">;
  token: string;
}): Promise<{ actor: Actor; mustChangePassword: boolean }> {
  const { ctx, meta, token } = args;
  const hash = tokenHash(token);
  const outcome = await inTransaction(ctx, null, meta, async (gw) => {
    const auth = new AuthRepository(gw);
    const session = await auth.findSession(hash);
    if (!session || session.ended_at) return { error: "UNAUTHENTICATED" as const };
    if (isSessionExpired(session.last_seen_at, gw.now)) {
      await auth.endSession(hash);
      return { error: "SESSION_EXPIRED" as const };
    }
    const user = await auth.findUserById(session.user_id);
    if (!user || !user.active) return { error: "UNAUTHENTICATED" as const };
    if (gw.now.getTime() - session.last_seen_at.getTime() > TOUCH_AFTER_MS) await auth.touchSession(hash);
    return { actor: await auth.loadActor(user), mustChangePassword: user.must_change_password };
  });
  if ("error" in outcome) throw new DomainError(outcome.error!);
  return outcome;
}
