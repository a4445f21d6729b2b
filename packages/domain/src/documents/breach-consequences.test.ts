import { describe, expect, it } from "vitest";
import { categories } from "../subjects/codes.ts";
import { checkSanctionCategory, type SanctionKind } from "../sanctions/sanctions.ts";
import { breachConsequence, breachConsequences } from "./breach-consequences.ts";

function allowed(kind: SanctionKind, category: string): boolean {
  try {
    checkSanctionCategory(kind, category);
    return true;
  } catch {
    return false;
  }
}

describe("breachConsequences", () => {
  it("R-SN-3: a parolee is never told of a public-security penalty, only of revocation of parole", () => {
    expect(breachConsequences["03"]).not.toContain("治安管理处罚");
    expect(breachConsequences["03"]).toContain("撤销假释");
  });

  it.each(categories)("R-SN-3..5: category %s names exactly the measures it allows", (category) => {
    const text = breachConsequences[category];
    expect(text.includes("治安管理处罚")).toBe(allowed("police_penalty", category));
    expect(text.includes("撤销缓刑")).toBe(allowed("revoke_probation", category));
    expect(text.includes("撤销假释")).toBe(allowed("revoke_parole", category));
    expect(text.includes("暂予监外执行")).toBe(allowed("committal", category));
  });

  it("names every measure for a code it does not know", () => {
    expect(breachConsequence("99")).toContain("撤销假释");
    expect(breachConsequence("03")).toBe(breachConsequences["03"]);
  });
});
