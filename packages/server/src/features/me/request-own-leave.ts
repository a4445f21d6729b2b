import type { UseCaseArgs } from "../../context.ts";
import type { LeaveRequestRow } from "../../db/gateway/index.ts";
import { ownSubjectId } from "../../shared/own-subject.ts";
import { requestLeave, type LeaveApplicationInput } from "../leave/request-leave.ts";

/** R-LV-1/2: the subject applies for leave from the mobile app, for its own file only. */
export async function requestOwnLeave(
  args: UseCaseArgs & { input: LeaveApplicationInput },
): Promise<LeaveRequestRow> {
  return requestLeave({ ...args, subjectId: ownSubjectId(args.actor) });
}
