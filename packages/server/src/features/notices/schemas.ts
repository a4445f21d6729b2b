import { bool, dateTime, int, nullable, object, pageQueryProps, str } from "../../http/schema-parts.ts";

export const listNoticesQuery = {
  type: "object",
  additionalProperties: false,
  properties: { ...pageQueryProps, unread: { type: "boolean" } },
} as const;

/** A notice to the caller's organisation: an overdue deadline, or a notification the law requires. */
export const noticeSchema = object({
  id: str,
  kind: str,
  title: str,
  body: str,
  subjectId: nullable(str),
  investigationId: nullable(str),
  deadlineId: nullable(str),
  documentKind: nullable(str),
  createdAt: dateTime,
  read: bool,
  readAt: nullable(dateTime),
});

/** A page of notices with the organisation's unread count. */
export const noticePageSchema = object({
  items: { type: "array", items: noticeSchema },
  total: int,
  unread: int,
});
