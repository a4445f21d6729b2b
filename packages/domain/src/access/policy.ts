import type { Actor, Role } from "./roles.ts";

/**
 * What each role may do, as data. Row-level limits (which subjects, which organisations) are
 * the scope rules below; the data gateway applies them to every query.
 */
export const actions = [
  "subject:list",
  "subject:read",
  "subject:create",
  "subject:update",
  "subject:reveal",
  "subject:audit",
  "org:list",
  "org:manage",
  "user:list",
  "user:manage",
  "audit:browse",
  "dashboard:read",
  "investigation:read",
  "investigation:create",
  "investigation:work",
  "investigation:decide",
  "case:register",
  "case:intake",
  "case:manage",
  "transfer:apply",
  "transfer:decide",
  "transfer:arrive",
  "case:close",
  "deadline:list",
  "notice:list",
  "document:read",
  "calendar:read",
  "calendar:manage",
  "template:manage",
  "supervision:record",
  "level:propose",
  "level:decide",
  "leave:request",
  "leave:decide",
  "sanction:propose",
  "sanction:decide",
  "alert:read",
  "alert:handle",
  "location:read",
  "zone:manage",
  "device:manage",
  "device:bind",
  "positioning:propose",
  "positioning:decide",
] as const;
export type Action = (typeof actions)[number];

const staffRead: Action[] = [
  "subject:list",
  "subject:read",
  "subject:audit",
  "org:list",
  "dashboard:read",
  "investigation:read",
  "deadline:list",
  "notice:list",
  "document:read",
  "calendar:read",
  "alert:read",
];
/** What a justice office does by the county's entrustment: the daily steps of a case. */
const officeWork: Action[] = [
  ...staffRead,
  "subject:create",
  "subject:update",
  "subject:reveal",
  "investigation:work",
  "case:register",
  "case:intake",
  "case:manage",
  "transfer:apply",
  "transfer:arrive",
  "supervision:record",
  "level:propose",
  "leave:request",
  "leave:decide",
  "sanction:propose",
  "alert:handle",
  "location:read",
  "zone:manage",
  "device:bind",
  "positioning:propose",
];
/** The county agency is the legal executor: it also decides. */
const countyWork: Action[] = [
  ...officeWork,
  "investigation:create",
  "investigation:decide",
  "transfer:decide",
  "case:close",
  "level:decide",
  "sanction:decide",
  "device:manage",
];

export const permissionTable: Record<Role, readonly Action[]> = {
  admin: [
    "org:list",
    "org:manage",
    "user:list",
    "user:manage",
    "audit:browse",
    "calendar:read",
    "calendar:manage",
  ],
  province_supervisor: [...staffRead, "user:list", "user:manage", "template:manage"],
  // R-LV-2: leave over 30 days (or over 30 days within 2 months) goes to the next level up.
  city_supervisor: [...staffRead, "user:list", "user:manage", "leave:decide"],
  county_officer: countyWork,
  /** R-EP-1: only the head of the county justice bureau approves an electronic positioning device. */
  county_head: [...countyWork, "positioning:decide"],
  office_worker: officeWork,
  social_worker: ["subject:list", "subject:read", "org:list"],
  procurator: [...staffRead, "subject:reveal", "audit:browse"],
  subject: ["subject:read", "leave:request"],
};

/** Whether the role may take the action at all (scope is checked separately). */
export function can(actor: Pick<Actor, "role">, action: Action): boolean {
  return permissionTable[actor.role].includes(action);
}

/** The abilities a client receives to show or hide controls; the server still enforces each. */
export function abilitiesOf(actor: Pick<Actor, "role">): Action[] {
  return actions.filter((a) => can(actor, a));
}

/** Roles whose every read is audited, lists included (oversight must be traceable). */
export function auditsEveryRead(role: Role): boolean {
  return role === "procurator";
}

/** Whether the role sees identity numbers and phones at all (masked); social workers see neither (docs/API.md). */
export function seesIdentity(role: Role): boolean {
  return role !== "social_worker";
}

/** Whether the actor works for the county agency of `countyId`: the body that decides its files' measures. */
export function isCountyAgencyOf(actor: Pick<Actor, "role" | "org">, countyId: string): boolean {
  return (actor.role === "county_officer" || actor.role === "county_head") && actor.org.id === countyId;
}
