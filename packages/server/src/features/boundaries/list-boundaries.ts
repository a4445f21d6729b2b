import { assertCan, DomainError } from "@zhijiao/domain";
import type { UseCaseArgs } from "../../context.ts";
import type { DivisionItem } from "../../geo/boundaries.ts";
import { boundaries } from "../../ingest/location-runtime.ts";

/**
 * The divisions of the shipped boundaries under a parent: without one the provinces, under a
 * province its cities, under a city its counties. Public geography: no scope, no audit.
 */
export function listBoundaries({ actor, parent }: UseCaseArgs & { parent?: string }): DivisionItem[] {
  assertCan(actor, "alert:read");
  const store = boundaries();
  if (parent === undefined) return store.provinces();
  const items = store.list(parent);
  if (!items) throw new DomainError("BOUNDARY_UNKNOWN", { code: parent });
  return items;
}
