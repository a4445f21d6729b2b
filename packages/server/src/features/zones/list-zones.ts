import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { SubjectRepository, ZoneRepository, type StoredZoneRow } from "../../db/gateway/index.ts";
import { RESIDENCE_TOLERANCE_M } from "../../ingest/zone-book.ts";

/** The implicit residence zone: the county of residence of the shipped boundaries, never stored. */
export interface ResidenceZone {
  id: null;
  subject_id: string;
  kind: "inclusion";
  source: "residence";
  source_id: null;
  name: string;
  shape: { type: "division"; code: string };
  tolerance_m: number;
  active_from: null;
  active_until: null;
  daily_from: null;
  daily_until: null;
  created_at: null;
  ended_at: null;
}

export type ZoneView = StoredZoneRow | ResidenceZone;

/** Statuses under supervision, for which the county of residence is the default inclusion zone. */
const supervisedStatuses = ["in_correction", "transferring"];

/**
 * The zones in force for a file in scope (404 otherwise), an audited read: the county of
 * residence (implicit, tolerance 300 m) while the file is under supervision, then the stored
 * zones not ended (leave destinations, court-ban places, curfews, manual zones).
 */
export async function listZones({
  ctx,
  actor,
  meta,
  subjectId,
}: UseCaseArgs & { subjectId: string }): Promise<ZoneView[]> {
  assertCan(actor, "alert:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await new SubjectRepository(gw).read(subjectId, "zone.list");
    const stored = await new ZoneRepository(gw).inForce(subject.id);
    if (!supervisedStatuses.includes(subject.status)) return stored;
    const residence: ResidenceZone = {
      id: null,
      subject_id: subject.id,
      kind: "inclusion",
      source: "residence",
      source_id: null,
      name: "居住地县（市、区）",
      shape: { type: "division", code: subject.residence_division_code.slice(0, 6) },
      tolerance_m: RESIDENCE_TOLERANCE_M,
      active_from: null,
      active_until: null,
      daily_from: null,
      daily_until: null,
      created_at: null,
      ended_at: null,
    };
    return [residence, ...stored];
  });
}
