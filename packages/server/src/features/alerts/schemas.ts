import { alertDispositions, alertStatuses, alertTypes } from "@zhijiao/domain";
import { pageQueryProps, uuidPattern } from "../../http/schema-parts.ts";

export const listAlertsQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    ...pageQueryProps,
    subjectId: { type: "string", pattern: uuidPattern },
    status: { type: "string", enum: alertStatuses },
    type: { type: "string", enum: alertTypes },
    openedFrom: { type: "string", format: "date-time" },
    openedTo: { type: "string", format: "date-time" },
  },
} as const;

export const resolveAlertBody = {
  type: "object",
  additionalProperties: false,
  required: ["disposition", "comment"],
  properties: {
    disposition: { type: "string", enum: alertDispositions },
    comment: { type: "string", minLength: 1, maxLength: 1000 },
    sanctionKind: {
      type: "string",
      enum: [
        "reprimand",
        "warning",
        "police_penalty",
        "revoke_probation",
        "revoke_parole",
        "committal",
        "arrest",
      ],
    },
  },
} as const;

export const positionsQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    from: { type: "string", format: "date-time" },
    to: { type: "string", format: "date-time" },
  },
} as const;
