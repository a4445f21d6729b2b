import { createHash, randomUUID } from "node:crypto";
import type { Gateway } from "./gateway.ts";

/** Stored files (photos, later attachments and documents). Access is checked through their owner. */
export class FileRepository {
  constructor(private readonly gw: Gateway) {}

  async insert(contentType: string, data: Buffer): Promise<string> {
    const id = randomUUID();
    await this.gw.trx
      .insertInto("files")
      .values({
        id,
        content_type: contentType,
        size: data.length,
        sha256: createHash("sha256").update(data).digest("hex"),
        data,
        created_by: this.gw.actor?.userId ?? null,
      })
      .execute();
    return id;
  }

  get(id: string) {
    return this.gw.trx
      .selectFrom("files")
      .select(["content_type", "data", "sha256"])
      .where("id", "=", id)
      .executeTakeFirst();
  }
}
