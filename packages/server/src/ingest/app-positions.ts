import type { AppContext } from "../context.ts";
import { inTransaction } from "../context.ts";
import { IngestRepository } from "../db/gateway/index.ts";
import { systemMeta } from "../jobs/batches.ts";
import { locationOf } from "./location-runtime.ts";
import type { DeviceFix } from "./types.ts";

/**
 * A position the subject's own app reported (a check-in): stored as a fix of the phone bound to
 * the file, through the same pipeline as every other device, so zones and alerts see it. Answers
 * false when no phone is bound (the position then stays on the check-in record only).
 */
export async function submitAppFix(ctx: AppContext, subjectId: string, fix: DeviceFix): Promise<boolean> {
  const phone = await inTransaction(ctx, null, systemMeta(ctx.now()), (gw) =>
    new IngestRepository(gw).phoneOf(subjectId),
  );
  if (!phone) return false;
  const result = await locationOf(ctx).pipeline.submit({ deviceId: phone }, "app", [fix]);
  return result.accepted + result.duplicates > 0;
}
