import type { OrgRef } from "../organizations/kinds.ts";
import type { Actor } from "./roles.ts";

/**
 * Whether the actor may put a subject's file under this office (create, or move it there):
 * an office worker only in its own office, the county agency in any office of its county.
 */
export function mayWriteInOffice(actor: Actor, office: OrgRef): boolean {
  if (office.kind !== "office") return false;
  switch (actor.role) {
    case "office_worker":
      return office.id === actor.org.id;
    case "county_officer":
    case "county_head":
      return office.countyId === actor.org.id;
    case "admin":
    case "province_supervisor":
    case "city_supervisor":
    case "social_worker":
    case "procurator":
    case "subject":
      return false;
  }
}

/** Whether a supervisor may manage an account that belongs to this organisation. */
export function mayManageUsersIn(actor: Actor, org: OrgRef): boolean {
  switch (actor.role) {
    case "admin":
      return true;
    case "province_supervisor":
      return org.provinceId === actor.org.id;
    case "city_supervisor":
      return org.cityId === actor.org.id;
    case "county_officer":
    case "county_head":
    case "office_worker":
    case "social_worker":
    case "procurator":
    case "subject":
      return false;
  }
}
