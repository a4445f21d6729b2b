import type { Insertable, Selectable } from "kysely";
import type { OrgRef, OrgKind } from "@zhijiao/domain";
import type { OrganizationsTable } from "../schema.ts";
import { isUuid, orgTree, scopedTo } from "./scope.ts";
import { Repository } from "./repository.ts";

export type OrgRow = Selectable<OrganizationsTable>;

export function orgRefOf(row: OrgRow): OrgRef & { name: string; divisionCode: string } {
  return {
    id: row.id,
    kind: row.kind as OrgKind,
    name: row.name,
    divisionCode: row.division_code,
    provinceId: row.province_id,
    cityId: row.city_id,
    countyId: row.county_id,
  };
}

/** Organisations within the caller's scope (its subtree, or the area of an external body). */
export class OrganizationRepository extends Repository {
  private readonly inScope = scopedTo(this.gw, orgTree("organizations.id", "organization"));

  list(kind?: string): Promise<OrgRow[]> {
    let q = this.inScope.narrow(this.db.selectFrom("organizations").selectAll());
    if (kind) q = q.where("kind", "=", kind);
    return q.orderBy("sort_key").execute();
  }

  async find(id: string): Promise<OrgRow> {
    return this.inScope.find(this.db.selectFrom("organizations").selectAll(), id);
  }

  /** Any organisation, unscoped: for resolving a parent the caller may attach to. */
  async findAny(id: string): Promise<OrgRow | undefined> {
    if (!isUuid(id)) return undefined;
    return this.db.selectFrom("organizations").selectAll().where("id", "=", id).executeTakeFirst();
  }

  /**
   * The external bodies of a county's area by kind (its procuratorate, police and court):
   * whom the law says to notify. Unscoped: notices go beyond the caller's own tree.
   */
  async areaBodiesOf(countyId: string): Promise<Record<"procuratorate" | "police" | "court", OrgRow | null>> {
    const rows = await this.db
      .selectFrom("organizations")
      .selectAll()
      .where("county_id", "=", countyId)
      .where("kind", "in", ["procuratorate", "police", "court"])
      .orderBy("sort_key")
      .execute();
    const first = (kind: string) => rows.find((o) => o.kind === kind) ?? null;
    return { procuratorate: first("procuratorate"), police: first("police"), court: first("court") };
  }

  /**
   * Justice offices outside a county, with their county, for choosing where a transfer goes
   * (R-TR-1). Unscoped by design: the names of offices are not protected; at most `limit`,
   * filtered by a part of the office's or county's name.
   */
  async officesOutside(countyId: string, q: string | undefined, limit: number) {
    let query = this.db
      .selectFrom("organizations as office")
      .innerJoin("organizations as county", "county.id", "office.county_id")
      .select([
        "office.id",
        "office.name",
        "office.county_id as countyId",
        "county.name as countyName",
        "county.division_code as countyDivisionCode",
      ])
      .where("office.kind", "=", "office")
      .where("office.county_id", "!=", countyId);
    const text = q?.trim();
    if (text) {
      const like = `%${text.replace(/[\\%_]/g, (c) => "\\" + c)}%`;
      query = query.where((eb) => eb.or([eb("office.name", "like", like), eb("county.name", "like", like)]));
    }
    return query.orderBy("office.sort_key").limit(limit).execute();
  }

  /** The court, prison or police body with exactly this name (a deciding authority named in a judgment). */
  async externalNamed(name: string): Promise<OrgRow | null> {
    const row = await this.db
      .selectFrom("organizations")
      .selectAll()
      .where("name", "=", name)
      .where("kind", "in", ["court", "prison", "police"])
      .executeTakeFirst();
    return row ?? null;
  }

  async insert(values: Insertable<OrganizationsTable>): Promise<OrgRow> {
    await this.db.insertInto("organizations").values(values).execute();
    await this.gw.audit({
      action: "organization.create",
      resourceType: "organization",
      resourceId: values.id,
      details: {
        name: values.name,
        kind: values.kind,
        divisionCode: values.division_code,
        parentId: values.parent_id,
      },
    });
    return this.find(values.id);
  }

  async rename(row: OrgRow, set: { name?: string; division_code?: string }): Promise<OrgRow> {
    await this.db.updateTable("organizations").set(set).where("id", "=", row.id).execute();
    await this.gw.audit({
      action: "organization.update",
      resourceType: "organization",
      resourceId: row.id,
      details: { before: { name: row.name, divisionCode: row.division_code }, after: set },
    });
    return this.find(row.id);
  }
}
