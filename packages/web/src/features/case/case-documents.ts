/** The documents a case has issued, and downloading one. */
import type { DocumentKind } from "@zhijiao/domain";
import { documentKindLabels, documentKinds } from "@zhijiao/domain";
import type { CaseEvent, CaseView } from "../../api/types";
import { useDownload } from "../../lib/use-download";
import { isDocumentKind } from "../documents/documents";

/** The documents this case has issued (the step that issues each one has happened). */
export function issuedDocuments(view: CaseView, events: CaseEvent[]): DocumentKind[] {
  const kinds = new Set<DocumentKind>();
  for (const e of events) if (isDocumentKind(e.documentKind)) kinds.add(e.documentKind);
  if (view.investigation?.opinion) kinds.add("investigation-opinion");
  if (view.announcement) kinds.add("entry-announcement");
  if (view.plans.length) kinds.add("correction-plan");
  if (view.transfer?.decisionDocumentNumber) kinds.add("transfer-decision");
  if (events.some((e) => e.step === "record_search")) kinds.add("report-notice");
  // An approval's event names the 外出证明; the 外出审批表 it also numbers is issued with it.
  if (events.some((e) => e.step === "approve_leave")) kinds.add("leave-approval-form");
  if (view.status === "released") kinds.add("release-certificate");
  if (view.status === "terminated") kinds.add("termination-notice");
  return documentKinds.filter((k) => kinds.has(k));
}

/** Downloads one of the file's documents as "<document>-<name>.docx". */
export function useDocumentDownload(subjectId: string, subjectName: string) {
  const get = useDownload();
  return (kind: string) => {
    const label = isDocumentKind(kind) ? documentKindLabels[kind] : kind;
    return get(`/api/subjects/${subjectId}/documents/${kind}`, `${label}-${subjectName}.docx`);
  };
}
