import { randomUUID } from "node:crypto";
import type { Selectable } from "kysely";
import type { CaseStep, DateString } from "@zhijiao/domain";
import type { CaseEventsTable } from "../schema.ts";
import type { Place } from "./gateway.ts";
import { Repository } from "./repository.ts";

export type CaseEventRow = Selectable<CaseEventsTable>;

/** Which case an event, deadline or notice belongs to. */
export interface CaseRef {
  subjectId?: string | null;
  investigationId?: string | null;
  transferId?: string | null;
}

export interface StepRecord extends CaseRef {
  step:
    | CaseStep
    | "commission"
    | "assign"
    | "transcript"
    | "extend"
    | "opinion"
    | "release_due"
    | "request_leave"
    | "approve_leave"
    | "reject_leave"
    | "return_leave"
    | "court_ban"
    | "propose_sanction"
    | "confirm_location_violation"
    | "approve_sanction"
    | "reject_sanction"
    | "immediate_report"
    | "visitor_report"
    | "propose_level_change"
    | "approve_level_change"
    | "reject_level_change"
    | "request_special_place"
    | "approve_special_place"
    | "reject_special_place"
    | "lose_contact"
    | "regain_contact"
    | "propose_positioning"
    | "approve_positioning"
    | "reject_positioning"
    | "end_positioning"
    | "bind_device"
    | "end_device_binding"
    | "create_zone"
    | "end_zone";
  occurredOn: DateString;
  summary: string;
  data?: Record<string, unknown>;
  documentKind?: string | null;
  documentNumber?: string | null;
  /** Where the case is held: its agency keeps this event in its history. */
  place: Place & { countyId: string };
}

/**
 * The case timeline (一人一档): each step is one event here and one audit record, written in
 * the caller's transaction. Reading is scoped through the subject or investigation it belongs to.
 */
export class CaseLog extends Repository {
  async record(r: StepRecord): Promise<CaseEventRow> {
    const actor = this.gw.actor;
    const row = await this.db
      .insertInto("case_events")
      .values({
        id: randomUUID(),
        subject_id: r.subjectId ?? null,
        investigation_id: r.investigationId ?? null,
        transfer_id: r.transferId ?? null,
        step: r.step,
        occurred_on: r.occurredOn,
        at: this.gw.now,
        actor_id: actor?.userId ?? null,
        actor_name: actor?.displayName ?? null,
        org_id: actor?.org.id ?? null,
        summary: r.summary,
        data: JSON.stringify(r.data ?? {}),
        document_kind: r.documentKind ?? null,
        document_number: r.documentNumber ?? null,
        county_id: r.place.countyId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await this.gw.audit({
      action: `case.${r.step}`,
      resourceType: r.subjectId ? "subject" : "investigation",
      resourceId: r.subjectId ?? r.investigationId ?? null,
      subjectId: r.subjectId ?? null,
      place: r.place,
      details: {
        eventId: row.id,
        investigationId: r.investigationId ?? undefined,
        transferId: r.transferId ?? undefined,
        documentNumber: r.documentNumber ?? undefined,
      },
    });
    return row;
  }

  /** Every event of a case in order: its investigation's first, then the file's. */
  async timeline(ref: {
    subjectId?: string | null;
    investigationId?: string | null;
  }): Promise<CaseEventRow[]> {
    const { subjectId, investigationId } = ref;
    if (!subjectId && !investigationId) return [];
    return this.db
      .selectFrom("case_events")
      .selectAll()
      .where((eb) =>
        eb.or([
          ...(subjectId ? [eb("subject_id", "=", subjectId)] : []),
          ...(investigationId ? [eb("investigation_id", "=", investigationId)] : []),
        ]),
      )
      .orderBy("seq")
      .execute();
  }

  /**
   * The last event of a step (of one document kind), e.g. the entry announcement a document is made from; of
   * several steps, the last of any of them.
   */
  async latest(
    ref: CaseRef,
    step: string | readonly string[],
    documentKind?: string,
  ): Promise<CaseEventRow | undefined> {
    let q = this.db
      .selectFrom("case_events")
      .selectAll()
      .where("step", "in", typeof step === "string" ? [step] : [...step]);
    // A step that issues several kinds of document (a sanction's approval): the latest of this kind.
    if (documentKind) q = q.where("document_kind", "=", documentKind);
    if (ref.subjectId) q = q.where("subject_id", "=", ref.subjectId);
    else if (ref.investigationId) q = q.where("investigation_id", "=", ref.investigationId);
    else return undefined;
    return q.orderBy("seq", "desc").limit(1).executeTakeFirst();
  }
}
