import type { Actor } from "./roles.ts";

/** Which column of the subject's denormalised organisation path the scope matches on. */
export type ScopeColumn = "provinceId" | "cityId" | "countyId" | "officeId";

/**
 * Which subject files an actor can see, as data the gateway turns into a WHERE clause.
 * Minors' files (R-PR-2) are visible only to their office, their county agency and the
 * procurator: `includeMinors` is false above the county.
 */
export type SubjectScope =
  | { kind: "none" }
  | { kind: "org"; column: ScopeColumn; orgId: string; includeMinors: boolean }
  | { kind: "assigned"; userId: string; officeId: string }
  | { kind: "self"; subjectId: string };

export function subjectScope(actor: Actor): SubjectScope {
  const org = actor.org;
  switch (actor.role) {
    case "admin":
      return { kind: "none" };
    case "province_supervisor":
      return { kind: "org", column: "provinceId", orgId: org.id, includeMinors: false };
    case "city_supervisor":
      return { kind: "org", column: "cityId", orgId: org.id, includeMinors: false };
    case "county_officer":
    case "county_head":
      return { kind: "org", column: "countyId", orgId: org.id, includeMinors: true };
    case "office_worker":
      return { kind: "org", column: "officeId", orgId: org.id, includeMinors: true };
    case "social_worker":
      return { kind: "assigned", userId: actor.userId, officeId: org.id };
    case "procurator":
      // A procuratorate reads everything in the area it is attached to.
      if (org.countyId) return { kind: "org", column: "countyId", orgId: org.countyId, includeMinors: true };
      if (org.cityId) return { kind: "org", column: "cityId", orgId: org.cityId, includeMinors: false };
      if (org.provinceId)
        return { kind: "org", column: "provinceId", orgId: org.provinceId, includeMinors: false };
      return { kind: "none" };
    case "subject":
      return actor.subjectId ? { kind: "self", subjectId: actor.subjectId } : { kind: "none" };
  }
}

/** A subject's place in the tree, as stored on its row. */
export interface SubjectPlace {
  id: string;
  officeId: string;
  countyId: string;
  cityId: string;
  provinceId: string;
  minor: boolean;
  assignedUserIds?: readonly string[];
  /** The other agency and office while a transfer is open (R-TR-1). */
  sharedCountyId?: string | null;
  sharedOfficeId?: string | null;
}

function sharedValue(s: SubjectPlace, column: ScopeColumn): string | null {
  if (column === "countyId") return s.sharedCountyId ?? null;
  if (column === "officeId") return s.sharedOfficeId ?? null;
  return null;
}

/** The same scope as a predicate, for checks in memory (tests, the UI). */
export function inSubjectScope(scope: SubjectScope, s: SubjectPlace): boolean {
  switch (scope.kind) {
    case "none":
      return false;
    case "org":
      return (
        (s[scope.column] === scope.orgId || sharedValue(s, scope.column) === scope.orgId) &&
        (scope.includeMinors || !s.minor)
      );
    case "assigned":
      // An assignment counts only while the file stays in the worker's office (not after a transfer).
      return s.officeId === scope.officeId && (s.assignedUserIds ?? []).includes(scope.userId);
    case "self":
      return s.id === scope.subjectId;
  }
}

/** Which organisations an actor sees in lists and may pick: its subtree, or its area for external bodies. */
export type OrgScope = { kind: "all" } | { kind: "subtree"; column: ScopeColumn | "id"; orgId: string };

export function orgScope(actor: Actor): OrgScope {
  const org = actor.org;
  switch (actor.role) {
    case "admin":
      return { kind: "all" };
    case "province_supervisor":
      return { kind: "subtree", column: "provinceId", orgId: org.id };
    case "city_supervisor":
      return { kind: "subtree", column: "cityId", orgId: org.id };
    case "county_officer":
    case "county_head":
      return { kind: "subtree", column: "countyId", orgId: org.id };
    case "office_worker":
    case "social_worker":
    case "subject":
      return { kind: "subtree", column: "id", orgId: org.id };
    case "procurator":
      if (org.countyId) return { kind: "subtree", column: "countyId", orgId: org.countyId };
      if (org.cityId) return { kind: "subtree", column: "cityId", orgId: org.cityId };
      return { kind: "subtree", column: "provinceId", orgId: org.provinceId ?? org.id };
  }
}
