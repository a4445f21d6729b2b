import {
  CompiledQuery,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from "kysely";
import type { AppContext } from "../../packages/server/src/context.ts";

/** Records every query a use case builds (after the schema plugin), to EXPLAIN them afterwards. */
class CapturePlugin implements KyselyPlugin {
  readonly nodes: RootOperationNode[] = [];
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.nodes.push(args.node);
    return args.node;
  }
  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

/** Runs `work` with a context whose queries are recorded; returns them compiled (SQL and parameters). */
export async function captureQueries(
  ctx: AppContext,
  work: (ctx: AppContext) => Promise<unknown>,
): Promise<CompiledQuery[]> {
  const plugin = new CapturePlugin();
  const db = ctx.database.db.withPlugin(plugin);
  await work({ ...ctx, database: { ...ctx.database, db } });
  const executor = ctx.database.db.getExecutor();
  return plugin.nodes
    .filter((n) => n.kind === "SelectQueryNode")
    .map((n, i) => executor.compileQuery(n, { queryId: `bench-${i}` }));
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Schema?: string;
  "Index Name"?: string;
  Alias?: string;
  "Actual Total Time"?: number;
  Plans?: PlanNode[];
}

/** What EXPLAIN says about one query: its top node, the scans it does, and (analyzed) its time. */
export interface PlanSummary {
  sql: string;
  top: string;
  scans: string[];
  /** Tables the plan reads, schema-qualified. */
  relations: string[];
  indexes: string[];
  executionMs: number | null;
  text?: string;
}

function describe(n: PlanNode): string {
  const on = n["Relation Name"] ? ` on ${n.Schema ? n.Schema + "." : ""}${n["Relation Name"]}` : "";
  const using = n["Index Name"] ? ` using ${n["Index Name"]}` : "";
  return `${n["Node Type"]}${using}${on}`;
}

function walk(n: PlanNode, out: PlanNode[] = []): PlanNode[] {
  out.push(n);
  for (const c of n.Plans ?? []) walk(c, out);
  return out;
}

/** EXPLAIN (VERBOSE, so that relations carry their schema) of a captured query; ANALYZE runs it. */
export async function explain(ctx: AppContext, q: CompiledQuery, analyze: boolean): Promise<PlanSummary> {
  const opts = analyze ? "analyze, buffers, verbose" : "verbose";
  const db = ctx.database.db;
  const json = await db.executeQuery<{ "QUERY PLAN": unknown }>(
    CompiledQuery.raw(`explain (${opts}, format json) ${q.sql}`, [...q.parameters]),
  );
  const raw = json.rows[0]!["QUERY PLAN"];
  const doc = (typeof raw === "string" ? JSON.parse(raw) : raw) as {
    Plan: PlanNode;
    "Execution Time"?: number;
  }[];
  const plan = doc[0]!;
  const nodes = walk(plan.Plan);
  const scanNodes = nodes.filter((n) => /Scan/.test(n["Node Type"]));
  const summary: PlanSummary = {
    sql: q.sql,
    top: describe(plan.Plan),
    scans: scanNodes.map(describe),
    relations: [
      ...new Set(
        scanNodes.filter((n) => n["Relation Name"]).map((n) => `${n.Schema ?? "?"}.${n["Relation Name"]}`),
      ),
    ],
    indexes: [...new Set(scanNodes.flatMap((n) => (n["Index Name"] ? [n["Index Name"]] : [])))],
    executionMs: plan["Execution Time"] ?? null,
  };
  if (analyze) {
    const text = await db.executeQuery<{ "QUERY PLAN": string }>(
      CompiledQuery.raw(`explain (${opts}) ${q.sql}`, [...q.parameters]),
    );
    summary.text = text.rows.map((r) => r["QUERY PLAN"]).join("\n");
  }
  return summary;
}

/** A short name for a captured query, for the plan listing. */
export function queryLabel(sqlText: string): string {
  const s = sqlText.replace(/\s+/g, " ");
  if (/from "(?:\w+"\.")?subject_counts"/.test(s)) return "summary";
  if (/group by/i.test(s)) return "groups";
  if (/"received_on" >=/.test(s)) return "received this month";
  if (/"released_on" >=/.test(s)) return "released this month";
  if (
    /"minor" =/.test(s) &&
    /count\(\*\)/i.test(s) &&
    !/limit/i.test(s) &&
    /"status" =/.test(s) &&
    !/"name_tokens"/.test(s)
  )
    return "minors";
  if (/count\(\*\)/i.test(s)) return "count";
  if (/limit/i.test(s)) return "page ids";
  if (/"office"\."name"/.test(s)) return "page rows with names";
  if (/from "(?:\w+"\.")?organizations"/.test(s)) return "office names";
  return s.slice(0, 40);
}
