import {
  closureTypeLabel,
  handoverDocumentLabels,
  openSteps,
  releasePreparationDue,
  subjectStatusLabels,
  teamMemberTypeLabels,
  opinionLabels,
  type Category,
  type HandoverDocumentKind,
  type Level,
  type Opinion,
  type ReceptionMode,
  type ReleaseType,
  type Sex,
  type SubjectStatus,
  type TeamMemberType,
} from "@zhijiao/domain";
import type { CaseData } from "./get-case.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { caseViewSchema } from "./case-view-schemas.ts";
import { presentDeadline } from "../deadlines/deadline-presenter.ts";
import { presentTransfer } from "../transfers/transfer-presenter.ts";

/** The `CaseView` of docs/API.md. */
export function presentCase(c: CaseData): Presented<typeof caseViewSchema> {
  const { row, env } = c;
  const status = row.status as SubjectStatus;
  const announcement = c.announcement?.data as
    { announcedOn: string; place: string; participants: string[]; content: string } | undefined;
  const preparation = c.releasePreparation?.data as
    { preparedOn: string; personalSummary: string; appraisal: string } | undefined;
  return {
    subjectId: row.id,
    name: row.name,
    status,
    statusLabel: subjectStatusLabels[status],
    archived: row.archived,
    archivedOn: row.archived_on,
    openSteps: openSteps(status, row.archived),
    category: row.category as Category,
    sex: row.sex as Sex,
    minor: row.minor,
    level: row.level as Level,
    correctionStartOn: row.correction_start_on,
    correctionEndOn: row.correction_end_on,
    // R-RL-1: summary and appraisal 30 days (cfg) before the end, whether or not its deadline is open yet.
    releasePreparationDueOn:
      c.deadlines.find((d) => d.kind === "release_preparation")?.due_on ??
      releasePreparationDue(env.rules, row.correction_end_on),
    judgmentEffectiveOn: row.judgment_effective_on,
    reportDueOn: row.report_due_on,
    reportedOn: row.reported_on,
    receptionMode: row.reception_mode as ReceptionMode | null,
    handover: {
      noticeReceivedOn: row.handover_notice_on,
      documents: c.documents.map((d) => ({
        id: d.id,
        kind: d.kind as HandoverDocumentKind,
        kindLabel: handoverDocumentLabels[d.kind as HandoverDocumentKind] ?? d.kind,
        documentNumber: d.document_number,
        receivedOn: d.received_on,
        note: d.note,
      })),
      missing: c.missing.map((k) => ({ kind: k, label: handoverDocumentLabels[k] })),
      check: c.check,
    },
    announcement: announcement
      ? { ...announcement, documentNumber: c.announcement?.document_number ?? null }
      : null,
    releasePreparation: preparation ?? null,
    team: c.team.map((m) => ({
      name: m.name,
      type: m.type as TeamMemberType,
      typeLabel: teamMemberTypeLabels[m.type as TeamMemberType] ?? m.type,
      sex: m.sex as Sex,
      phone: m.phone,
      knowsMinors: m.knows_minors,
    })),
    plans: c.plans.map((p) => ({
      version: p.version,
      basicSituation: p.basic_situation,
      riskAnalysis: p.risk_analysis,
      measures: p.measures,
      createdAt: p.created_at,
    })),
    transfer: c.transfer ? presentTransfer(c.transfer) : null,
    deadlines: c.deadlines.map((d) => presentDeadline(d, env.today, env.rules)),
    investigation: c.investigation
      ? {
          id: c.investigation.id,
          opinion: c.investigation.opinion as Opinion | null,
          opinionLabel: c.investigation.opinion ? opinionLabels[c.investigation.opinion as Opinion] : null,
          documentNumber: c.investigation.document_number,
        }
      : null,
    closure: row.closure_type
      ? {
          type: row.closure_type as ReleaseType,
          typeLabel: closureTypeLabel(row.closure_type),
          ground: row.closure_ground,
          on: row.released_on,
        }
      : null,
    notices: c.notices.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      recipientName: n.recipient_name,
      createdAt: n.created_at,
    })),
  };
}
