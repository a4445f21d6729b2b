import {
  assertCan,
  currentAndOverdue,
  daysBetween,
  dutiesDue,
  todayIn,
  type Duty,
  type Level,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import {
  LeaveRequestRepository,
  RandomCheckRepository,
  SubjectRepository,
  SupervisionRepository,
  type LeaveRequestRow,
  type RandomCheckRow,
  type SubjectRow,
  type SupervisionRecordRow,
} from "../../db/gateway/index.ts";
import { ownRecordKinds, ownSubjectId } from "../../shared/own-subject.ts";
import { dutyPeriodStart, supervisionFact } from "../../shared/supervision-facts.ts";
import { supervisionRules } from "../../shared/rules-in-force.ts";

export interface MyOverview {
  subject: SubjectRow;
  today: string;
  daysRemaining: number;
  duties: Duty[];
  leaveRequests: LeaveRequestRow[];
  recentRecords: SupervisionRecordRow[];
  /** An open random check (随机抽查) the next check-in answers. */
  randomCheck: RandomCheckRow | null;
}

/**
 * The subject's own file at a glance (the mobile app's home): the correction period and the
 * days left, the duties due now or overdue (R-SV-2), the own leave requests and the latest
 * check-ins and thought reports. Only for a subject account, on its own file.
 */
export async function getMyOverview({ ctx, actor, meta }: UseCaseArgs): Promise<MyOverview> {
  assertCan(actor, "subject:read");
  const subjectId = ownSubjectId(actor);
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await new SubjectRepository(gw).read(subjectId, "subject.read", { view: "mobile" });
    const today = todayIn(gw.now);
    const repo = new SupervisionRepository(gw);
    const records = await repo.recordsOf([subject.id]);
    let duties: Duty[] = [];
    if (subject.status === "in_correction" && !subject.archived) {
      const [rules, since] = await Promise.all([supervisionRules(gw), repo.levelSince([subject.id])]);
      const periodStart = dutyPeriodStart(
        { ...subject, created_on: todayIn(new Date(subject.created_at)) },
        since.get(subject.id),
      );
      const facts = records.filter((r) => r.occurred_on >= periodStart).map(supervisionFact);
      duties = currentAndOverdue(dutiesDue(subject.level as Level, periodStart, facts, today, rules), today);
    }
    const leaves = await new LeaveRequestRepository(gw).list({
      subjectId: subject.id,
      page: 1,
      pageSize: 20,
    });
    const own: readonly string[] = ownRecordKinds;
    const randomCheck = (await new RandomCheckRepository(gw).pendingOf(subject.id)) ?? null;
    return {
      subject,
      today,
      daysRemaining: Math.max(0, daysBetween(today, subject.correction_end_on)),
      duties,
      leaveRequests: leaves.rows,
      recentRecords: records.filter((r) => own.includes(r.kind)).slice(0, 10),
      randomCheck: randomCheck && randomCheck.due_at.getTime() >= gw.now.getTime() ? randomCheck : null,
    };
  });
}
