import { inTransaction, type AppContext } from "../context.ts";
import { AuthRepository, StaleSessionRepository } from "../db/gateway/index.ts";
import { defaultBatchLimits, systemMeta, type BatchLimits } from "./batches.ts";

/** Sessions ended, or idle, longer ago than this are removed. */
export const SESSION_RETENTION_DAYS = 30;

/**
 * Session sweep: removes sessions ended or idle for more than 30 days, a bounded batch per
 * transaction, each batch audited (the idle timeout itself is enforced at sign-in, R-PR-3).
 */
export async function sweepSessions(
  ctx: AppContext,
  now: Date = ctx.now(),
  limits: BatchLimits = defaultBatchLimits,
): Promise<{ deleted: number }> {
  const cutoff = new Date(now.getTime() - SESSION_RETENTION_DAYS * 86_400_000);
  let deleted = 0;
  for (let round = 0; round < limits.maxBatches; round++) {
    const n = await inTransaction(ctx, null, systemMeta(now), async (gw) => {
      const count = await new StaleSessionRepository(gw).purge(cutoff, limits.batchSize);
      if (count > 0)
        await gw.audit({
          action: "session.purge",
          resourceType: "session",
          details: { deleted: count, endedOrIdleBefore: cutoff.toISOString() },
        });
      return count;
    });
    deleted += n;
    if (n < limits.batchSize) break;
  }
  // Failure counts of unknown usernames matter for the lockout's 15 minutes; a day is plenty.
  await inTransaction(ctx, null, systemMeta(now), (gw) =>
    new AuthRepository(gw).purgeUnknownUsernames(new Date(now.getTime() - 86_400_000)),
  );
  return { deleted };
}
