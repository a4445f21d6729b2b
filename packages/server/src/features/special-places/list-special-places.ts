import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  SpecialPlaceRepository,
  SubjectRepository,
  type SpecialPlaceRequestRow,
} from "../../db/gateway/index.ts";

/** The special-place requests (进入特定场所, R-LV-4) of a file in scope (404 otherwise). */
export async function listSpecialPlaces({
  ctx,
  actor,
  meta,
  subjectId,
}: UseCaseArgs & { subjectId: string }): Promise<SpecialPlaceRequestRow[]> {
  assertCan(actor, "subject:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await new SubjectRepository(gw).read(subjectId, "special_place.list");
    return new SpecialPlaceRepository(gw).ofSubject(subject.id);
  });
}
