import type { Actor } from "@zhijiao/domain";
import type { Database } from "./db/connect.ts";
import { inGatewayTransaction, type Gateway, type RequestMeta } from "./db/gateway/index.ts";
import type { FieldCipher } from "./security/secrets.ts";

/** What the server holds for its lifetime: the database, the field cipher and a clock. */
export interface AppContext {
  database: Database;
  cipher: FieldCipher;
  /** The clock; tests move it to check idle timeouts and lockouts. */
  now: () => Date;
}

/** Runs one use case in one transaction, with a gateway scoped to the caller. */
export function inTransaction<T>(
  ctx: AppContext,
  actor: Actor | null,
  meta: Omit<RequestMeta, "now"> & { now?: Date },
  work: (gw: Gateway) => Promise<T>,
): Promise<T> {
  const full: RequestMeta = { ip: meta.ip, userAgent: meta.userAgent, now: meta.now ?? ctx.now() };
  return inGatewayTransaction(ctx.database, actor, full, ctx.cipher, work);
}

/** The arguments every use case receives. */
export interface UseCaseArgs {
  ctx: AppContext;
  actor: Actor;
  meta: Omit<RequestMeta, "now">;
}
