import { releaseGrounds, terminationGrounds } from "@zhijiao/domain";
import { datePattern } from "../../http/schema-parts.ts";

const text = (max: number) => ({ type: "string", minLength: 1, maxLength: max }) as const;
const date = { type: "string", pattern: datePattern } as const;

export const releasePreparationBody = {
  type: "object",
  additionalProperties: false,
  required: ["preparedOn", "personalSummary", "appraisal"],
  properties: { preparedOn: date, personalSummary: text(10000), appraisal: text(10000) },
} as const;

export const releaseBody = {
  type: "object",
  additionalProperties: false,
  required: ["releasedOn", "ground", "conductSummary"],
  properties: {
    releasedOn: date,
    ground: { type: "string", enum: releaseGrounds },
    conductSummary: text(4000),
  },
} as const;

export const terminationBody = {
  type: "object",
  additionalProperties: false,
  required: ["ground", "decidedOn", "rulingAuthority", "reason"],
  properties: {
    ground: { type: "string", enum: terminationGrounds },
    decidedOn: date,
    rulingAuthority: text(100),
    rulingNumber: { type: "string", maxLength: 60 },
    reason: text(4000),
  },
} as const;

/** `{}`, or no body at all: no `type`, so that a missing body passes and any field is refused. */
export const archiveBody = { additionalProperties: false, properties: {} } as const;
