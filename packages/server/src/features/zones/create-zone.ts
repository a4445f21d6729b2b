import { randomUUID } from "node:crypto";
import {
  DomainError,
  ZONE_TOLERANCE_MAX_M,
  assertCan,
  drawnZoneSource,
  validateDailyWindow,
  validateDrawnShape,
  zoneKindValueLabels,
  zoneSourceValueLabels,
} from "@zhijiao/domain";
import type { FromSchema } from "json-schema-to-ts";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  CaseLog,
  CourtBanRepository,
  ZoneRepository,
  placeOf,
  type StoredZoneRow,
} from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";
import { locationChanged, wholeDays } from "../../shared/location-supervision.ts";
import { supervisedFile } from "../../shared/subject-file.ts";
import type { zoneBody } from "./schemas.ts";

export type ZoneInput = FromSchema<typeof zoneBody>;

/**
 * Draws a zone for a file in correction: a circle or polygon, inclusion or exclusion, for a
 * time and a daily window. With `courtBanId` (R-LV-5) it is the place a court ban of this file
 * forbids: an exclusion zone in force for the ban's days unless told otherwise. An inclusion
 * zone with a daily window is a curfew. Refused input changes nothing.
 */
export async function createZone({
  ctx,
  actor,
  meta,
  subjectId,
  input,
}: UseCaseArgs & { subjectId: string; input: ZoneInput }): Promise<StoredZoneRow> {
  assertCan(actor, "zone:manage");
  const row = await inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await supervisedFile(gw, subjectId);
    const env = await caseEnvironment(gw);
    const shape = validateDrawnShape(input.shape);
    const daily = validateDailyWindow(input.dailyFrom, input.dailyUntil);
    const name = input.name.trim();
    if (!name) throw new DomainError("VALIDATION_FAILED", { field: "name" }, "请填写围栏名称");
    const tolerance = input.toleranceM ?? 0;
    if (!Number.isInteger(tolerance) || tolerance < 0 || tolerance > ZONE_TOLERANCE_MAX_M)
      throw new DomainError(
        "VALIDATION_FAILED",
        { field: "toleranceM" },
        `容差应为 0 至 ${ZONE_TOLERANCE_MAX_M} 米`,
      );
    const ban = input.courtBanId
      ? (await new CourtBanRepository(gw).ofSubject(subject.id)).find((b) => b.id === input.courtBanId)
      : null;
    if (input.courtBanId && !ban)
      throw new DomainError("VALIDATION_FAILED", { field: "courtBanId" }, "该矫正对象没有这项禁止令");
    const source = drawnZoneSource(input.kind, { courtBan: ban !== null, daily: daily !== null });
    const banDays = ban ? wholeDays(ban.from_on, ban.until_on) : null;
    const activeFrom = input.activeFrom ? new Date(input.activeFrom) : (banDays?.from ?? null);
    const activeUntil = input.activeUntil ? new Date(input.activeUntil) : (banDays?.until ?? null);
    for (const [field, d] of [
      ["activeFrom", activeFrom],
      ["activeUntil", activeUntil],
    ] as const)
      if (d && Number.isNaN(d.getTime())) throw new DomainError("VALIDATION_FAILED", { field }, "时间无效");
    if (activeFrom && activeUntil && activeUntil <= activeFrom)
      throw new DomainError("VALIDATION_FAILED", { field: "activeUntil" }, "结束时间应晚于开始时间");
    if (activeUntil && activeUntil <= gw.now)
      throw new DomainError("VALIDATION_FAILED", { field: "activeUntil" }, "结束时间已过");
    const zone = await new ZoneRepository(gw).insert({
      id: randomUUID(),
      subject_id: subject.id,
      kind: input.kind,
      source,
      source_id: ban?.id ?? null,
      name,
      shape,
      tolerance_m: tolerance,
      active_from: activeFrom,
      active_until: activeUntil,
      daily_from: daily?.from ?? null,
      daily_until: daily?.until ?? null,
      created_by: actor.userId,
      created_at: gw.now,
    });
    const shapeText = shape.type === "circle" ? `圆形，半径 ${shape.radiusM} 米` : "多边形";
    await new CaseLog(gw).record({
      subjectId: subject.id,
      step: "create_zone",
      occurredOn: env.today,
      summary:
        `设置电子围栏“${name}”（${zoneKindValueLabels[input.kind]}，${zoneSourceValueLabels[source]}，${shapeText}）` +
        (daily ? `，每日 ${daily.from}-${daily.until}` : "") +
        (ban ? `，依据禁止令（${ban.from_on} 至 ${ban.until_on}）` : ""),
      data: { zoneId: zone.id, kind: input.kind, source, courtBanId: ban?.id ?? null, name },
      place: placeOf(subject),
    });
    return zone;
  });
  locationChanged(ctx);
  return row;
}
