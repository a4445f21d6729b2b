/**
 * The 日常监管 tab of the subject file and the links into it: a link `?action=…&leaveId=…` (from the
 * workbench or the decision queue) opens the form that handles the item.
 */
import type { LeaveRequest } from "../leave/types";
import type { Sanction } from "../sanctions/types";

/** Actions a link may open on the file. */
export type SupervisionAction =
  "leave-decision" | "leave-return" | "sanction-decision" | "level-decision" | "record";

/** The parameters of such a link, removed once its form is closed. */
export const fileActionParams = ["action", "leaveId", "sanctionId", "levelChangeId"] as const;

export const leaveDecisionLink = (l: Pick<LeaveRequest, "id" | "subjectId">) =>
  `/subjects/${l.subjectId}?action=leave-decision&leaveId=${l.id}`;
export const sanctionDecisionLink = (s: Pick<Sanction, "id" | "subjectId">) =>
  `/subjects/${s.subjectId}?action=sanction-decision&sanctionId=${s.id}`;
