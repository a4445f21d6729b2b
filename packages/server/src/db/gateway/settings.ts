import type { Gateway } from "./gateway.ts";

/** Installation-wide settings (JSON values by key), e.g. `case_rules`. */
export class SettingsRepository {
  constructor(private readonly gw: Gateway) {}

  async get(key: string): Promise<unknown> {
    const row = await this.gw.trx
      .selectFrom("settings")
      .select("value")
      .where("key", "=", key)
      .executeTakeFirst();
    return row?.value ?? null;
  }
}
