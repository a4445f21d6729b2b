import { deadlineKindLabels, deadlineRules, isOverdue, todayIn, type DeadlineKind } from "@zhijiao/domain";
import { inTransaction, type AppContext } from "../context.ts";
import { DeadlineRepository, NoticeRepository, type DeadlineListRow } from "../db/gateway/index.ts";
import {
  defaultBatchLimits,
  sweepInBatches,
  systemMeta,
  type BatchLimits,
  type BatchOutcome,
} from "./batches.ts";

/**
 * Deadline sweep (issue 3): every open deadline past its last day raises one notice to the
 * office responsible (if any) and its county agency. A deadline that has its notice is skipped,
 * and the unique index on (deadline, recipient) makes a repeated or concurrent run send nothing twice.
 */
export async function sweepOverdueDeadlines(
  ctx: AppContext,
  now: Date = ctx.now(),
  limits: BatchLimits = defaultBatchLimits,
): Promise<BatchOutcome & { notices: number }> {
  const today = todayIn(now);
  const meta = systemMeta(now);
  let notices = 0;
  const outcome = await sweepInBatches<DeadlineListRow>(
    async (limit, skip) => {
      const rows = await inTransaction(ctx, null, meta, (gw) =>
        new DeadlineRepository(gw).overdueWithoutNotice(today, limit + skip.length),
      );
      return rows.filter((r) => !skip.includes(r.id)).slice(0, limit);
    },
    async (d) => {
      if (!isOverdue(d.due_on, today)) return;
      const kind = d.kind as DeadlineKind;
      const label = deadlineKindLabels[kind] ?? d.kind;
      const name = d.case_name ?? "";
      const recipients = [d.office_id, d.county_id].filter((id): id is string => id !== null);
      notices += await inTransaction(ctx, null, meta, async (gw) => {
        const sent = await new NoticeRepository(gw).send({
          kind: "deadline_overdue",
          recipientOrgIds: recipients,
          deadlineId: d.id,
          subjectId: d.subject_id,
          investigationId: d.investigation_id,
          title: `${label}期限已逾期：${name}`,
          body: `${name}的${label}期限为 ${d.due_on}${d.provisional ? "（暂定）" : ""}，已逾期未办理（${deadlineRules[kind] ?? ""}），请及时处理。`,
        });
        if (sent > 0)
          await gw.audit({
            action: "notice.deadline_overdue",
            resourceType: "deadline",
            resourceId: d.id,
            subjectId: d.subject_id,
            place: { countyId: d.county_id, cityId: d.city_id, provinceId: d.province_id },
            details: { kind: d.kind, dueOn: d.due_on, recipients, sent },
          });
        return sent;
      });
    },
    limits,
  );
  return { ...outcome, notices };
}
