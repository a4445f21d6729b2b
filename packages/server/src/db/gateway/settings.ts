import { Repository } from "./repository.ts";

/** Installation-wide settings (JSON values by key), e.g. `case_rules`. */
export class SettingsRepository extends Repository {
  async get(key: string): Promise<unknown> {
    const row = await this.db
      .selectFrom("settings")
      .select("value")
      .where("key", "=", key)
      .executeTakeFirst();
    return row?.value ?? null;
  }

  /** Stores a setting (replacing it), audited as `settings.update` with the values before and after. */
  async set(key: string, value: Record<string, unknown>): Promise<void> {
    const before = await this.get(key);
    const json = JSON.stringify(value);
    await this.db
      .insertInto("settings")
      .values({ key, value: json, updated_at: this.gw.now })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value: json, updated_at: this.gw.now }))
      .execute();
    const o = this.gw.caller.org;
    await this.gw.audit({
      action: "settings.update",
      resourceType: "settings",
      resourceId: key,
      place: { countyId: o.countyId, cityId: o.cityId, provinceId: o.provinceId },
      details: { key, before, after: value },
    });
  }
}
