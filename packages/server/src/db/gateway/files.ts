import { createHash, randomUUID } from "node:crypto";
import { Repository } from "./repository.ts";

/** Stored files (photos, later attachments and documents). Access is checked through their owner. */
export class FileRepository extends Repository {
  async insert(contentType: string, data: Buffer): Promise<string> {
    const id = randomUUID();
    await this.db
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
    return this.db
      .selectFrom("files")
      .select(["content_type", "data", "sha256"])
      .where("id", "=", id)
      .executeTakeFirst();
  }
}
