import { deadlineKinds } from "@zhijiao/domain";
import { pageQueryProps, uuidPattern } from "../../http/schema-parts.ts";

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
