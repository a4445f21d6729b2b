import type { RequestMeta } from "../db/gateway/index.ts";

/** How a sweep reads what is due: at most `batchSize` items at a time, at most `maxBatches` times a run. */
export interface BatchLimits {
  batchSize: number;
  maxBatches: number;
}

export const defaultBatchLimits: BatchLimits = { batchSize: 200, maxBatches: 50 };

export interface BatchOutcome {
  /** Items handled (each in its own transaction). */
  handled: number;
  /** Items that failed; they stay due and the next run tries them again. */
  failed: number;
  errors: string[];
}

/** The sweeps act as the system: no caller, no address. */
export function systemMeta(now: Date): RequestMeta {
  return { ip: null, userAgent: "zhijiao-sweep", now };
}

/**
 * Reads what is due in bounded batches and handles each item on its own, so that one bad item
 * neither blocks nor undoes the others (STYLE.md 7). `fetch` must leave out what is already
 * handled, and the items in `skip` (failed in this run).
 */
export async function sweepInBatches<T extends { id: string }>(
  fetch: (limit: number, skip: readonly string[]) => Promise<T[]>,
  handle: (item: T) => Promise<void>,
  limits: BatchLimits = defaultBatchLimits,
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { handled: 0, failed: 0, errors: [] };
  const failed = new Set<string>();
  for (let round = 0; round < limits.maxBatches; round++) {
    const items = (await fetch(limits.batchSize, [...failed])).filter((i) => !failed.has(i.id));
    if (items.length === 0) break;
    for (const item of items) {
      try {
        await handle(item);
        outcome.handled += 1;
      } catch (e) {
        failed.add(item.id);
        outcome.failed += 1;
        if (outcome.errors.length < 10)
          outcome.errors.push(`${item.id}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (items.length < limits.batchSize) break;
  }
  return outcome;
}
