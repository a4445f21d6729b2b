import { assertCan, todayIn } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  SubjectRepository,
  ZoneRepository,
  placeOf,
  type StoredZoneRow,
} from "../../db/gateway/index.ts";
import { locationChanged } from "../../shared/location-supervision.ts";

/** Ends a zone of a file the caller may write (404 out of scope, 403 not writable); it stays for the record. */
export async function endZone({
  ctx,
  actor,
  meta,
  zoneId,
}: UseCaseArgs & { zoneId: string }): Promise<StoredZoneRow> {
  assertCan(actor, "zone:manage");
  const row = await inTransaction(ctx, actor, meta, async (gw) => {
    const zones = new ZoneRepository(gw);
    const zone = await zones.get(zoneId);
    const subject = await new SubjectRepository(gw).findForStep(zone.subject_id);
    const after = await zones.end(zone.id);
    await new CaseLog(gw).record({
      subjectId: subject.id,
      step: "end_zone",
      occurredOn: todayIn(gw.now),
      summary: `停用电子围栏“${zone.name}”`,
      data: { zoneId: zone.id, kind: zone.kind, source: zone.source },
      place: placeOf(subject),
    });
    return after;
  });
  locationChanged(ctx);
  return row;
}
