/** The file a step acts on, loaded in the caller's scope and checked for its state. */
import { DomainError, stateConflictCodes, type SubjectStatus } from "@zhijiao/domain";
import { SubjectRepository, type Gateway, type SubjectRow } from "../db/gateway/index.ts";

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
