import { performance } from "node:perf_hooks";
import { subjectScope, type Actor } from "@zhijiao/domain";
import { getDashboard } from "../../packages/server/src/features/dashboard/get-dashboard.ts";
import { listSubjects } from "../../packages/server/src/features/subjects/list-subjects.ts";
import { inTransaction, type AppContext } from "../../packages/server/src/context.ts";
import { AuthRepository, type SubjectListFilter } from "../../packages/server/src/db/gateway/index.ts";
import { subjectScopeWhere } from "../../packages/server/src/db/gateway/scope-sql.ts";
import { Random } from "../../packages/server/src/demo/random.ts";

const meta = { ip: "127.0.0.1", userAgent: "zhijiao-bench" };

/** A demo account as the server builds it for a request: user row → Actor (AuthRepository.loadActor). */
export async function loadActor(ctx: AppContext, username: string): Promise<Actor> {
  return inTransaction(ctx, null, meta, async (gw) => {
    const auth = new AuthRepository(gw);
    const user = await auth.findUserByUsername(username);
    if (!user) throw new Error(`demo account "${username}" not found`);
    return auth.loadActor(user);
  });
}

/**
 * One call: of a measured use case (`list`: listSubjects, `dashboard`: getDashboard, which reads
 * the subject_counts summary for org scopes), or `recount`: the dashboard's counts computed
 * straight from `subjects` (DashboardRepository.recount), the dashboard's comparator.
 */
export type Call = { kind: "list"; filter: SubjectListFilter } | { kind: "dashboard" } | { kind: "recount" };

/**
 * Names the actor can see, sampled deterministically (ordered by the seeded UUIDs), and turned
 * into 2-character searches: the first two characters (surname + first given character) or the
 * last two (the given name).
 */
export async function searchTerms(ctx: AppContext, actor: Actor, count = 400): Promise<string[]> {
  const rows = await ctx.database.db
    .selectFrom("subjects")
    .select("subjects.name")
    .where(subjectScopeWhere(subjectScope(actor)))
    .orderBy("subjects.id")
    .limit(count)
    .execute();
  const terms: string[] = [];
  rows.forEach((r, i) => {
    const chars = Array.from(r.name);
    if (chars.length < 2) return;
    terms.push(i % 2 === 0 ? chars.slice(0, 2).join("") : chars.slice(-2).join(""));
  });
  if (terms.length === 0) throw new Error(`no subject names in the scope of ${actor.username}`);
  return terms;
}

const categories = ["01", "02", "03", "04"];
const levels = ["strict", "normal", "lenient"];

/** The list workload: a filter (status, category or level, rotating) and a name search, page 1-3 of 20. */
export function listCalls(terms: readonly string[], n: number, seed: string): Call[] {
  const rng = new Random(`bench:list:${seed}`);
  return Array.from({ length: n }, (_, i): Call => {
    const filter: SubjectListFilter = { q: rng.pick(terms), page: rng.int(1, 3), pageSize: 20 };
    if (i % 3 === 0) filter.status = "in_correction";
    else if (i % 3 === 1) filter.category = rng.pick(categories);
    else filter.level = rng.pick(levels);
    return { kind: "list", filter };
  });
}

export function dashboardCalls(n: number, kind: "dashboard" | "recount" = "dashboard"): Call[] {
  return Array.from({ length: n }, (): Call => ({ kind }));
}

/** Runs one call through the use case, as the server does for a request. */
export async function runCall(ctx: AppContext, actor: Actor, call: Call): Promise<unknown> {
  if (call.kind === "list") return listSubjects({ ctx, actor, meta, filter: call.filter });
  if (call.kind === "recount") return getDashboard({ ctx, actor, meta, source: "recount" });
  return getDashboard({ ctx, actor, meta });
}

/** What a call returned, reduced to compare the indexed and the index-free runs. */
export function fingerprint(result: unknown): string {
  const r = result as { rows?: { id: string }[]; total?: number } & Record<string, unknown>;
  if (Array.isArray(r.rows)) return `${r.total}:${r.rows.map((x) => x.id).join(",")}`;
  const {
    asOf: _asOf,
    groups,
    ...rest
  } = r as { asOf?: string; groups?: { officeId: string; category: string; level: string; n: number }[] };
  const g = [...(groups ?? [])].map((x) => `${x.officeId}/${x.category}/${x.level}=${x.n}`).sort();
  return JSON.stringify([rest, g]);
}

export interface Series {
  samples: number[];
  /** Index in the call list of each sample, to find the slowest call. */
  calls: number[];
  /** Whether the series stopped at its time budget before running every call. */
  truncated: boolean;
}

/** Warm-up calls (not recorded, drawn apart from the measured ones), then the calls in order, timed one by one, until done or out of budget. */
export async function measure(
  ctx: AppContext,
  actor: Actor,
  warmupCalls: readonly Call[],
  calls: readonly Call[],
  budget: { seconds: number; minSamples: number } | null,
): Promise<Series> {
  for (const call of warmupCalls) await runCall(ctx, actor, call);
  const samples: number[] = [];
  const idx: number[] = [];
  const started = performance.now();
  let truncated = false;
  for (let i = 0; i < calls.length; i++) {
    if (
      budget &&
      samples.length >= budget.minSamples &&
      performance.now() - started > budget.seconds * 1000
    ) {
      truncated = true;
      break;
    }
    const t0 = performance.now();
    await runCall(ctx, actor, calls[i]!);
    samples.push(performance.now() - t0);
    idx.push(i);
  }
  return { samples, calls: idx, truncated };
}
