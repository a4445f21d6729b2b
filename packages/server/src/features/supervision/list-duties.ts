import { assertCan, dutiesDue, todayIn, type Duty, type Level } from "@zhijiao/domain";
import type { FromSchema } from "json-schema-to-ts";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { SupervisionRepository } from "../../db/gateway/index.ts";
import { dutyPeriodStart, supervisionFact } from "../../shared/supervision-facts.ts";
import { supervisionRules } from "../../shared/rules-in-force.ts";
import type { listDutiesQuery } from "./schemas.ts";

export interface ScopedDuty extends Duty {
  subjectId: string;
  subjectName: string;
  level: Level;
  officeId: string;
  officeName: string;
}

export type DutyListFilter = FromSchema<typeof listDutiesQuery>;

/**
 * R-SV-2: the duties in a given state (overdue by default) across the files in correction in the
 * caller's scope, oldest due first, a page at a time: an office's list of what was not done.
 */
export async function listDuties({
  ctx,
  actor,
  meta,
  filter,
}: UseCaseArgs & { filter: DutyListFilter }): Promise<{ rows: ScopedDuty[]; total: number }> {
  assertCan(actor, "deadline:list");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const repo = new SupervisionRepository(gw);
    const today = todayIn(gw.now);
    const subjects = await repo.supervisedInScope();
    const ids = subjects.map((s) => s.id);
    const [rules, since] = await Promise.all([supervisionRules(gw), repo.levelSince(ids)]);
    const starts = new Map(subjects.map((s) => [s.id, dutyPeriodStart(s, since.get(s.id))]));
    const earliest = [...starts.values()].sort()[0];
    const records = await repo.recordsOf(ids, earliest);
    const all = subjects.flatMap((s) =>
      dutiesDue(
        s.level as Level,
        starts.get(s.id)!,
        records.filter((r) => r.subject_id === s.id).map(supervisionFact),
        today,
        rules,
      )
        .filter((d) => d.state === filter.state)
        .map((d) => ({
          ...d,
          subjectId: s.id,
          subjectName: s.name,
          level: s.level as Level,
          officeId: s.office_id,
          officeName: s.office_name,
        })),
    );
    all.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.subjectName.localeCompare(b.subjectName, "zh"));
    await gw.auditOversightRead("supervision.duties", "subject", { ...filter });
    const from = (filter.page - 1) * filter.pageSize;
    return { rows: all.slice(from, from + filter.pageSize), total: all.length };
  });
}
