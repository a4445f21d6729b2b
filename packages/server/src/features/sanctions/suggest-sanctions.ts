import {
  absenceDays,
  assertCan,
  lastDisciplineOn,
  suggestSanctions as suggest,
  type SanctionSuggestion,
} from "@zhijiao/domain";
import { inTransaction, type UseCaseArgs } from "../../context.ts";
import { AbsenceRepository, SanctionRepository, SubjectRepository } from "../../db/gateway/index.ts";
import { caseEnvironment } from "../../shared/case-environment.ts";
import { sanctionFact } from "./sanction-facts.ts";
import { sanctionRules } from "../../shared/rules-in-force.ts";

/**
 * What a file's record now supports (R-SN-1/2/4/5), each with its rule and the facts that
 * triggered it: the measures not corrected since, and the days of absence not yet answered
 * (days late back from leave, R-LV-3, and days out of contact, R-MS-1). The system suggests;
 * a person decides.
 */
export async function suggestSanctions({
  ctx,
  actor,
  meta,
  subjectId,
}: UseCaseArgs & { subjectId: string }): Promise<{ absenceDays: number; suggestions: SanctionSuggestion[] }> {
  assertCan(actor, "sanction:propose");
  return inTransaction(ctx, actor, meta, async (gw) => {
    const subject = await new SubjectRepository(gw).read(subjectId, "sanction.read");
    const repo = new SanctionRepository(gw);
    const [env, rules, rows, leaves, losses] = await Promise.all([
      caseEnvironment(gw),
      sanctionRules(gw),
      repo.ofSubject(subject.id),
      repo.leaveAbsences(subject.id),
      new AbsenceRepository(gw).ofSubject(subject.id),
    ]);
    const sanctions = rows.map(sanctionFact);
    const contactLosses = losses.map((a) => ({ lostOn: a.lost_on, foundOn: a.found_on }));
    const days = absenceDays(leaves, lastDisciplineOn(sanctions), env.today, contactLosses);
    if (subject.status !== "in_correction") return { absenceDays: days, suggestions: [] };
    return {
      absenceDays: days,
      suggestions: suggest(rules, { category: subject.category, sanctions, absenceDays: days }),
    };
  });
}
