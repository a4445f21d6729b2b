/** Shapes of the answers described in docs/API.md: aliases of the generated contract where converted. */
import type { ItemOf, ResponseOf } from "./contract";
import type {
  CaseStep,
  Category,
  DeadlineKind,
  DeadlineState,
  HandoverDocumentKind,
  IntervieweeRelation,
  InvestigationStatus,
  InvestigationStep,
  Opinion,
  ReceptionMode,
  TeamMember,
  Sex,
  SubjectStatus,
} from "@zhijiao/domain";

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

export interface Deadline {
  id: string;
  kind: DeadlineKind;
  kindLabel: string;
  rule: string | null;
  dueOn: string;
  provisional: boolean;
  state: DeadlineState;
  subjectId: string | null;
  investigationId: string | null;
  transferId: string | null;
  caseName: string | null;
  officeId: string | null;
  closedOn: string | null;
}

export interface Notice {
  id: string;
  kind: string;
  title: string;
  body?: string | null;
  subjectId?: string | null;
  investigationId?: string | null;
  documentKind?: string | null;
  recipientName?: string | null;
  createdAt: string;
  readAt?: string | null;
}

export interface NoticePage extends Page<Notice> {
  unread: number;
}

export interface CaseEvent {
  id: string;
  step: string;
  stepLabel: string;
  occurredOn: string;
  at: string;
  actorName: string | null;
  summary: string | null;
  data: unknown;
  documentKind: string | null;
  documentNumber: string | null;
  transferId?: string | null;
  investigationId?: string | null;
}

export interface Transcript {
  id: string;
  interviewee: string;
  relation: IntervieweeRelation;
  relationLabel: string;
  interviewedOn: string;
  place: string | null;
  content: string;
  fileIds: string[];
  createdAt: string;
}

export interface Investigation {
  id: string;
  status: InvestigationStatus;
  statusLabel: string;
  commissioningOrgId: string;
  commissioningOrgName: string;
  commissionNumber: string | null;
  receivedOn: string;
  fastTrack: boolean;
  dueOn: string;
  dueProvisional: boolean;
  originalDueOn?: string;
  extendedDueOn: string | null;
  extensionReason?: string | null;
  personName: string;
  sex: Sex;
  birthDate?: string;
  minor?: boolean;
  idNumberMasked: string | null;
  residenceAddress: string;
  residenceDivisionCode?: string | null;
  proposedCategory: Category;
  proposedCategoryLabel?: string;
  crime: string;
  officeId: string | null;
  officeName: string | null;
  countyId: string;
  countyName?: string;
  opinion: Opinion | null;
  opinionLabel?: string | null;
  opinionReasons: string | null;
  opinionOn: string | null;
  documentNumber: string | null;
  copiedToProcuratorateOn?: string | null;
  subjectId: string | null;
  version: number;
}

export interface InvestigationView extends Investigation {
  openSteps: InvestigationStep[];
  transcripts: Transcript[];
  deadlines: Deadline[];
  timeline?: CaseEvent[];
}

export interface HandoverDocument {
  id: string;
  kind: HandoverDocumentKind;
  kindLabel: string;
  documentNumber: string | null;
  receivedOn: string;
  note: string | null;
}

export interface CasePlan {
  version: number;
  basicSituation: string;
  riskAnalysis: string;
  measures: string;
  createdAt: string;
}

export type Transfer = ResponseOf<"/api/transfers/{id}">;

export interface CaseView {
  subjectId: string;
  name?: string;
  archivedOn?: string | null;
  status: SubjectStatus;
  statusLabel: string;
  archived: boolean;
  openSteps: CaseStep[];
  category: Category;
  correctionStartOn: string | null;
  correctionEndOn: string | null;
  releasePreparationDueOn: string | null;
  judgmentEffectiveOn: string | null;
  reportDueOn: string | null;
  reportedOn: string | null;
  receptionMode: ReceptionMode | null;
  handover: {
    noticeReceivedOn: string | null;
    documents: HandoverDocument[];
    missing: { kind: HandoverDocumentKind; label: string }[];
    check: {
      noticeDueOn: string;
      documentsDueOn: string;
      noticeLate: boolean | null;
      documentsLate: boolean | null;
    } | null;
  };
  announcement: {
    announcedOn: string;
    place: string;
    participants: string[];
    content: string;
    documentNumber?: string | null;
  } | null;
  releasePreparation?: { preparedOn: string; personalSummary: string; appraisal: string } | null;
  team: (TeamMember & { typeLabel?: string })[];
  plans: CasePlan[];
  transfer: Transfer | null;
  deadlines: Deadline[];
  investigation: {
    id: string;
    opinion: Opinion | null;
    opinionLabel?: string | null;
    documentNumber: string | null;
  } | null;
  closure: {
    type: string;
    typeLabel: string;
    ground: string | null;
    groundLabel?: string;
    on: string | null;
  } | null;
  notices: { id: string; kind: string; title: string; recipientName: string; createdAt: string }[];
}

/** One kind of enforcement document as GET /api/document-templates lists it. */
export type DocumentTemplateEntry = ItemOf<"/api/document-templates">;
export type DocumentTemplate = DocumentTemplateEntry["template"];

export type TemplateField = DocumentTemplateEntry["fields"][number];
