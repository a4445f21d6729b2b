import { deadlineKinds, deadlineStates } from "@zhijiao/domain";
import {
  bool,
  dateStr,
  nullable,
  object,
  oneOf,
  pageOf,
  pageQueryProps,
  str,
  uuidPattern,
} from "../../http/schema-parts.ts";

export const listDeadlinesQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    ...pageQueryProps,
    state: { type: "string", enum: ["overdue", "due_soon", "open"] },
    kind: { type: "string", enum: deadlineKinds },
    officeId: { type: "string", pattern: uuidPattern },
  },
} as const;

/** A deadline with its label, rule and where it stands today. */
export const deadlineSchema = object({
  id: str,
  kind: oneOf(deadlineKinds),
  kindLabel: str,
  rule: nullable(str),
  dueOn: dateStr,
  provisional: bool,
  state: oneOf(deadlineStates),
  subjectId: nullable(str),
  investigationId: nullable(str),
  transferId: nullable(str),
  caseName: nullable(str),
  officeId: nullable(str),
  closedOn: nullable(dateStr),
});

export const deadlinePageSchema = pageOf(deadlineSchema);
