/** Shapes of the answers described in docs/API.md: aliases of the generated contract where converted. */
import type { ItemOf, ResponseOf } from "./contract";

export interface Page<T> {
  items: T[];
  total: number;
}

export type OrgSummary = Me["org"];

/** The signed-in user: who, where, and what the role may do. */
export type Me = ResponseOf<"/api/auth/me">["user"];

export type Org = ItemOf<"/api/organizations">;

export type User = ItemOf<"/api/users">;

export type SubjectSummary = ItemOf<"/api/subjects">;

export type Subject = ResponseOf<"/api/subjects/{id}">;

export type AuditEntry = ItemOf<"/api/audit">;

export type Dashboard = ResponseOf<"/api/dashboard">;

// ---------- the statutory case (issue 3) ----------

export type CalendarAnswer = ResponseOf<"/api/calendar">;
export type CalendarYear = CalendarAnswer["years"][number];

/** A deadline with its rule and where it stands today (GET /api/deadlines). */
export type Deadline = ItemOf<"/api/deadlines">;

/** A notice to the caller's organisation (GET /api/notices). */
export type Notice = ItemOf<"/api/notices">;

export type NoticePage = ResponseOf<"/api/notices">;

/** One entry of the timeline (一人一档). */
export type CaseEvent = ItemOf<"/api/subjects/{id}/timeline">;

export type Transcript = ResponseOf<"/api/investigations/{id}/transcripts", "post">;

export type Investigation = ItemOf<"/api/investigations">;

export type InvestigationView = ResponseOf<"/api/investigations/{id}">;

export type HandoverDocument = CaseView["handover"]["documents"][number];

export type CasePlan = CaseView["plans"][number];

export type Transfer = ResponseOf<"/api/transfers/{id}">;

export type CaseView = ResponseOf<"/api/subjects/{id}/case">;

/** One kind of enforcement document as GET /api/document-templates lists it. */
export type DocumentTemplateEntry = ItemOf<"/api/document-templates">;
export type DocumentTemplate = DocumentTemplateEntry["template"];

export type TemplateField = DocumentTemplateEntry["fields"][number];
