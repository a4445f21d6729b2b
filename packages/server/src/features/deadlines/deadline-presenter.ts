import {
  deadlineKindLabels,
  deadlineRules,
  deadlineState,
  type CaseRules,
  type DateString,
  type DeadlineKind,
} from "@zhijiao/domain";
import type { DeadlineRow } from "../../db/gateway/index.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { deadlineSchema } from "./schemas.ts";

/** A deadline with its label, rule and where it stands today. */
export function presentDeadline(
  row: DeadlineRow & { case_name?: string | null },
  today: DateString,
  rules: Pick<CaseRules, "dueSoonDays">,
): Presented<typeof deadlineSchema> {
  const kind = row.kind as DeadlineKind;
  const closed = row.status === "met" || row.status === "cancelled" ? row.status : null;
  return {
    id: row.id,
    kind,
    kindLabel: deadlineKindLabels[kind] ?? row.kind,
    rule: deadlineRules[kind] ?? null,
    dueOn: row.due_on,
    provisional: row.provisional,
    state: deadlineState(row.due_on, today, rules, closed),
    subjectId: row.subject_id,
    investigationId: row.investigation_id,
    transferId: row.transfer_id,
    caseName: row.case_name ?? null,
    officeId: row.office_id,
    closedOn: row.closed_on,
  };
}
