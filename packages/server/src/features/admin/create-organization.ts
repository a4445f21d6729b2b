import { randomUUID } from "node:crypto";
import {
  DomainError,
  allowedParentKinds,
  assertCan,
  isValidDivisionCode,
  isValidTownCode,
  orgKinds,
  type OrgKind,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { OrganizationRepository, type OrgRow } from "../../db/gateway/index.ts";
import type { FromSchema } from "json-schema-to-ts";
import type { createOrganizationBody } from "./organization-schemas.ts";

const kindOrder: Record<OrgKind, number> = {
  province: 1,
  city: 2,
  county: 3,
  office: 4,
  court: 5,
  procuratorate: 6,
  police: 7,
  prison: 8,
};

export type OrganizationInput = FromSchema<typeof createOrganizationBody>;

/** The denormalised ancestors and tree position of a new organisation under its parent. */
export function placeUnder(
  kind: OrgKind,
  id: string,
  parent: OrgRow | null,
  divisionCode: string,
  name: string,
) {
  const own = {
    province_id: parent?.province_id ?? null,
    city_id: parent?.city_id ?? null,
    county_id: parent?.county_id ?? null,
  };
  if (kind === "province") own.province_id = id;
  if (kind === "city") own.city_id = id;
  if (kind === "county") own.county_id = id;
  const sort_key = `${parent ? parent.sort_key + "/" : ""}${kindOrder[kind]}${divisionCode}:${name}`;
  return { ...own, sort_key };
}

export function checkDivisionCode(kind: OrgKind, code: string): void {
  const ok =
    kind === "office" ? isValidTownCode(code) || isValidDivisionCode(code) : isValidDivisionCode(code);
  if (!ok) throw new DomainError("DIVISION_CODE_INVALID", { field: "divisionCode" });
}

/** Adds an organisation to the tree (system administrator). */
export async function createOrganization({
  ctx,
  actor,
  meta,
  input,
}: UseCaseArgs & { input: OrganizationInput }): Promise<OrgRow> {
  assertCan(actor, "org:manage");
  if (!(orgKinds as readonly string[]).includes(input.kind))
    throw new DomainError("VALIDATION_FAILED", { field: "kind" });
  const kind = input.kind as OrgKind;
  checkDivisionCode(kind, input.divisionCode);
  return inTransaction(ctx, actor, meta, async (gw) => {
    const orgs = new OrganizationRepository(gw);
    const parent = input.parentId ? ((await orgs.findAny(input.parentId)) ?? null) : null;
    if (input.parentId && !parent) throw new DomainError("ORG_PARENT_INVALID", { field: "parentId" });
    if (!allowedParentKinds(kind).includes((parent?.kind as OrgKind | undefined) ?? null))
      throw new DomainError("ORG_PARENT_INVALID", { field: "parentId", allowed: allowedParentKinds(kind) });
    const id = randomUUID();
    return orgs.insert({
      id,
      parent_id: parent?.id ?? null,
      kind,
      name: input.name.trim(),
      division_code: input.divisionCode,
      ...placeUnder(kind, id, parent, input.divisionCode, input.name.trim()),
    });
  });
}
