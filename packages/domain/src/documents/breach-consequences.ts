import type { Category } from "../subjects/codes.ts";

/**
 * What a subject of each category faces for a further breach of the supervision rules, as the
 * documents warn them (LAW 28, R-SN-3..5): a public-security penalty only for 管制, 缓刑 and
 * 暂予监外执行 (R-SN-3); revocation only of 缓刑 or 假释, and for 假释 it is the only consequence,
 * since any breach can revoke parole (CL 86, R-SN-4); 收监执行 only for 暂予监外执行 (R-SN-5).
 * Written to follow "将依法…" in a sentence.
 */
export const breachConsequences: Record<Category, string> = {
  "01": "提请公安机关予以治安管理处罚",
  "02": "提请公安机关予以治安管理处罚，或者提请人民法院撤销缓刑、执行原判刑罚",
  "03": "提请人民法院撤销假释、收监执行未执行完毕的刑罚",
  "04": "提请公安机关予以治安管理处罚，或者提请对暂予监外执行的社区矫正对象收监执行",
};

/** The consequence for a category code; the full list of measures for an unknown code. */
export function breachConsequence(category: string): string {
  return (
    (breachConsequences as Record<string, string>)[category] ??
    "提请公安机关予以治安管理处罚，或者提请撤销缓刑、撤销假释、对暂予监外执行的收监执行"
  );
}
