import { randomUUID } from "node:crypto";
import type { Selectable } from "kysely";
import { DomainError } from "@zhijiao/domain";
import type { NoticesTable } from "../schema.ts";
import type { CaseRef } from "./case-log.ts";
import { isUuid } from "./subjects.ts";
import { Repository } from "./repository.ts";

export type NoticeRow = Selectable<NoticesTable>;

export interface NoticeInput extends CaseRef {
  kind: string;
  recipientOrgIds: readonly string[];
  deadlineId?: string | null;
  title: string;
  body: string;
  documentKind?: string | null;
}

/**
 * Notices to organisations: overdue deadlines to the office and county responsible, and the
 * notifications the law requires to courts, procuratorates and police. An account reads its own
 * organisation's notices.
 */
export class NoticeRepository extends Repository {
  /** Sends one notice per recipient; a deadline's notice is sent once per recipient. */
  async send(n: NoticeInput): Promise<number> {
    const recipients = [...new Set(n.recipientOrgIds)];
    if (!recipients.length) return 0;
    const res = await this.db
      .insertInto("notices")
      .values(
        recipients.map((org) => ({
          id: randomUUID(),
          kind: n.kind,
          recipient_org_id: org,
          deadline_id: n.deadlineId ?? null,
          subject_id: n.subjectId ?? null,
          investigation_id: n.investigationId ?? null,
          title: n.title,
          body: n.body,
          document_kind: n.documentKind ?? null,
          created_at: this.gw.now,
        })),
      )
      .onConflict((oc) =>
        oc.columns(["deadline_id", "recipient_org_id"]).where("deadline_id", "is not", null).doNothing(),
      )
      .executeTakeFirst();
    return Number(res.numInsertedOrUpdatedRows ?? 0);
  }

  async list(opts: { unreadOnly: boolean; page: number; pageSize: number }) {
    let q = this.db.selectFrom("notices").where("recipient_org_id", "=", this.gw.caller.org.id);
    if (opts.unreadOnly) q = q.where("read_at", "is", null);
    const [rows, count, unread] = await Promise.all([
      q
        .selectAll()
        .orderBy("created_at", "desc")
        .orderBy("id")
        .limit(opts.pageSize)
        .offset((opts.page - 1) * opts.pageSize)
        .execute(),
      q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      this.db
        .selectFrom("notices")
        .where("recipient_org_id", "=", this.gw.caller.org.id)
        .where("read_at", "is", null)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n), unread: Number(unread.n) };
  }

  async markRead(id: string): Promise<NoticeRow> {
    if (!isUuid(id)) throw new DomainError("NOT_FOUND", { resource: "notice" });
    const row = await this.db
      .updateTable("notices")
      .set({ read_at: this.gw.now, read_by: this.gw.caller.userId })
      .where("id", "=", id)
      .where("recipient_org_id", "=", this.gw.caller.org.id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new DomainError("NOT_FOUND", { resource: "notice", id });
    return row;
  }

  /** Notices the law required for a case (shown on the file, e.g. to whom a release was notified). */
  async ofCase(ref: { subjectId?: string | null; investigationId?: string | null }) {
    const { subjectId, investigationId } = ref;
    if (!subjectId && !investigationId) return [];
    return this.db
      .selectFrom("notices")
      .innerJoin("organizations", "organizations.id", "notices.recipient_org_id")
      .select([
        "notices.id",
        "notices.kind",
        "notices.title",
        "notices.created_at",
        "organizations.name as recipient_name",
      ])
      .where((eb) =>
        eb.or([
          ...(subjectId ? [eb("notices.subject_id", "=", subjectId)] : []),
          ...(investigationId ? [eb("notices.investigation_id", "=", investigationId)] : []),
        ]),
      )
      .orderBy("notices.created_at")
      .execute();
  }
}
