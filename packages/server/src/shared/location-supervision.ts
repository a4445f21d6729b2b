/** What the device, positioning and zone use cases share. */
import { addDays, type DateString, type PositioningRecord, type PositioningStatus } from "@zhijiao/domain";
import type { AppContext } from "../context.ts";
import { DeviceRepository, ZoneRepository, type Gateway, type PositioningRow } from "../db/gateway/index.ts";
import { locationOf } from "../ingest/location-runtime.ts";

/** An authorization row as the R-EP-1 rules read it. */
export function positioningRecord(
  r: Pick<PositioningRow, "id" | "status" | "from_on" | "until_on" | "extends_id">,
): PositioningRecord {
  return {
    id: r.id,
    status: r.status as PositioningStatus,
    fromOn: r.from_on,
    untilOn: r.until_on,
    extendsId: r.extends_id,
  };
}

/** 00:00 of a day on the Asia/Shanghai clock (UTC+8, no daylight saving). */
export function shanghaiMidnight(day: DateString): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** The instants a run of whole days covers: from 00:00 of the first day to 24:00 of the last. */
export function wholeDays(fromOn: DateString, untilOn: DateString): { from: Date; until: Date } {
  return { from: shanghaiMidnight(fromOn), until: shanghaiMidnight(addDays(untilOn, 1)) };
}

/**
 * After a binding or zone changed (committed): ingest drops what it cached about devices and
 * zones, so positions from an unbound device stop and a new zone applies at once, not after the
 * caches' few seconds.
 */
export function locationChanged(ctx: AppContext): void {
  locationOf(ctx).pipeline.invalidate();
}

/**
 * The file closes (release, termination): its devices come off and its zones end (R-EP-1: a
 * device is removed when no longer needed), inside the closing transaction. Answers how many
 * bindings ended; the caller refreshes ingest after the commit.
 */
export async function endLocationSupervision(
  gw: Gateway,
  subjectId: string,
  reason: string,
): Promise<number> {
  const devices = new DeviceRepository(gw);
  const open = await devices.openBindingsOfSubject(subjectId);
  for (const b of open) await devices.endBinding(b.id, reason, gw.actor?.userId ?? null);
  const zones = new ZoneRepository(gw);
  for (const z of await zones.inForce(subjectId)) await zones.end(z.id);
  return open.length;
}
