import { assertCan, DomainError } from "@zhijiao/domain";
import type { UseCaseArgs } from "../../context.ts";
import type { CountyBoundary } from "../../geo/boundaries.ts";
import { boundaries } from "../../ingest/location-runtime.ts";

export interface BoundaryView {
  county: CountyBoundary;
  parentName: string | null;
  /** Changes only when the shipped data does (an ETag). */
  revision: string;
}

/** A county of the shipped boundaries (WGS-84), for the map and the residence zone. */
export function getBoundary({ actor, code }: UseCaseArgs & { code: string }): BoundaryView {
  assertCan(actor, "alert:read");
  const store = boundaries();
  const county = store.county(code);
  if (!county) {
    const missing = store.province(code)?.missing?.find((m) => m.startsWith(`${code} `));
    throw new DomainError(
      "BOUNDARY_UNKNOWN",
      { code },
      missing ? `${missing} 暂无边界数据（数据源未收录）` : undefined,
    );
  }
  return { county, parentName: store.nameOf(county.parent) ?? null, revision: store.revision(code)! };
}
