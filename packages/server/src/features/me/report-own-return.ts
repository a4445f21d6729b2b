import type { DateString } from "@zhijiao/domain";
import type { UseCaseArgs } from "../../context.ts";
import type { LeaveRequestRow } from "../../db/gateway/index.ts";
import { ownSubjectId } from "../../shared/own-subject.ts";
import { recordLeaveReturn } from "../leave/record-leave-return.ts";

/**
 * R-LV-3: the subject reports back (销假) from the mobile app on its own approved leave. The
 * return is recorded at once, as when the office records it (the same step); a leave request
 * of another file is not found (404, the scope `self`).
 */
export async function reportOwnReturn(
  args: UseCaseArgs & { leaveRequestId: string; input: { returnedOn: DateString } },
): Promise<LeaveRequestRow> {
  ownSubjectId(args.actor);
  return recordLeaveReturn(args);
}
