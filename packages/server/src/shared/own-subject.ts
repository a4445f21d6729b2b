/** What the subject's own use cases (the mobile app, /api/me) share. */
import { DomainError, type Actor } from "@zhijiao/domain";

/**
 * The file a subject account acts on: its own, and only for a subject (403 for staff). The
 * scope `self` keeps every read to that file; this check keeps the /api/me paths to subjects.
 */
export function ownSubjectId(actor: Actor): string {
  if (actor.role !== "subject" || !actor.subjectId) throw new DomainError("FORBIDDEN", { role: actor.role });
  return actor.subjectId;
}

/** The supervision record kinds a subject submits from the app, newest first in the overview. */
export const ownRecordKinds = ["check_in", "thought_report"] as const;
