/** What the leave use cases share: the leave rules in force and the file they act on. */
import {
  DomainError,
  leaveRulesWith,
  stateConflictCodes,
  type LeaveRules,
  type SubjectStatus,
} from "@zhijiao/domain";
import { SettingsRepository, SubjectRepository, type Gateway, type SubjectRow } from "../db/gateway/index.ts";

/** The leave rules (settings `leave_rules`, DOMAIN.md R-LV-1/2 cfg). */
export async function leaveRules(gw: Gateway): Promise<LeaveRules> {
  return leaveRulesWith(
    (await new SettingsRepository(gw).get("leave_rules")) as Record<string, unknown> | null,
  );
}

/**
 * The file a leave step acts on: in scope (404); writable by staff (403), a subject only their
 * own; not archived and, by default, in correction (409).
 */
export async function supervisedFile(
  gw: Gateway,
  subjectId: string,
  opts: { statuses?: readonly SubjectStatus[]; readOnly?: boolean } = {},
): Promise<SubjectRow> {
  const subjects = new SubjectRepository(gw);
  const row =
    gw.caller.role === "subject" || opts.readOnly
      ? await subjects.find(subjectId)
      : await subjects.findForStep(subjectId);
  if (row.archived) throw new DomainError("FILE_ARCHIVED", { id: row.id });
  const statuses = opts.statuses ?? ["in_correction"];
  const status = row.status as SubjectStatus;
  if (!statuses.includes(status))
    throw new DomainError(status === "in_correction" ? "CASE_IN_CORRECTION" : stateConflictCodes[status], {
      status,
    });
  return row;
}
