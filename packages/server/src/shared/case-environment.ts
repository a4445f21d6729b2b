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
  OrganizationRepository,
  SettingsRepository,
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
    new SettingsRepository(gw).get("case_rules"),
    new CalendarRepository(gw).load(),
  ]);
  return {
    rules: caseRulesWith(setting as Record<string, unknown> | null),
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
export async function areaBodies(gw: Gateway, countyId: string) {
  const bodies = await new OrganizationRepository(gw).areaBodiesOf(countyId);
  const ref = (o: { id: string; name: string } | null) => (o ? { id: o.id, name: o.name } : null);
  return { procuratorate: ref(bodies.procuratorate), police: ref(bodies.police), court: ref(bodies.court) };
}

/** The organisation with this exact name, when a deciding authority named in a judgment is one of ours. */
export async function orgNamed(gw: Gateway, name: string): Promise<{ id: string; name: string } | null> {
  const row = await new OrganizationRepository(gw).externalNamed(name);
  return row ? { id: row.id, name: row.name } : null;
}
