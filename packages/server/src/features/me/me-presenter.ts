import {
  categoryLabels,
  levelLabels,
  subjectStatusLabels,
  type Category,
  type Level,
  type SubjectStatus,
} from "@zhijiao/domain";
import type { MyOverview } from "./get-my-overview.ts";
import type { CaseEventRow, SupervisionRecordRow } from "../../db/gateway/index.ts";
import { stepLabel } from "../case/case-event-presenter.ts";
import { presentLeaveRequest } from "../leave/leave-request-presenter.ts";
import { presentDuty, presentSupervisionRecord } from "../supervision/supervision-presenter.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { myNoticeSchema, myOverviewSchema, ownRecordSchema } from "./schemas.ts";

/** A check-in or report the subject submitted, with the position of a check-in. */
export function presentOwnRecord(r: SupervisionRecordRow): Presented<typeof ownRecordSchema> {
  return {
    ...presentSupervisionRecord(r),
    latitude: r.latitude,
    longitude: r.longitude,
    accuracy: r.accuracy,
  };
}

/** The mobile app's home: the own file's summary, what is due, leave requests and check-ins. */
export function presentMyOverview(o: MyOverview): Presented<typeof myOverviewSchema> {
  const s = o.subject;
  return {
    subject: {
      id: s.id,
      name: s.name,
      category: s.category as Category,
      categoryLabel: categoryLabels[s.category as Category],
      status: s.status as SubjectStatus,
      statusLabel: subjectStatusLabels[s.status as SubjectStatus],
      level: s.level as Level,
      levelLabel: levelLabels[s.level as Level],
      correctionStartOn: s.correction_start_on,
      correctionEndOn: s.correction_end_on,
      officeName: s.office_name,
    },
    today: o.today,
    daysRemaining: o.daysRemaining,
    duties: o.duties.map(presentDuty),
    leaveRequests: o.leaveRequests.map(presentLeaveRequest),
    recentRecords: o.recentRecords.map(presentOwnRecord),
    randomCheck: o.randomCheck
      ? { id: o.randomCheck.id, dueAt: o.randomCheck.due_at.toISOString(), note: o.randomCheck.note }
      : null,
  };
}

/** A notice to the subject: what was decided on its file, and when. */
export function presentMyNotice(e: CaseEventRow): Presented<typeof myNoticeSchema> {
  return {
    id: e.id,
    step: e.step,
    title: stepLabel(e.step),
    occurredOn: e.occurred_on,
    at: e.at,
    summary: e.summary,
  };
}
