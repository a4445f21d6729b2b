/**
 * The legal deadlines of a case (DOMAIN.md §3-4): what is due, by when, computed on the
 * working-day calendar; and whether an open deadline is due soon or overdue.
 */
import type { WorkingCalendar, DueDate } from "../calendar/working-calendar.ts";
import { addDays, compareDates, type DateString } from "../periods/dates.ts";
import type { CaseRules } from "./case-rules.ts";

export const deadlineKinds = [
  "investigation_opinion",
  "handover_documents",
  "report",
  "transfer_consult",
  "transfer_reply",
  "transfer_files",
  "transfer_report",
  "release_preparation",
  "release",
  "court_ruling",
  "leave_return",
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

export const deadlineKindLabels: Record<DeadlineKind, string> = {
  investigation_opinion: "调查评估意见",
  handover_documents: "交付法律文书",
  report: "报到",
  transfer_consult: "征求新执行地意见",
  transfer_reply: "回复执行地变更征求意见",
  transfer_files: "移交档案",
  transfer_report: "到新执行地报到",
  release_preparation: "解矫准备（个人总结与鉴定）",
  release: "矫正期满解除",
  court_ruling: "法院裁定",
  leave_return: "外出返回销假",
};

/** The rule each deadline comes from. */
export const deadlineRules: Record<DeadlineKind, string> = {
  investigation_opinion: "R-IV-1",
  handover_documents: "R-HO-1",
  report: "R-HO-2",
  transfer_consult: "R-TR-1",
  transfer_reply: "R-TR-1",
  transfer_files: "R-TR-1",
  transfer_report: "R-TR-1",
  release_preparation: "R-RL-1",
  release: "R-RL-1",
  court_ruling: "R-SN-6",
  leave_return: "R-LV-3",
};

/** R-IV-1: 10 working days from receipt, 5 in fast-track cases. */
export function investigationDue(
  calendar: WorkingCalendar,
  rules: CaseRules,
  receivedOn: DateString,
  fastTrack: boolean,
): DueDate {
  return calendar.workingDayPeriod(
    receivedOn,
    fastTrack ? rules.investigationFastTrackWorkingDays : rules.investigationWorkingDays,
  );
}

/** R-HO-2 with R-DL-1: report within 10 days of the judgment, ruling or decision taking effect. */
export function reportDue(calendar: WorkingCalendar, rules: CaseRules, effectiveOn: DateString): DueDate {
  return calendar.dayPeriod(effectiveOn, rules.reportDays);
}

export interface HandoverCheck {
  noticeDueOn: DateString;
  documentsDueOn: DateString;
  /** null while the notice or the documents have not arrived. */
  noticeLate: boolean | null;
  documentsLate: boolean | null;
}

/** R-HO-1: the deciding authority notifies within 5 days and delivers the documents within 10. */
export function handoverCheck(
  calendar: WorkingCalendar,
  rules: CaseRules,
  effectiveOn: DateString,
  noticeReceivedOn: DateString | null,
  documentsReceivedOn: DateString | null,
): HandoverCheck {
  const noticeDueOn = calendar.dayPeriod(effectiveOn, rules.handoverNoticeDays).dueOn;
  const documentsDueOn = calendar.dayPeriod(effectiveOn, rules.handoverDocumentsDays).dueOn;
  return {
    noticeDueOn,
    documentsDueOn,
    noticeLate: noticeReceivedOn === null ? null : compareDates(noticeReceivedOn, noticeDueOn) > 0,
    documentsLate:
      documentsReceivedOn === null ? null : compareDates(documentsReceivedOn, documentsDueOn) > 0,
  };
}

/** R-TR-1: each step of a transfer within its days of the previous one. */
export function transferStepDue(
  calendar: WorkingCalendar,
  rules: CaseRules,
  step: "transfer_consult" | "transfer_reply" | "transfer_files" | "transfer_report",
  from: DateString,
): DueDate {
  const days = {
    transfer_consult: rules.transferConsultDays,
    transfer_reply: rules.transferReplyDays,
    transfer_files: rules.transferFilesDays,
    transfer_report: rules.transferReportDays,
  }[step];
  return calendar.dayPeriod(from, days);
}

/** R-RL-1: the personal summary and appraisal are due 30 days (cfg) before the end. */
export function releasePreparationDue(rules: CaseRules, correctionEndOn: DateString): DateString {
  return addDays(correctionEndOn, -rules.releasePreparationDays);
}

export const deadlineStates = ["overdue", "due_soon", "open", "met", "cancelled"] as const;
export type DeadlineState = (typeof deadlineStates)[number];

/** Where an open deadline stands today. */
export function deadlineState(
  dueOn: DateString,
  today: DateString,
  rules: Pick<CaseRules, "dueSoonDays">,
  closed?: "met" | "cancelled" | null,
): DeadlineState {
  if (closed) return closed;
  if (compareDates(today, dueOn) > 0) return "overdue";
  if (compareDates(addDays(today, rules.dueSoonDays), dueOn) >= 0) return "due_soon";
  return "open";
}
