import { DomainError, assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { OrganizationRepository } from "../../db/gateway/index.ts";

const limit = 50;

/** R-TR-1: the justice offices of other counties a file may move to, found by a part of their name. */
export async function listTransferDestinations({
  ctx,
  actor,
  meta,
  q,
}: UseCaseArgs & { q?: string }): Promise<
  { id: string; name: string; countyId: string | null; countyName: string; countyDivisionCode: string }[]
> {
  assertCan(actor, "transfer:apply");
  const countyId = actor.org.kind === "county" ? actor.org.id : actor.org.countyId;
  if (!countyId) throw new DomainError("FORBIDDEN", { action: "transfer:apply" });
  return inTransaction(ctx, actor, meta, (gw) =>
    new OrganizationRepository(gw).officesOutside(countyId, q, limit),
  );
}
