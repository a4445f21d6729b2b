import type { Kysely } from "kysely";
import type { DB } from "../schema.ts";
import { transactionOf, type Gateway } from "./gateway.ts";

/** What every repository is built on: the gateway it serves and that gateway's transaction. */
export abstract class Repository {
  /** The request's transaction: every query of the repository runs in it. */
  protected readonly db: Kysely<DB>;

  constructor(protected readonly gw: Gateway) {
    this.db = transactionOf(gw);
  }
}
