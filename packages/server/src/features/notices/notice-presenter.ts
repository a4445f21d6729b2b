import type { NoticeRow } from "../../db/gateway/index.ts";
import type { Presented } from "../../http/schema-parts.ts";
import type { noticeSchema } from "./schemas.ts";

/** A notice to the caller's organisation: an overdue deadline, or a notification the law requires. */
export function presentNotice(row: NoticeRow): Presented<typeof noticeSchema> {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    subjectId: row.subject_id,
    investigationId: row.investigation_id,
    deadlineId: row.deadline_id,
    documentKind: row.document_kind,
    createdAt: row.created_at,
    read: row.read_at !== null,
    readAt: row.read_at,
  };
}
