import type { Kysely } from "kysely";
import { auditsEveryRead, type Actor } from "@zhijiao/domain";
import type { FieldCipher } from "../../security/secrets.ts";
import { appendAudit } from "../audit-chain.ts";
import type { Database } from "../connect.ts";
import type { DB } from "../schema.ts";

/** Where a request came from, and when: every audit record carries it. */
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  now: Date;
}

/** The place of the resource an event concerns, so that oversight can browse its own area. */
export interface Place {
  countyId: string | null;
  cityId: string | null;
  provinceId: string | null;
}

export interface AuditEvent {
  action: string;
  resourceType: string;
  resourceId?: string | null;
  subjectId?: string | null;
  place?: Place | null;
  details?: Record<string, unknown>;
}

let transactionOfGateway: (gw: Gateway) => Kysely<DB>;

/**
 * The per-request, per-transaction door to the data: repositories receive it and apply the
 * caller's scope to every query; `audit` writes in the same transaction. The transaction itself
 * is private: only repositories (db/gateway/repository.ts) reach it.
 */
export class Gateway {
  readonly #trx: Kysely<DB>;

  static {
    transactionOfGateway = (gw) => gw.#trx;
  }

  constructor(
    trx: Kysely<DB>,
    readonly actor: Actor | null,
    readonly meta: RequestMeta,
    readonly cipher: FieldCipher,
  ) {
    this.#trx = trx;
  }

  get now(): Date {
    return this.meta.now;
  }

  /** The signed-in actor; use cases behind authentication call this. */
  get caller(): Actor {
    if (!this.actor) throw new Error("gateway without an actor");
    return this.actor;
  }

  /** The same transaction acting for another caller (after sign-in). */
  withActor(actor: Actor): Gateway {
    return new Gateway(this.#trx, actor, this.meta, this.cipher);
  }

  /** Records a read that is not of one file (a list, counts, the trail) when the caller's reads are all audited. */
  async auditOversightRead(
    action: string,
    resourceType: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    const caller = this.caller;
    if (!auditsEveryRead(caller.role)) return;
    const o = caller.org;
    await this.audit({
      action,
      resourceType,
      place: { countyId: o.countyId, cityId: o.cityId, provinceId: o.provinceId },
      details,
    });
  }

  async audit(...events: AuditEvent[]): Promise<void> {
    const a = this.actor;
    await appendAudit(
      this.#trx,
      events.map((e) => ({
        at: this.meta.now,
        actorId: a?.userId ?? null,
        actorUsername: a?.username ?? null,
        actorRole: a?.role ?? null,
        actorOrgId: a?.org.id ?? null,
        action: e.action,
        resourceType: e.resourceType,
        resourceId: e.resourceId ?? null,
        subjectId: e.subjectId ?? null,
        countyId: e.place?.countyId ?? null,
        cityId: e.place?.cityId ?? null,
        provinceId: e.place?.provinceId ?? null,
        ip: this.meta.ip,
        userAgent: this.meta.userAgent,
        details: e.details ?? {},
      })),
    );
  }
}

/** The gateway's transaction: for repositories only (db/gateway/repository.ts), never exported from db/. */
export function transactionOf(gw: Gateway): Kysely<DB> {
  return transactionOfGateway(gw);
}

/**
 * Runs `work` in one transaction of `database`, with a gateway for `actor` (null: the system, as
 * sweeps and device ingest run).
 */
export function inGatewayTransaction<T>(
  database: Database,
  actor: Actor | null,
  meta: RequestMeta,
  cipher: FieldCipher,
  work: (gw: Gateway) => Promise<T>,
): Promise<T> {
  return database.db.transaction().execute((trx) => work(new Gateway(trx, actor, meta, cipher)));
}
