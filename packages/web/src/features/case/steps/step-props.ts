import type { CaseEvent, CaseView, Subject } from "../../../api/types";
import type { DialogProps } from "../../../components/step-modal";

/** What each step dialog of the case is given: the file, where its case stands, and its events. */
export interface CaseStepProps extends DialogProps {
  subject: Subject;
  view: CaseView;
  events: CaseEvent[];
}

/** The route of a step of the case: `/api/subjects/:id/intake`. */
export const stepPath = (view: CaseView, step: string) => `/api/subjects/${view.subjectId}/${step}`;
