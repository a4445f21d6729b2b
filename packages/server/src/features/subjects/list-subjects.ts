import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { SubjectRepository, type SubjectListFilter, type SubjectRow } from "../../db/gateway/index.ts";

/** A page of the files in the caller's scope, filtered and searched (name, last identity digits). */
export async function listSubjects({
  ctx,
  actor,
  meta,
  filter,
}: UseCaseArgs & { filter: SubjectListFilter }): Promise<{ rows: SubjectRow[]; total: number }> {
  assertCan(actor, "subject:list");
  return inTransaction(ctx, actor, meta, (gw) => new SubjectRepository(gw).list(filter));
}
