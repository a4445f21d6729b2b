import { categories, levels, subjectStatuses } from "@zhijiao/domain";
import { dateStr, dateTime, int, nullable, num, object, oneOf, str } from "../../http/schema-parts.ts";
import { leaveRequestSchema } from "../leave/schemas.ts";
import { dutySchema, supervisionRecordProperties } from "../supervision/schemas.ts";

/** Bodies of the subject's own paths (/api/me, the mobile app). */

/** Base64 of a photo of at most 2 MB (4/3 of it, plus a data: URL prefix). */
const PHOTO_BASE64_MAX = Math.ceil((2 * 1024 * 1024 * 4) / 3) + 64;

export const checkInBody = {
  type: "object",
  additionalProperties: false,
  required: ["latitude", "longitude", "accuracy", "photo"],
  properties: {
    latitude: { type: "number", minimum: -90, maximum: 90 },
    longitude: { type: "number", minimum: -180, maximum: 180 },
    accuracy: { type: "number", minimum: 0, maximum: 100000 },
    photo: { type: "string", minLength: 8, maxLength: PHOTO_BASE64_MAX },
  },
} as const;

export const thoughtReportBody = {
  type: "object",
  additionalProperties: false,
  required: ["content"],
  properties: { content: { type: "string", minLength: 1, maxLength: 5000 } },
} as const;

/** The JSON body limit of a check-in: the photo's base64 and the rest. */
export const CHECK_IN_BODY_LIMIT = PHOTO_BASE64_MAX + 4096;

/** A check-in or report the subject submitted, with the position of a check-in. */
export const ownRecordSchema = object({
  ...supervisionRecordProperties,
  latitude: nullable(num),
  longitude: nullable(num),
  accuracy: nullable(num),
});

/** The mobile app's home: the own file's summary, what is due, leave requests and check-ins. */
export const myOverviewSchema = object({
  subject: object({
    id: str,
    name: str,
    category: oneOf(categories),
    categoryLabel: str,
    status: oneOf(subjectStatuses),
    statusLabel: str,
    level: oneOf(levels),
    levelLabel: str,
    correctionStartOn: dateStr,
    correctionEndOn: dateStr,
    officeName: str,
  }),
  today: dateStr,
  daysRemaining: int,
  duties: { type: "array", items: dutySchema },
  leaveRequests: { type: "array", items: leaveRequestSchema },
  recentRecords: { type: "array", items: ownRecordSchema },
  /** An open random check (随机抽查): the next check-in answers it. */
  randomCheck: nullable(object({ id: str, dueAt: dateTime, note: nullable(str) })),
});

/** A notice to the subject: what was decided on its file, and when. */
export const myNoticeSchema = object({
  id: str,
  step: str,
  title: str,
  occurredOn: dateStr,
  at: dateTime,
  summary: str,
});

export const myNoticesSchema = object({ items: { type: "array", items: myNoticeSchema } });
