import {
  addDays,
  isReleaseDue,
  isReleasePreparationOpen,
  releasePreparationDue,
  todayIn,
  type CaseRules,
} from "@zhijiao/domain";
import { caseEnvironment } from "../shared/case-environment.ts";
import { inTransaction, type AppContext } from "../context.ts";
import {
  CaseLog,
  ClosureRepository,
  DeadlineRepository,
  NoticeRepository,
  type Gateway,
  type ReleaseSweepSubject,
} from "../db/gateway/index.ts";
import {
  defaultBatchLimits,
  sweepInBatches,
  systemMeta,
  type BatchLimits,
  type BatchOutcome,
} from "./batches.ts";

/**
 * Release sweep (R-RL-1): as the end of a correction period nears, the release and preparation
 * deadlines open if they are missing; once it has come, the case gets a "release due" event
 * (矫正期满，待办理解除) and the office and county a notice, once.
 */
export async function sweepReleases(
  ctx: AppContext,
  now: Date = ctx.now(),
  limits: BatchLimits = defaultBatchLimits,
): Promise<BatchOutcome & { releaseDue: number; deadlinesOpened: number }> {
  const meta = systemMeta(now);
  const today = todayIn(now);
  const rules = await inTransaction(ctx, null, meta, async (gw) => (await caseEnvironment(gw)).rules);
  const horizon = addDays(today, rules.releasePreparationDays);
  const counts = { releaseDue: 0, deadlinesOpened: 0 };
  const outcome = await sweepInBatches<ReleaseSweepSubject>(
    (limit, skip) =>
      inTransaction(ctx, null, meta, (gw) =>
        new ClosureRepository(gw).releaseCandidates(today, horizon, limit, skip),
      ),
    async (candidate) => {
      const done = await inTransaction(ctx, null, meta, (gw) =>
        handleSubject(gw, candidate.id, today, rules),
      );
      counts.releaseDue += done.releaseDue;
      counts.deadlinesOpened += done.deadlinesOpened;
    },
    limits,
  );
  return { ...outcome, ...counts };
}

/** One file, in its own transaction, read again (and locked) so that a concurrent step wins cleanly. */
async function handleSubject(
  gw: Gateway,
  subjectId: string,
  today: string,
  rules: CaseRules,
): Promise<{ releaseDue: number; deadlinesOpened: number }> {
  const done = { releaseDue: 0, deadlinesOpened: 0 };
  const closure = new ClosureRepository(gw);
  const s = await closure.subjectForSweep(subjectId);
  if (!s || s.status !== "in_correction") return done;
  const ref = { subjectId: s.id };
  const place = {
    officeId: s.office_id,
    countyId: s.county_id,
    cityId: s.city_id,
    provinceId: s.province_id,
    minor: s.minor,
  };
  const end = s.correction_end_on;
  const deadlines = new DeadlineRepository(gw);
  const log = new CaseLog(gw);
  if (!(await closure.hasDeadline(s.id, "release"))) {
    await deadlines.open("release", ref, { dueOn: end, provisional: false }, place);
    done.deadlinesOpened += 1;
  }
  if (
    isReleasePreparationOpen(rules, end, today) &&
    !(await closure.hasDeadline(s.id, "release_preparation")) &&
    !(await log.latest(ref, "prepare_release"))
  ) {
    const dueOn = releasePreparationDue(rules, end);
    await deadlines.open("release_preparation", ref, { dueOn, provisional: false }, place);
    done.deadlinesOpened += 1;
  }
  if (isReleaseDue(end, today) && !(await log.latest(ref, "release_due"))) {
    await log.record({
      subjectId: s.id,
      step: "release_due",
      occurredOn: end,
      summary: "矫正期满，待办理解除",
      data: { correctionEndOn: end },
      place: { countyId: s.county_id, cityId: s.city_id, provinceId: s.province_id },
    });
    await new NoticeRepository(gw).send({
      kind: "release_due",
      recipientOrgIds: [s.office_id, s.county_id],
      subjectId: s.id,
      title: `矫正期满待解除：${s.name}`,
      body: `${s.name}的社区矫正期于 ${end} 届满，请办理解除社区矫正，出具解除社区矫正证明书，并通知决定机关、检察院和公安机关（R-RL-1）。`,
    });
    done.releaseDue += 1;
  }
  return done;
}
