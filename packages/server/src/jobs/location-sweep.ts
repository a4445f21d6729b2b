import {
  alertTypeLabels,
  anyLeaveOverdue,
  defaultEscalationRules,
  escalationCandidatesBefore,
  escalationDue,
  leaveReturnOverdue,
  maxEscalationLevel,
  minOfflineAfterSeconds,
  offlineAlertDue,
  todayIn,
  type AlertType,
  type DateString,
} from "@zhijiao/domain";
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

/** R-MS-1: the silent devices' offline alerts; SQL selects the quiet ones, the domain decides. */
async function raiseOffline(repo: LocationSweepRepository, now: Date): Promise<SweptAlert[]> {
  const quietSince = new Date(now.getTime() - minOfflineAfterSeconds * 1000);
  const due = [];
  for (const c of await repo.offlineCandidates(quietSince)) {
    const since = offlineAlertDue(
      {
        lastSeenAt: c.last_seen_at ? new Date(c.last_seen_at).getTime() : null,
        boundAt: new Date(c.bound_at).getTime(),
        offlineAfterSeconds: c.offline_after_seconds,
        lastOfflineAlertAt: c.last_offline_alert_at ? new Date(c.last_offline_alert_at).getTime() : null,
      },
      now.getTime(),
    );
    if (since != null)
      due.push({
        subjectId: c.subject_id,
        deviceId: c.device_id,
        details: { lastSeenAt: new Date(since).toISOString(), deviceKind: c.kind },
      });
  }
  return repo.raise("offline", due, now);
}

/** R-LV-3: one overdue alert per subject, for the leave that ended first. */
async function raiseLeaveOverdue(
  repo: LocationSweepRepository,
  now: Date,
  today: DateString,
): Promise<SweptAlert[]> {
  const due = new Map<string, { subjectId: string; deviceId: null; details: Record<string, unknown> }>();
  for (const l of await repo.leaveOverdueCandidates())
    if (!due.has(l.subject_id) && leaveReturnOverdue({ status: l.status, endOn: l.end_on }, today))
      due.set(l.subject_id, {
        subjectId: l.subject_id,
        deviceId: null,
        details: { leaveRequestId: l.id, endOn: l.end_on, destination: l.destination_address },
      });
  return repo.raise("leave_overdue", [...due.values()], now);
}

/** R-LV-3: the subject reported back (销假) from every overdue leave: the condition ends, the record stays. */
async function clearLeaveOverdue(
  repo: LocationSweepRepository,
  now: Date,
  today: DateString,
): Promise<SweptAlert[]> {
  const ended = (await repo.liveLeaveOverdue()).filter((a) => !anyLeaveOverdue(a.leaves, today));
  return repo.clear(
    ended.map((a) => a.id),
    now,
  );
}

/** Unacknowledged alerts climb a level when due. */
async function escalate(repo: LocationSweepRepository, now: Date): Promise<SweptAlert[]> {
  const at = now.getTime();
  const candidates = await repo.escalationCandidates(
    new Date(escalationCandidatesBefore(at, defaultEscalationRules)),
    maxEscalationLevel,
  );
  const due = [];
  for (const a of candidates) {
    const to = escalationDue(
      {
        status: a.status,
        clearedAt: a.cleared_at ? new Date(a.cleared_at).getTime() : null,
        escalationLevel: a.escalation_level,
        openedAt: new Date(a.opened_at).getTime(),
      },
      at,
      defaultEscalationRules,
    );
    if (to != null) due.push({ id: a.id, from: a.escalation_level, to });
  }
  return repo.escalate(due, now);
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
        const opened = [...(await raiseOffline(repo, now)), ...(await raiseLeaveOverdue(repo, now, today))];
        const cleared = await clearLeaveOverdue(repo, now, today);
        const escalated = await escalate(repo, now);
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
