import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { UserRepository, type UserListFilter, type UserRow } from "../../db/gateway/index.ts";

/** Accounts of the organisations in the caller's scope. */
export async function listUsers({
  ctx,
  actor,
  meta,
  filter,
}: UseCaseArgs & { filter: UserListFilter }): Promise<{ rows: UserRow[]; total: number }> {
  assertCan(actor, "user:list");
  return inTransaction(ctx, actor, meta, (gw) => new UserRepository(gw).list(filter));
}
