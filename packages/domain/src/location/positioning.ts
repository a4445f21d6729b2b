/**
 * Electronic positioning devices (电子定位装置, DOMAIN.md R-EP-1, LAW 29): on which of the five
 * legal conditions, for how long, how an authorization is extended, and which devices need one.
 * Pure: today is passed in.
 *
 * How "at most 3 months" is counted. An authorization names whole days, from `fromOn` to
 * `untilOn`, both included: the device is worn on its first day, as a correction term counts its
 * first day (`lastDayOfMonths`). So the latest end is the day before the same day 3 calendar
 * months later (`fromOn` + 3 months − 1 day; Civil Code art. 202 clamps a missing day to the end
 * of the month): 2026-11-01 → 2027-01-31, 2026-12-01 → 2027-02-28. This is R-DL-1 read from
 * the eve of `fromOn` (the start day not counted), except that the clamp comes first, which can
 * only shorten the period at a month end (2026-11-30 → 2027-02-27), never lengthen it. R-DL-1's
 * move of a last day off a holiday does not apply: it lengthens a time to act, and here it would
 * stretch a restriction beyond its legal maximum.
 */
import { DomainError } from "../errors/codes.ts";
import { addDays, compareDates, isValidDate, lastDayOfMonths, type DateString } from "../periods/dates.ts";

/** The five conditions of LAW 29 under which a county head may approve a device. */
export const positioningConditions = [
  "ban_violation",
  "left_without_approval",
  "refused_report_warned",
  "police_penalty",
  "revocation_pending",
] as const;
export type PositioningCondition = (typeof positioningConditions)[number];

export const positioningConditionLabels: Record<PositioningCondition, string> = {
  ban_violation: "违反人民法院禁止令",
  left_without_approval: "无正当理由，未经批准离开所居住的市、县",
  refused_report_warned: "拒不按照规定报告自己的活动情况，被给予警告",
  police_penalty: "违反监督管理规定，被给予治安管理处罚",
  revocation_pending: "拟提请撤销缓刑、假释或者暂予监外执行收监执行",
};

export function isPositioningCondition(value: unknown): value is PositioningCondition {
  return typeof value === "string" && (positioningConditions as readonly string[]).includes(value);
}

export const positioningStatuses = ["proposed", "approved", "rejected", "ended"] as const;
export type PositioningStatus = (typeof positioningStatuses)[number];
export const positioningStatusLabels: Record<PositioningStatus, string> = {
  proposed: "待审批",
  approved: "已批准",
  rejected: "不予批准",
  ended: "已届满",
};

/** R-EP-1: each authorization, and each extension, lasts at most this many months. */
export const POSITIONING_MAX_MONTHS = 3;

/** The last day an authorization starting on `fromOn` may run to (see the module comment). */
export function positioningLatestUntil(fromOn: DateString): DateString {
  return lastDayOfMonths(fromOn, POSITIONING_MAX_MONTHS);
}

/** R-EP-1: whether `fromOn`..`untilOn` (both included, in order) is at most 3 months. */
export function positioningPeriodAllowed(fromOn: DateString, untilOn: DateString): boolean {
  return compareDates(fromOn, untilOn) <= 0 && compareDates(untilOn, positioningLatestUntil(fromOn)) <= 0;
}

/** Device kinds: a bracelet (JT/T 808 terminal) and a phone (the app, or a carrier's gateway). */
export const deviceKinds = ["bracelet", "phone"] as const;
export type DeviceKind = (typeof deviceKinds)[number];
export const deviceKindLabels: Record<DeviceKind, string> = {
  bracelet: "电子定位手环",
  phone: "手机",
};

/**
 * R-EP-1: only a bracelet is an electronic positioning device. A mobile phone is not (M2020,
 * cfg): locating the subject's own phone is an information check and needs no authorization.
 */
export function deviceNeedsAuthorization(kind: DeviceKind): boolean {
  switch (kind) {
    case "bracelet":
      return true;
    case "phone":
      return false;
  }
}

/**
 * How a device is identified: a bracelet by its JT/T 808 terminal phone number (12 digits in the
 * 2013 protocol, 20 in 2019; leading zeros kept), a phone by its IMEI or the identifier its app
 * or carrier gateway sends (Traccar Client's device id).
 */
export const deviceIdentifierPatterns: Record<DeviceKind, RegExp> = {
  bracelet: /^\d{11,20}$/,
  phone: /^[0-9A-Za-z._-]{4,64}$/,
};

export function checkDeviceIdentifier(kind: DeviceKind, identifier: string): string {
  const id = identifier.trim();
  if (!deviceIdentifierPatterns[kind].test(id))
    throw new DomainError(
      "VALIDATION_FAILED",
      { field: "identifier", kind },
      kind === "bracelet"
        ? "电子定位手环的编号应为终端手机号（11-20 位数字）"
        : "手机设备编号应为 IMEI 或 4-64 位字母、数字",
    );
  return id;
}

/** Why a binding ended: the sweep's code, else the words staff gave. */
export const bindingEndReasonLabels: Record<string, string> = {
  authorization_expired: "使用电子定位装置审批期限届满",
};

/** An authorization as the rules see it. */
export interface PositioningRecord {
  id: string;
  status: PositioningStatus;
  fromOn: DateString;
  untilOn: DateString;
  extendsId: string | null;
}

export interface PositioningProposal {
  condition: string;
  facts: string;
  fromOn: DateString;
  untilOn: DateString;
  extendsId?: string | null;
  reassessment?: string | null;
}

/** Approved, or approved and since run out: the authorizations that were once in force. */
function wasApproved(r: PositioningRecord): boolean {
  return r.status === "approved" || r.status === "ended";
}

function overlapsOrAdjoins(r: PositioningRecord, fromOn: DateString, untilOn: DateString): boolean {
  return compareDates(r.fromOn, untilOn) <= 0 && compareDates(fromOn, addDays(r.untilOn, 1)) <= 0;
}

/**
 * R-EP-1: checks a proposal against the file's authorizations and answers the one it extends
 * (null for a first authorization). One of the five conditions, with facts; at most 3 months,
 * not already over; one proposal pending at a time. An extension follows an approved (or just
 * expired) authorization of the same file, starts after its start and at the latest the day
 * after its end, ends later than it, states the reassessment, and is the only one on that
 * authorization. A first authorization may not overlap or adjoin one that was approved:
 * continuing a device is an extension, which needs the reassessment.
 */
export function checkPositioningProposal(
  p: PositioningProposal,
  ctx: { today: DateString; existing: readonly PositioningRecord[] },
): { extends: PositioningRecord | null; facts: string; reassessment: string | null } {
  if (!isPositioningCondition(p.condition))
    throw new DomainError(
      "VALIDATION_FAILED",
      { field: "condition", allowed: positioningConditions },
      "使用电子定位装置须符合法定的五种情形之一",
    );
  const facts = p.facts.trim();
  if (!facts) throw new DomainError("VALIDATION_FAILED", { field: "facts" }, "须写明事实和理由");
  for (const field of ["fromOn", "untilOn"] as const)
    if (!isValidDate(p[field])) throw new DomainError("VALIDATION_FAILED", { field }, "日期无效");
  if (compareDates(p.untilOn, p.fromOn) < 0)
    throw new DomainError("VALIDATION_FAILED", { field: "untilOn" }, "结束日期不能早于开始日期");
  if (compareDates(p.untilOn, ctx.today) < 0)
    throw new DomainError("VALIDATION_FAILED", { field: "untilOn" }, "使用期限已经届满");
  if (!positioningPeriodAllowed(p.fromOn, p.untilOn))
    throw new DomainError("POSITIONING_TOO_LONG", {
      field: "untilOn",
      latestUntilOn: positioningLatestUntil(p.fromOn),
    });
  if (ctx.existing.some((r) => r.status === "proposed")) throw new DomainError("POSITIONING_PENDING", {});
  const reassessment = p.reassessment?.trim() || null;

  if (!p.extendsId) {
    if (reassessment)
      throw new DomainError(
        "VALIDATION_FAILED",
        { field: "reassessment" },
        "重新评估情况仅用于延长使用期限，请同时选择所延长的审批",
      );
    const touching = ctx.existing.find((r) => wasApproved(r) && overlapsOrAdjoins(r, p.fromOn, p.untilOn));
    if (touching) throw new DomainError("POSITIONING_EXTENSION_REQUIRED", { extendableId: touching.id });
    return { extends: null, facts, reassessment: null };
  }

  const base = ctx.existing.find((r) => r.id === p.extendsId);
  if (!base || !wasApproved(base))
    throw new DomainError("POSITIONING_EXTENSION_INVALID", { field: "extendsId" });
  if (!reassessment) throw new DomainError("POSITIONING_REASSESSMENT_REQUIRED", { field: "reassessment" });
  if (ctx.existing.some((r) => r.extendsId === base.id && wasApproved(r)))
    throw new DomainError("POSITIONING_EXTENDED", { extendsId: base.id });
  if (
    compareDates(p.fromOn, base.fromOn) <= 0 ||
    compareDates(p.fromOn, addDays(base.untilOn, 1)) > 0 ||
    compareDates(p.untilOn, base.untilOn) <= 0
  )
    throw new DomainError("POSITIONING_EXTENSION_INVALID", {
      field: "fromOn",
      baseFromOn: base.fromOn,
      baseUntilOn: base.untilOn,
      latestFromOn: addDays(base.untilOn, 1),
    });
  return { extends: base, facts, reassessment };
}

/** Whether an authorization is in force on `day`. */
export function positioningCovers(
  r: Pick<PositioningRecord, "status" | "fromOn" | "untilOn">,
  day: DateString,
) {
  return r.status === "approved" && compareDates(r.fromOn, day) <= 0 && compareDates(day, r.untilOn) <= 0;
}

/** The approved authorization in force on `day` that runs longest, or null. */
export function coveringAuthorization<T extends Pick<PositioningRecord, "status" | "fromOn" | "untilOn">>(
  records: readonly T[],
  day: DateString,
): T | null {
  let best: T | null = null;
  for (const r of records)
    if (positioningCovers(r, day) && (!best || compareDates(r.untilOn, best.untilOn) > 0)) best = r;
  return best;
}

/**
 * R-EP-1: the authorization a device bound today rests on: none for a phone; for a bracelet the
 * approved one in force today, else POSITIONING_NOT_AUTHORIZED (409).
 */
export function authorizationForBinding<T extends Pick<PositioningRecord, "status" | "fromOn" | "untilOn">>(
  kind: DeviceKind,
  records: readonly T[],
  today: DateString,
): T | null {
  if (!deviceNeedsAuthorization(kind)) return null;
  const covering = coveringAuthorization(records, today);
  if (!covering) throw new DomainError("POSITIONING_NOT_AUTHORIZED", { today });
  return covering;
}

/** R-EP-1: a proposal may be decided once, and not approved once its period is over. */
export function checkPositioningDecision(
  r: Pick<PositioningRecord, "id" | "status" | "untilOn">,
  approve: boolean,
  today: DateString,
): void {
  if (r.status !== "proposed") throw new DomainError("POSITIONING_DECIDED", { id: r.id, status: r.status });
  if (approve && compareDates(r.untilOn, today) < 0)
    throw new DomainError("POSITIONING_EXPIRED", { id: r.id, untilOn: r.untilOn });
}

/** R-EP-1: an approved authorization whose last day has passed runs out (the expiry sweep's test). */
export function isPositioningExpired(
  r: Pick<PositioningRecord, "status" | "untilOn">,
  today: DateString,
): boolean {
  return r.status === "approved" && compareDates(r.untilOn, today) < 0;
}

/** Where a random check (随机抽查) stands: waiting for the subject, answered, or missed. */
export const randomCheckStatuses = ["pending", "answered", "missed"] as const;
export type RandomCheckStatus = (typeof randomCheckStatuses)[number];
