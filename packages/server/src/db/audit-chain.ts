import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { DB } from "./schema.ts";

/** What an audit record says, before it is chained. */
export interface AuditRecord {
  at: Date;
  actorId: string | null;
  actorUsername: string | null;
  actorRole: string | null;
  actorOrgId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  subjectId: string | null;
  countyId: string | null;
  cityId: string | null;
  provinceId: string | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
}

/** JSON with sorted keys, so that a value read back from jsonb hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return "[" + value.map(canonicalJson).join(",") + "]";
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return "{" + keys.map((k) => JSON.stringify(k) + ":" + canonicalJson(obj[k])).join(",") + "}";
}

export function entryHash(seq: number, prevHash: string, r: AuditRecord): string {
  const body = canonicalJson([
    seq,
    r.at.toISOString(),
    r.actorId,
    r.actorUsername,
    r.actorRole,
    r.actorOrgId,
    r.action,
    r.resourceType,
    r.resourceId,
    r.subjectId,
    r.countyId,
    r.cityId,
    r.provinceId,
    r.ip,
    r.userAgent,
    r.details,
  ]);
  return createHash("sha256").update(prevHash).update("\n").update(body).digest("hex");
}

/**
 * Appends records to the chain inside the caller's transaction. The head row is locked, so
 * concurrent transactions chain in commit order and a rolled-back change leaves no record.
 */
export async function appendAudit(trx: Kysely<DB>, records: readonly AuditRecord[]): Promise<void> {
  if (records.length === 0) return;
  const head = await trx
    .selectFrom("audit_head")
    .select(["seq", "hash"])
    .where("id", "=", 1)
    .forUpdate()
    .executeTakeFirstOrThrow();
  let seq = head.seq;
  let prev = head.hash;
  const rows = records.map((r) => {
    seq += 1;
    const hash = entryHash(seq, prev, r);
    const row = {
      seq,
      at: r.at,
      actor_id: r.actorId,
      actor_username: r.actorUsername,
      actor_role: r.actorRole,
      actor_org_id: r.actorOrgId,
      action: r.action,
      resource_type: r.resourceType,
      resource_id: r.resourceId,
      subject_id: r.subjectId,
      county_id: r.countyId,
      city_id: r.cityId,
      province_id: r.provinceId,
      ip: r.ip,
      user_agent: r.userAgent,
      details: JSON.stringify(r.details),
      prev_hash: prev,
      hash,
    };
    prev = hash;
    return row;
  });
  await trx.insertInto("audit_log").values(rows).execute();
  await trx.updateTable("audit_head").set({ seq, hash: prev }).where("id", "=", 1).execute();
}

export interface ChainCheck {
  ok: boolean;
  entries: number;
  problems: { seq: number; problem: string }[];
}

/** Walks the whole chain: an edited, inserted or deleted entry breaks a hash or a link. */
export async function verifyAuditChain(db: Kysely<DB>, batch = 5000): Promise<ChainCheck> {
  const problems: ChainCheck["problems"] = [];
  let prev = "0".repeat(64);
  let expectedSeq = 1;
  let entries = 0;
  for (;;) {
    const rows = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("seq", ">=", expectedSeq)
      .orderBy("seq")
      .limit(batch)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      entries += 1;
      if (row.seq !== expectedSeq)
        problems.push({ seq: row.seq, problem: `缺少第 ${expectedSeq} 条记录（已被删除）` });
      if (row.prev_hash !== prev) problems.push({ seq: row.seq, problem: "与前一条记录的链接不一致" });
      const record: AuditRecord = {
        at: row.at,
        actorId: row.actor_id,
        actorUsername: row.actor_username,
        actorRole: row.actor_role,
        actorOrgId: row.actor_org_id,
        action: row.action,
        resourceType: row.resource_type,
        resourceId: row.resource_id,
        subjectId: row.subject_id,
        countyId: row.county_id,
        cityId: row.city_id,
        provinceId: row.province_id,
        ip: row.ip,
        userAgent: row.user_agent,
        details: row.details,
      };
      if (entryHash(row.seq, row.prev_hash, record) !== row.hash)
        problems.push({ seq: row.seq, problem: "记录内容已被篡改" });
      prev = row.hash;
      expectedSeq = row.seq + 1;
    }
  }
  const head = await db
    .selectFrom("audit_head")
    .select(["seq", "hash"])
    .where("id", "=", 1)
    .executeTakeFirst();
  if (!head || head.seq !== expectedSeq - 1 || head.hash !== prev)
    problems.push({ seq: head?.seq ?? 0, problem: "链尾与记录不一致（末尾记录被删除或替换）" });
  return { ok: problems.length === 0, entries, problems };
}
