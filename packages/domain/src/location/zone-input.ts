/**
 * Zones staff draw for a subject (R-LV-5 court-ban places, curfews, manual zones): what a drawn
 * shape, a tolerance and a daily window may be. Shapes are WGS-84; polygon rings are GeoJSON
 * order `[lon, lat]`. Pure.
 */
import { DomainError } from "../errors/codes.ts";
import type { ZoneShape } from "./geometry.ts";

export const zoneKindValues = ["inclusion", "exclusion"] as const;
export type ZoneKindValue = (typeof zoneKindValues)[number];
export const zoneKindValueLabels: Record<ZoneKindValue, string> = {
  inclusion: "允许活动区域",
  exclusion: "禁止进入区域",
};

export const zoneSourceValues = ["residence", "leave", "court_ban", "curfew", "manual"] as const;
export type ZoneSourceValue = (typeof zoneSourceValues)[number];
export const zoneSourceValueLabels: Record<ZoneSourceValue, string> = {
  residence: "居住地",
  leave: "外出目的地",
  court_ban: "禁止令",
  curfew: "宵禁",
  manual: "人工设置",
};

/** Circles smaller than GPS noise decide nothing; larger than a city are a county's job. */
export const ZONE_RADIUS_MIN_M = 20;
export const ZONE_RADIUS_MAX_M = 50_000;
export const ZONE_TOLERANCE_MAX_M = 5_000;
/** Vertices of one drawn polygon (all rings): a county boundary comes from the shipped data instead. */
export const ZONE_POLYGON_MAX_POINTS = 5_000;

/** What staff may draw: a circle or a polygon (a county is `{type: "division", code}`, from the shipped boundaries). */
export type DrawnZoneShape = Extract<ZoneShape, { type: "circle" | "polygon" }>;

function shapeInvalid(details: Record<string, unknown>, message: string): DomainError {
  return new DomainError("ZONE_SHAPE_INVALID", { field: "shape", ...details }, message);
}

function isLat(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v) && v >= -90 && v <= 90;
}

function isLon(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v) && v >= -180 && v <= 180;
}

/** Twice the signed area of a closed ring in degrees² (shoelace); 0 for a degenerate ring. */
function ringArea2(ring: readonly [number, number][]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++)
    s += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return s;
}

/**
 * A drawn shape, checked: a circle with a valid centre and a radius of 20 m to 50 km, or a
 * polygon whose rings (the first the outline, the others holes) each have at least 4 points,
 * are closed (last point = first), have valid coordinates and enclose an area.
 */
export function validateDrawnShape(shape: unknown): DrawnZoneShape {
  if (typeof shape !== "object" || shape === null) throw shapeInvalid({}, "电子围栏形状格式不正确");
  const s = shape as Record<string, unknown>;
  if (s.type === "circle") {
    if (!isLat(s.lat) || !isLon(s.lon)) throw shapeInvalid({ part: "center" }, "圆心经纬度无效");
    const r = s.radiusM;
    if (typeof r !== "number" || !Number.isFinite(r) || r < ZONE_RADIUS_MIN_M || r > ZONE_RADIUS_MAX_M)
      throw shapeInvalid(
        { part: "radiusM", min: ZONE_RADIUS_MIN_M, max: ZONE_RADIUS_MAX_M },
        `圆形围栏半径应在 ${ZONE_RADIUS_MIN_M} 米至 ${ZONE_RADIUS_MAX_M} 米之间`,
      );
    return { type: "circle", lat: s.lat, lon: s.lon, radiusM: r };
  }
  if (s.type === "polygon") {
    if (!Array.isArray(s.rings) || s.rings.length === 0)
      throw shapeInvalid({ part: "rings" }, "多边形围栏至少要有一个边界环");
    let points = 0;
    const rings = s.rings.map((ring: unknown, i: number) => {
      if (!Array.isArray(ring) || ring.length < 4)
        throw shapeInvalid({ part: "rings", ring: i }, "多边形的每个边界环至少要有 4 个点（首尾相同）");
      points += ring.length;
      const out = ring.map((p: unknown) => {
        if (!Array.isArray(p) || p.length !== 2 || !isLon(p[0]) || !isLat(p[1]))
          throw shapeInvalid({ part: "rings", ring: i }, "多边形的点应为 [经度, 纬度]，且在有效范围内");
        return [p[0], p[1]] as [number, number];
      });
      const first = out[0]!;
      const last = out[out.length - 1]!;
      if (first[0] !== last[0] || first[1] !== last[1])
        throw shapeInvalid({ part: "rings", ring: i }, "多边形的边界环应闭合（最后一个点与第一个点相同）");
      if (ringArea2(out) === 0) throw shapeInvalid({ part: "rings", ring: i }, "多边形的边界环没有围成面积");
      return out;
    });
    if (points > ZONE_POLYGON_MAX_POINTS)
      throw shapeInvalid(
        { part: "rings", max: ZONE_POLYGON_MAX_POINTS },
        `多边形围栏的点不能超过 ${ZONE_POLYGON_MAX_POINTS} 个`,
      );
    return { type: "polygon", rings };
  }
  throw shapeInvalid({ part: "type" }, "电子围栏形状只能是圆形或多边形");
}

const clock = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A daily window (Asia/Shanghai clock, "HH:MM"): both ends or neither, different, and it may
 * wrap midnight (a curfew 22:00-06:00).
 */
export function validateDailyWindow(
  from: string | null | undefined,
  until: string | null | undefined,
): { from: string; until: string } | null {
  if (!from && !until) return null;
  if (!from || !until)
    throw new DomainError(
      "VALIDATION_FAILED",
      { field: from ? "dailyUntil" : "dailyFrom" },
      "每日生效时段须同时填写开始和结束时间",
    );
  for (const [field, v] of [
    ["dailyFrom", from],
    ["dailyUntil", until],
  ] as const)
    if (!clock.test(v))
      throw new DomainError("VALIDATION_FAILED", { field }, "时间应写作 HH:MM（00:00-23:59）");
  if (from === until)
    throw new DomainError(
      "VALIDATION_FAILED",
      { field: "dailyUntil" },
      "每日生效时段的开始和结束时间不能相同",
    );
  return { from, until };
}

/**
 * Where a drawn zone comes from: a court ban's place (R-LV-5) must be an exclusion zone; an
 * inclusion zone with a daily window is a curfew; anything else is manual.
 */
export function drawnZoneSource(
  kind: ZoneKindValue,
  opts: { courtBan: boolean; daily: boolean },
): ZoneSourceValue {
  if (opts.courtBan) {
    if (kind !== "exclusion")
      throw new DomainError("VALIDATION_FAILED", { field: "kind" }, "禁止令所禁止的场所应设为禁止进入区域");
    return "court_ban";
  }
  return kind === "inclusion" && opts.daily ? "curfew" : "manual";
}
