import type { AppContext } from "../context.ts";
import type { Database } from "../db/connect.ts";
import { withAdvisoryLock } from "../db/database.ts";
import { sweepOverdueDeadlines } from "./deadline-sweep.ts";
import { sweepPositioningExpiry } from "./positioning-expiry-sweep.ts";
import { sweepReleases } from "./release-sweep.ts";
import { sweepSessions } from "./session-sweep.ts";

/** The advisory lock key of the sweeps: one leader among the server processes (DESIGN.md "Scheduled work"). */
export const SWEEP_LOCK_KEY = 7_261_530_301;

export interface SweepReport {
  /** False when another process (or another run in this one) holds the sweeps. */
  ran: boolean;
  at: string;
  releases?: { releaseDue: number; deadlinesOpened: number; failed: number };
  deadlines?: { notices: number; failed: number };
  sessions?: { deleted: number };
  positioning?: { ended: number; bindingsEnded: number; bindingsMoved: number; failed: number };
  errors: string[];
}

const running = new WeakSet<Database>();

/**
 * Runs `work` while holding the sweep lock, or answers null when another session holds it (one
 * leader among the server processes).
 */
export function withSweepLock<T>(
  database: Database,
  work: () => Promise<T>,
  key: number = SWEEP_LOCK_KEY,
): Promise<T | null> {
  return withAdvisoryLock(database, key, work);
}

/**
 * Runs the scheduled sweeps once (release, deadlines, sessions, positioning expiry) if no other process
 * is running them. Each sweep is idempotent and handles each item in its own transaction; a
 * failing sweep does not stop the others.
 */
export async function runSweeps(ctx: AppContext, now: Date = ctx.now()): Promise<SweepReport> {
  const report: SweepReport = { ran: false, at: now.toISOString(), errors: [] };
  const database = ctx.database;
  if (running.has(database)) return report;
  running.add(database);
  try {
    const result = await withSweepLock(database, async () => {
      const step = async <T>(name: string, fn: () => Promise<T>): Promise<T | undefined> => {
        try {
          return await fn();
        } catch (e) {
          report.errors.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
          return undefined;
        }
      };
      const releases = await step("releases", () => sweepReleases(ctx, now));
      if (releases) {
        report.releases = {
          releaseDue: releases.releaseDue,
          deadlinesOpened: releases.deadlinesOpened,
          failed: releases.failed,
        };
        report.errors.push(...releases.errors.map((m) => `releases: ${m}`));
      }
      const deadlines = await step("deadlines", () => sweepOverdueDeadlines(ctx, now));
      if (deadlines) {
        report.deadlines = { notices: deadlines.notices, failed: deadlines.failed };
        report.errors.push(...deadlines.errors.map((m) => `deadlines: ${m}`));
      }
      const sessions = await step("sessions", () => sweepSessions(ctx, now));
      if (sessions) report.sessions = sessions;
      const positioning = await step("positioning", () => sweepPositioningExpiry(ctx, now));
      if (positioning) {
        const { ended, bindingsEnded, bindingsMoved, failed } = positioning;
        report.positioning = { ended, bindingsEnded, bindingsMoved, failed };
        report.errors.push(...positioning.errors.map((m) => `positioning: ${m}`));
      }
      return true;
    });
    report.ran = result === true;
    return report;
  } finally {
    running.delete(database);
  }
}

/** Whether a run changed anything (worth a line in the server log). */
export function sweepDidWork(r: SweepReport): boolean {
  return (
    (r.releases?.releaseDue ?? 0) +
      (r.releases?.deadlinesOpened ?? 0) +
      (r.deadlines?.notices ?? 0) +
      (r.sessions?.deleted ?? 0) +
      (r.positioning?.ended ?? 0) >
    0
  );
}

export interface SweepScheduleOptions {
  /** Told of each run that did something or failed (the server logs it). */
  onReport?: (report: SweepReport) => void;
  onError?: (error: unknown) => void;
}

/**
 * Runs the sweeps now and then every `intervalMs` (each run after the previous one ends).
 * Answers a stop function that cancels the schedule and waits for a run in progress.
 */
export function startSweeps(
  ctx: AppContext,
  intervalMs: number,
  options: SweepScheduleOptions = {},
): () => Promise<void> {
  return startSchedule(
    () => runSweeps(ctx),
    intervalMs,
    (report) => options.onReport?.(report),
    options.onError ?? ((e: unknown) => console.error("定时任务失败：", e)),
  );
}

/** Runs `run` now and then `intervalMs` after each run ends; answers a stop function that waits for a run in progress. */
export function startSchedule<T>(
  run: () => Promise<T>,
  intervalMs: number,
  onResult: (result: T) => void,
  onError: (error: unknown) => void,
): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> = Promise.resolve();
  const tick = () => {
    timer = null;
    current = run()
      .then(onResult)
      .catch(onError)
      .finally(() => {
        if (!stopped) {
          timer = setTimeout(tick, intervalMs);
          timer.unref();
        }
      });
  };
  timer = setTimeout(tick, 0);
  timer.unref();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    timer = null;
    await current;
  };
}
