/** What the lifecycle use cases share: the rules and calendar in force, places, and who to notify. */
import {
  caseRulesWith,
  todayIn,
  type CaseRules,
  type DateString,
  type WorkingCalendar,
} from "@zhijiao/domain";
import {
  CalendarRepository,
  type Gateway,
  type ResponsiblePlace,
  type SubjectRow,
} from "../db/gateway/index.ts";

export interface CaseEnvironment {
  rules: CaseRules;
  calendar: WorkingCalendar;
  today: DateString;
}

/** The configurable rules (settings `case_rules`, DOMAIN.md cfg) and the loaded calendar. */
export async function caseEnvironment(gw: Gateway): Promise<CaseEnvironment> {
  const [setting, calendar] = await Promise.all([
    gw.trx.selectFrom("settings").select("value").where("key", "=", "case_rules").executeTakeFirst(),
    new CalendarRepository(gw).load(),
  ]);
  return {
    rules: caseRulesWith(setting?.value as Record<string, unknown> | undefined),
    calendar,
    today: todayIn(gw.now),
  };
}

/** A subject's office and county as the place responsible for its deadlines. */
export function subjectPlace(row: SubjectRow): ResponsiblePlace {
  return {
    officeId: row.office_id,
    countyId: row.county_id,
    cityId: row.city_id,
    provinceId: row.province_id,
    minor: row.minor,
  };
}

/** The external bodies of a county's area (its procuratorate, police and court), by kind. */
export async function areaBodies(
  gw: Gateway,
  countyId: string,
): Promise<{
  procuratorate: { id: string; name: string } | null;
  police: { id: string; name: string } | null;
  court: { id: string; name: string } | null;
}> {
  const rows = await gw.trx
    .selectFrom("organizations")
    .select(["id", "name", "kind"])
    .where("county_id", "=", countyId)
    .where("kind", "in", ["procuratorate", "police", "court"])
    .orderBy("sort_key")
    .execute();
  const first = (kind: string) => {
    const r = rows.find((o) => o.kind === kind);
    return r ? { id: r.id, name: r.name } : null;
  };
  return { procuratorate: first("procuratorate"), police: first("police"), court: first("court") };
}

/** The organisation with this exact name, when a deciding authority named in a judgment is one of ours. */
export async function orgNamed(gw: Gateway, name: string): Promise<{ id: string; name: string } | null> {
  const row = await gw.trx
    .selectFrom("organizations")
    .select(["id", "name"])
    .where("name", "=", name)
    .where("kind", "in", ["court", "prison", "police"])
    .executeTakeFirst();
  return row ?? null;
}
