import { assertCan } from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { LeaveRequestRepository, type LeaveRequestRow } from "../../db/gateway/index.ts";

/** One leave request in the caller's scope (404 otherwise); audited as a read of the file. */
export async function getLeaveRequest({
  ctx,
  actor,
  meta,
  leaveRequestId,
}: UseCaseArgs & { leaveRequestId: string }): Promise<LeaveRequestRow> {
  assertCan(actor, "subject:read");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const row = await new LeaveRequestRepository(gw).find(leaveRequestId);
    await gw.audit({
      action: "leave.read",
      resourceType: "leave_request",
      resourceId: row.id,
      subjectId: row.subject_id,
      place: { countyId: row.county_id, cityId: row.city_id, provinceId: row.province_id },
    });
    return row;
  });
}
