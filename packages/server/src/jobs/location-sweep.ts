import { alertTypeLabels, todayIn, type AlertType } from "@zhijiao/domain";
import { inTransaction, type AppContext } from "../context.ts";
import {
  LocationSweepRepository,
  NoticeRepository,
  RandomCheckRepository,
  type SweptAlert,
} from "../db/gateway/index.ts";
import { locationOf } from "../ingest/location-runtime.ts";
import type { LiveEvent } from "../ingest/live-hub.ts";
import { systemMeta } from "./batches.ts";
import { withSweepLock } from "./run-sweeps.ts";

/** The location sweep's own lock: it runs every few seconds, beside the slower case sweeps. */
export const LOCATION_SWEEP_LOCK_KEY = 7_261_530_302;

/** Minutes an open alert waits for acknowledgement before it climbs a level (cfg defaults). */
export const escalationMinutes = { first: 15, second: 60 };

export interface LocationSweepReport {
  ran: boolean;
  offline: number;
  leaveOverdue: number;
  leaveReturned: number;
  escalated: number;
  randomChecksMissed: number;
  partitions: string[];
}

function firstOfMonths(now: Date, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i, 1));
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/**
 * Offline detection, overdue returns from leave (R-LV-3), escalation of unacknowledged alerts,
 * and the monthly partitions of `positions` (PostgreSQL). Idempotent; one process leads.
 */
export async function sweepLocation(ctx: AppContext, now: Date = ctx.now()): Promise<LocationSweepReport> {
  const report: LocationSweepReport = {
    ran: false,
    offline: 0,
    leaveOverdue: 0,
    leaveReturned: 0,
    escalated: 0,
    randomChecksMissed: 0,
    partitions: [],
  };
  const today = todayIn(now);
  const meta = systemMeta(now);
  const result = await withSweepLock(
    ctx.database,
    async () => {
      // Partitions in their own transaction: a failure there never holds back the alerts.
      if (ctx.database.kind === "postgres")
        report.partitions = await inTransaction(ctx, null, meta, (gw) =>
          new LocationSweepRepository(gw).ensurePartitions(firstOfMonths(now, 3)),
        ).catch((e: unknown) => {
          console.error("定位分区创建失败：", e instanceof Error ? e.message : e);
          return [];
        });
      return inTransaction(ctx, null, meta, async (gw) => {
        const repo = new LocationSweepRepository(gw);
        const opened = [...(await repo.raiseOffline(now)), ...(await repo.raiseLeaveOverdue(now, today))];
        const cleared = await repo.clearLeaveOverdue(now, today);
        const escalated = await repo.escalate(now, escalationMinutes.first, escalationMinutes.second);
        const notices = new NoticeRepository(gw);
        for (const a of escalated) {
          const label = alertTypeLabels[a.type as AlertType] ?? a.type;
          await notices.send({
            kind: "alert_escalation",
            recipientOrgIds: [a.office_id, a.county_id],
            subjectId: a.subject_id,
            title: `定位报警未及时签收（${a.escalation_level} 级）：${a.subject_name}`,
            body: `${a.subject_name}的“${label}”报警自 ${a.opened_at.toISOString()} 起尚未签收，请立即核查处置。`,
          });
        }
        const missed = await new RandomCheckRepository(gw).markMissed(now);
        for (const m of missed)
          await notices.send({
            kind: "random_check_missed",
            recipientOrgIds: [m.office_id, m.county_id],
            subjectId: m.subject_id,
            title: `随机抽查逾期未回应：${m.name}`,
            body: `${m.name}未在 ${m.due_at.toISOString()} 前回应随机抽查（拍照并定位），请立即核实其去向。`,
          });
        report.randomChecksMissed = missed.length;
        report.offline = opened.filter((a) => a.type === "offline").length;
        report.leaveOverdue = opened.length - report.offline;
        report.leaveReturned = cleared.length;
        report.escalated = escalated.length;
        return { opened, cleared, escalated };
      });
    },
    LOCATION_SWEEP_LOCK_KEY,
  );
  if (!result) return report;
  report.ran = true;
  const live = (rows: SweptAlert[], change: "opened" | "cleared" | "updated"): LiveEvent[] =>
    rows.map((a) => ({
      place: {
        officeId: a.office_id,
        countyId: a.county_id,
        cityId: a.city_id,
        provinceId: a.province_id,
        minor: a.minor,
      },
      message: {
        type: "alert",
        alertId: a.id,
        subjectId: a.subject_id,
        alertType: a.type,
        change,
        at: now.toISOString(),
      },
    }));
  locationOf(ctx).hub.publish([
    ...live(result.opened, "opened"),
    ...live(result.cleared, "cleared"),
    ...live(result.escalated, "updated"),
  ]);
  return report;
}
