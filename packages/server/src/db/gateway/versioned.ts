import type { Updateable } from "kysely";
import { DomainError } from "@zhijiao/domain";
import type { DB } from "../schema.ts";
import { transactionOf, type Gateway } from "./gateway.ts";

/** Tables whose rows carry `version` and `updated_at` for optimistic concurrency. */
type VersionedTable = "subjects" | "investigations" | "transfers" | "leave_requests";

/**
 * Writes `set` to the row only if it still has the version the caller read, bumping it; a
 * concurrent change answers VERSION_CONFLICT (409) and nothing is written.
 */
export async function updateVersioned<T extends VersionedTable>(
  gw: Gateway,
  table: T,
  current: { id: string; version: number },
  set: Updateable<DB[T]>,
): Promise<void> {
  const res = await transactionOf(gw)
    .updateTable(table as VersionedTable)
    .set({ ...(set as Updateable<DB[VersionedTable]>), version: current.version + 1, updated_at: gw.now })
    .where("id", "=", current.id)
    .where("version", "=", current.version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1)
    throw new DomainError("VERSION_CONFLICT", { id: current.id, version: current.version });
}
