import { sql } from "kysely";
import { Repository } from "./repository.ts";

/** Running document numbers per issuing organ, kind word and year: "南海矫调评〔2026〕3号". */
export class DocumentNumberRepository extends Repository {
  /** The next number, taken under the row lock of the counter (no gaps from concurrent steps). */
  async next(org: { id: string; name: string }, word: string, year: number): Promise<string> {
    const row = await this.db
      .insertInto("document_counters")
      .values({ org_id: org.id, word, year, last: 1 })
      .onConflict((oc) =>
        oc.columns(["org_id", "word", "year"]).doUpdateSet({ last: sql`document_counters.last + 1` }),
      )
      .returning("last")
      .executeTakeFirstOrThrow();
    return `${shortOrgName(org.name)}${word}〔${year}〕${row.last}号`;
  }
}

/** "佛山市南海区社区矫正管理局" → "南海": the place name an issuing-organ abbreviation starts with. */
export function shortOrgName(name: string): string {
  const local = name.replace(/^.+?省/, "").replace(/^.+?市(?=.+[区县市旗])/, "");
  const m = /^(.{1,4}?)(?:区|县|市|旗)/.exec(local);
  return m?.[1] ?? Array.from(local).slice(0, 2).join("");
}
