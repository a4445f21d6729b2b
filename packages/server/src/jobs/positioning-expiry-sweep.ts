import {
  coveringAuthorization,
  deviceKindLabels,
  isPositioningExpired,
  todayIn,
  type DateString,
  type DeviceKind,
} from "@zhijiao/domain";
import { positioningRecord } from "../shared/location-supervision.ts";
import { inTransaction, type AppContext } from "../context.ts";
import {
  CaseLog,
  DeviceRepository,
  NoticeRepository,
  PositioningRepository,
  type ExpiredPositioning,
  type Gateway,
} from "../db/gateway/index.ts";
import { locationOf } from "../ingest/location-runtime.ts";
import {
  defaultBatchLimits,
  sweepInBatches,
  systemMeta,
  type BatchLimits,
  type BatchOutcome,
} from "./batches.ts";

export const AUTHORIZATION_EXPIRED = "authorization_expired";

/**
 * R-EP-1 expiry: an approved authorization whose last day has passed ends. The bracelets bound
 * under it move to an approved extension in force today, if there is one; otherwise their
 * bindings end (`authorization_expired`), so ingest stores no more positions from them, and the
 * office is told to remove the bracelet (notice `device_removal`). Idempotent: an ended
 * authorization is not read again.
 */
export async function sweepPositioningExpiry(
  ctx: AppContext,
  now: Date = ctx.now(),
  limits: BatchLimits = defaultBatchLimits,
): Promise<BatchOutcome & { ended: number; bindingsEnded: number; bindingsMoved: number }> {
  const meta = systemMeta(now);
  const today = todayIn(now);
  const counts = { ended: 0, bindingsEnded: 0, bindingsMoved: 0 };
  const outcome = await sweepInBatches<ExpiredPositioning>(
    (limit, skip) =>
      inTransaction(ctx, null, meta, (gw) => new PositioningRepository(gw).expired(today, limit, skip)),
    async (item) => {
      const done = await inTransaction(ctx, null, meta, (gw) => handleAuthorization(gw, item.id, today));
      counts.ended += done.ended;
      counts.bindingsEnded += done.bindingsEnded;
      counts.bindingsMoved += done.bindingsMoved;
    },
    limits,
  );
  if (counts.bindingsEnded + counts.bindingsMoved > 0) locationOf(ctx).pipeline.invalidate();
  return { ...outcome, ...counts };
}

/** One authorization in its own transaction, read again under a lock (a concurrent run or step wins cleanly). */
async function handleAuthorization(
  gw: Gateway,
  id: string,
  today: DateString,
): Promise<{ ended: number; bindingsEnded: number; bindingsMoved: number }> {
  const done = { ended: 0, bindingsEnded: 0, bindingsMoved: 0 };
  const repo = new PositioningRepository(gw);
  const auth = await repo.lockForSweep(id);
  if (!auth || !isPositioningExpired(positioningRecord(auth), today)) return done;
  const subject = await repo.fileForSweep(auth.subject_id);
  const devices = new DeviceRepository(gw);
  const open = await devices.openBindingsUnder(auth.id);
  const successor = coveringAuthorization(
    (await repo.ofSubjectForSweep(subject.id)).filter((a) => a.id !== auth.id).map(positioningRecord),
    today,
  );
  if (!(await repo.end(auth.id, today, "expired"))) return done;
  done.ended = 1;
  const place = { countyId: subject.county_id, cityId: subject.city_id, provinceId: subject.province_id };
  const log = new CaseLog(gw);
  if (successor && open.length) {
    done.bindingsMoved = await devices.moveBindings(auth.id, successor.id);
    await log.record({
      subjectId: subject.id,
      step: "end_positioning",
      occurredOn: today,
      summary: `使用电子定位装置期限（${auth.from_on} 至 ${auth.until_on}）届满，已延长至 ${successor.untilOn}，继续佩戴`,
      data: { positioningAuthorizationId: auth.id, successorId: successor.id, untilOn: auth.until_on },
      place,
    });
    return done;
  }
  for (const b of open) await devices.endBinding(b.id, AUTHORIZATION_EXPIRED, null);
  done.bindingsEnded = open.length;
  const devicesText = open
    .map((b) => `${deviceKindLabels[b.device_kind as DeviceKind] ?? b.device_kind}（${b.device_identifier}）`)
    .join("、");
  await log.record({
    subjectId: subject.id,
    step: "end_positioning",
    occurredOn: today,
    summary:
      `使用电子定位装置期限（${auth.from_on} 至 ${auth.until_on}）届满` +
      (open.length ? `，已解除${devicesText}的绑定，待取下设备` : ""),
    data: {
      positioningAuthorizationId: auth.id,
      untilOn: auth.until_on,
      endedBindingIds: open.map((b) => b.id),
    },
    place,
  });
  if (open.length)
    await new NoticeRepository(gw).send({
      kind: "device_removal",
      recipientOrgIds: [subject.office_id],
      subjectId: subject.id,
      title: `电子定位装置期限届满，请取下设备：${subject.name}`,
      body:
        `${subject.name}的使用电子定位装置审批期限已于 ${auth.until_on} 届满（R-EP-1），${devicesText}已停止接收定位。` +
        "请及时为其取下设备；确需继续使用的，应经重新评估后报县级社区矫正机构负责人审批。",
    });
  return done;
}
