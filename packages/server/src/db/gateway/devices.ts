import { sql, type Insertable, type Selectable, type SqlBool } from "kysely";
import { DomainError, subjectScope, type Actor } from "@zhijiao/domain";
import type { DeviceBindingsTable, DevicesTable } from "../schema.ts";
import { checkedThroughOwner, isUuid, scopedTo, subjectFiles, type TableScope } from "./scope.ts";
import { Repository } from "./repository.ts";

/** A device as staff see it: never its token or authentication code. */
export type DeviceRow = Omit<Selectable<DevicesTable>, "token_hash" | "auth_code">;

/** A device in a list, with its open binding; the subject only when the caller may see the file. */
export type DeviceListRow = DeviceRow & {
  binding_id: string | null;
  bound_at: Date | null;
  subject_id: string | null;
  subject_name: string | null;
};

/** A binding with the device it binds. */
export type DeviceBindingRow = Selectable<DeviceBindingsTable> & {
  device_kind: string;
  device_identifier: string;
  device_model: string | null;
  bound_by_name: string | null;
  ended_by_name: string | null;
};

export interface DeviceListFilter {
  kind?: string;
  bound?: boolean;
  page: number;
  pageSize: number;
}

const deviceColumns = [
  "d.id",
  "d.kind",
  "d.identifier",
  "d.county_id",
  "d.model",
  "d.offline_after_seconds",
  "d.low_battery_percent",
  "d.active",
  "d.created_at",
] as const;

/**
 * The caller's device area, on the device's county: an office or county sees its county's
 * devices, a procuratorate those of its area, a city or province those below; others none.
 */
function deviceArea(
  caller: Actor,
): { column: "county.id" | "county.city_id" | "county.province_id"; orgId: string } | null {
  const scope = subjectScope(caller);
  if (scope.kind !== "org") return null;
  switch (scope.column) {
    case "officeId":
      return caller.org.countyId ? { column: "county.id", orgId: caller.org.countyId } : null;
    case "countyId":
      return { column: "county.id", orgId: scope.orgId };
    case "cityId":
      return { column: "county.city_id", orgId: scope.orgId };
    case "provinceId":
      return { column: "county.province_id", orgId: scope.orgId };
  }
}

/** Devices in the caller's area (the queries join the device's county as `county`). */
const devicesInArea: TableScope = {
  resource: "device",
  id: "d.id",
  where(caller) {
    const area = deviceArea(caller);
    return area ? sql<SqlBool>`${sql.ref(area.column)} = ${area.orgId}` : sql<SqlBool>`false`;
  },
};

/** A binding by id: the use case then checks the file it binds. */
const bindingById = checkedThroughOwner("b.id", "device_binding");

/**
 * Devices belong to a county agency (it registers them); offices bind their county's devices
 * to their own files. Bindings are read through the file they bind (the caller holds it).
 */
export class DeviceRepository extends Repository {
  async insert(values: Insertable<DevicesTable>): Promise<DeviceRow> {
    await this.db.insertInto("devices").values(values).execute();
    await this.gw.audit({
      action: "device.register",
      resourceType: "device",
      resourceId: values.id,
      place: {
        countyId: values.county_id,
        cityId: this.gw.caller.org.cityId,
        provinceId: this.gw.caller.org.provinceId,
      },
      details: { kind: values.kind, identifier: values.identifier, model: values.model ?? null },
    });
    return this.db
      .selectFrom("devices as d")
      .select(deviceColumns)
      .where("d.id", "=", values.id)
      .executeTakeFirstOrThrow();
  }

  /** Whether an identifier is registered anywhere (identifiers are unique platform-wide). */
  async identifierTaken(identifier: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("devices")
      .select("id")
      .where("identifier", "=", identifier)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The caller's area's devices, newest first, with their open binding. */
  async list(f: DeviceListFilter): Promise<{ rows: DeviceListRow[]; total: number }> {
    const base = this.db
      .selectFrom("devices as d")
      .innerJoin("organizations as county", "county.id", "d.county_id")
      .leftJoin("device_bindings as b", (j) =>
        j.onRef("b.device_id", "=", "d.id").on("b.ended_at", "is", null),
      )
      .$if(f.kind !== undefined, (q) => q.where("d.kind", "=", f.kind!))
      .$if(f.bound === true, (q) => q.where("b.id", "is not", null))
      .$if(f.bound === false, (q) => q.where("b.id", "is", null));
    const { rows: page, total } = await scopedTo(this.gw, devicesInArea).list(
      base
        .select(deviceColumns)
        .select(["b.id as binding_id", "b.bound_at", "b.subject_id"])
        .orderBy("d.created_at", "desc")
        .orderBy("d.id"),
      base,
      f,
    );
    // A device bound to a file the caller may not see (another office's, a minor's) shows as bound, nobody named.
    const boundTo = [...new Set(page.map((r) => r.subject_id).filter((id): id is string => id !== null))];
    const visible = boundTo.length
      ? await scopedTo(this.gw, subjectFiles())
          .narrow(this.db.selectFrom("subjects").select(["subjects.id", "subjects.name"]))
          .where("subjects.id", "in", boundTo)
          .execute()
      : [];
    const names = new Map(visible.map((s) => [s.id, s.name]));
    const rows = page.map((r) => ({
      ...r,
      subject_id: r.subject_id && names.has(r.subject_id) ? r.subject_id : null,
      subject_name: (r.subject_id && names.get(r.subject_id)) ?? null,
    }));
    const { page: pageNo, pageSize, ...filter } = f;
    await this.gw.auditOversightRead("device.list", "device", { filter, page: pageNo, pageSize });
    return { rows, total };
  }

  /** An active device of this county, or DEVICE_UNKNOWN (404): another county's device is not told apart. */
  async findInCounty(id: string, countyId: string): Promise<DeviceRow> {
    const row = isUuid(id)
      ? await this.db
          .selectFrom("devices as d")
          .select(deviceColumns)
          .where("d.id", "=", id)
          .where("d.county_id", "=", countyId)
          .where("d.active", "=", true)
          .forUpdate()
          .executeTakeFirst()
      : undefined;
    if (!row) throw new DomainError("DEVICE_UNKNOWN", { field: "deviceId" });
    return row;
  }

  /** Replaces the device's ingest token (its SHA-256). */
  async setTokenHash(id: string, hash: string): Promise<DeviceRow> {
    await this.db.updateTable("devices").set({ token_hash: hash }).where("id", "=", id).execute();
    const row = await this.db
      .selectFrom("devices as d")
      .select(deviceColumns)
      .where("d.id", "=", id)
      .executeTakeFirstOrThrow();
    return row;
  }

  private bindings() {
    return this.db
      .selectFrom("device_bindings as b")
      .innerJoin("devices as d", "d.id", "b.device_id")
      .leftJoin("users as binder", "binder.id", "b.bound_by")
      .leftJoin("users as ender", "ender.id", "b.ended_by")
      .selectAll("b")
      .select([
        "d.kind as device_kind",
        "d.identifier as device_identifier",
        "d.model as device_model",
        "binder.display_name as bound_by_name",
        "ender.display_name as ended_by_name",
      ]);
  }

  /** The open binding of a device, if any. */
  async openBindingOfDevice(deviceId: string): Promise<Selectable<DeviceBindingsTable> | undefined> {
    return this.db
      .selectFrom("device_bindings")
      .selectAll()
      .where("device_id", "=", deviceId)
      .where("ended_at", "is", null)
      .executeTakeFirst();
  }

  /** The file's open bindings with their devices. */
  async openBindingsOfSubject(subjectId: string): Promise<DeviceBindingRow[]> {
    return this.bindings().where("b.subject_id", "=", subjectId).where("b.ended_at", "is", null).execute();
  }

  /** Every binding of the file, the latest first (history included). */
  async bindingsOfSubject(subjectId: string): Promise<DeviceBindingRow[]> {
    return (
      this.bindings()
        .where("b.subject_id", "=", subjectId)
        .orderBy("b.bound_at", "desc")
        // Bound at the same moment (the clock did not move): the open binding is the newer one.
        .orderBy(sql`b.ended_at is null`, "desc")
        .orderBy("b.ended_at", "desc")
        .orderBy("b.id")
        .execute()
    );
  }

  async insertBinding(values: Insertable<DeviceBindingsTable>): Promise<DeviceBindingRow> {
    await this.db.insertInto("device_bindings").values(values).execute();
    return this.bindings().where("b.id", "=", values.id).executeTakeFirstOrThrow();
  }

  /** A binding by id, unscoped (the caller then checks the file it binds), or 404. */
  async getBinding(id: string): Promise<DeviceBindingRow> {
    return scopedTo(this.gw, bindingById).find(this.bindings(), id);
  }

  /** Ends a binding still open (else BINDING_ENDED, 409). */
  async endBinding(id: string, reason: string, endedBy: string | null): Promise<DeviceBindingRow> {
    const res = await this.db
      .updateTable("device_bindings")
      .set({ ended_at: this.gw.now, end_reason: reason, ended_by: endedBy })
      .where("id", "=", id)
      .where("ended_at", "is", null)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new DomainError("BINDING_ENDED", { id });
    return this.bindings().where("b.id", "=", id).executeTakeFirstOrThrow();
  }

  /** Open bracelet bindings resting on an authorization (the expiry sweep). */
  async openBindingsUnder(authorizationId: string): Promise<DeviceBindingRow[]> {
    return this.bindings()
      .where("b.authorization_id", "=", authorizationId)
      .where("b.ended_at", "is", null)
      .execute();
  }

  /** Moves open bindings to the authorization that now carries them (an approved extension). */
  async moveBindings(fromAuthorizationId: string, toAuthorizationId: string): Promise<number> {
    const res = await this.db
      .updateTable("device_bindings")
      .set({ authorization_id: toAuthorizationId })
      .where("authorization_id", "=", fromAuthorizationId)
      .where("ended_at", "is", null)
      .executeTakeFirst();
    return Number(res.numUpdatedRows);
  }
}
