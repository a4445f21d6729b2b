import { randomUUID } from "node:crypto";
import { DomainError, assertCan, todayIn } from "@zhijiao/domain";
import type { FromSchema } from "json-schema-to-ts";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  FileRepository,
  RandomCheckRepository,
  SupervisionRepository,
  placeOf,
  type SupervisionRecordRow,
} from "../../db/gateway/index.ts";
import { supervisedFile } from "../../shared/subject-file.ts";
import { ownSubjectId } from "../../shared/own-subject.ts";
import { PHOTO_MAX_BYTES, sniffImage } from "../subjects/set-subject-photo.ts";
import { submitAppFix } from "../../ingest/app-positions.ts";
import type { checkInBody } from "../me/schemas.ts";

/** The photo is the phone camera's JPEG or PNG of at most 2 MB, base64-encoded. */
export type CheckInInput = FromSchema<typeof checkInBody>;

/**
 * The subject checks in from the mobile app with a photo and the browser's position. It is
 * stored as a supervision record of kind `check_in` (listed for the office as a new check-in);
 * it does not count as the in-person or phone report duty (R-SV-2) by itself.
 */
export async function recordCheckIn({
  ctx,
  actor,
  meta,
  input,
}: UseCaseArgs & { input: CheckInInput }): Promise<SupervisionRecordRow> {
  assertCan(actor, "subject:read");
  const subjectId = ownSubjectId(actor);
  const data = Buffer.from(input.photo.replace(/^data:image\/\w+;base64,/, ""), "base64");
  const type = sniffImage(data);
  if (!type || data.length > PHOTO_MAX_BYTES) throw new DomainError("PHOTO_INVALID", { size: data.length });
  const recorded = await inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await supervisedFile(gw, subjectId);
    const fileId = await new FileRepository(gw).insert(type, data);
    const at = gw.now;
    const occurredOn = todayIn(at);
    const position = `${input.latitude.toFixed(6)}, ${input.longitude.toFixed(6)}（精度约 ${Math.round(input.accuracy)} 米）`;
    const row = await new SupervisionRepository(gw).insertRecord({
      id: randomUUID(),
      subject_id: subject.id,
      office_id: subject.office_id,
      county_id: subject.county_id,
      city_id: subject.city_id,
      province_id: subject.province_id,
      minor: subject.minor,
      kind: "check_in",
      occurred_at: at,
      occurred_on: occurredOn,
      place: position,
      content: "手机签到（拍照并定位）",
      hours: null,
      file_ids: [fileId],
      recorded_by: actor.userId,
      created_at: at,
      latitude: input.latitude,
      longitude: input.longitude,
      accuracy: input.accuracy,
    });
    // A check-in within the deadline of an open random check (随机抽查) answers it.
    const answered = await new RandomCheckRepository(gw).answer(subject.id, at, {
      recordId: row.id,
      lat: input.latitude,
      lon: input.longitude,
      accuracyM: input.accuracy,
    });
    await gw.audit({
      action: "supervision.record",
      resourceType: "subject",
      resourceId: subject.id,
      subjectId: subject.id,
      place: placeOf(subject),
      details: {
        recordId: row.id,
        kind: "check_in",
        occurredOn,
        fileId,
        randomCheckId: answered?.id ?? null,
      },
    });
    return row;
  });
  // With a phone bound to the file, the check-in's position is also that phone's fix (electronic
  // location supervision); the check-in stands even if that fails.
  await submitAppFix(ctx, subjectId, {
    time: recorded.occurred_at,
    lat: input.latitude,
    lon: input.longitude,
    accuracyM: input.accuracy,
  }).catch(() => undefined);
  return recorded;
}
