import { sql } from "kysely";
import type { AppContext } from "../../packages/server/src/context.ts";
import type { Database } from "../../packages/server/src/db/connect.ts";

/** The schema that holds index-free copies of the tables the measured queries read. */
export const NOIDX = "noidx";

/** Tables the list and dashboard queries read, copied without any index (LIKE copies none unless told). */
const copied = ["organizations", "subjects", "subject_assignments", "audit_head"] as const;

/**
 * Builds the comparator: `noidx.<table>` for each table the measured use cases touch, with the
 * same columns, defaults and rows but no index, primary key or constraint. audit_log is created
 * empty (with its indexes: it is written, not measured) so that an audited read would resolve too.
 *
 * There is no `noidx.subject_counts`: the dashboard's comparator is `recount()` (straight from
 * `subjects`), not the summary. LIKE copies no trigger either, so nothing that touches
 * `noidx.subjects` would fire subject_counts_sync (whose unqualified `subject_counts` would
 * resolve to public's summary); the copy is checked to carry no trigger, and the bench writes
 * no subject anyway.
 */
export async function createNoIndexCopy(database: Database, log: (m: string) => void): Promise<void> {
  const started = Date.now();
  await database.exec(`drop schema if exists ${NOIDX} cascade; create schema ${NOIDX};`);
  for (const t of copied) {
    await database.exec(
      `create table ${NOIDX}.${t} (like public.${t} including defaults);\ninsert into ${NOIDX}.${t} select * from public.${t};`,
    );
  }
  await database.exec(`create table ${NOIDX}.audit_log (like public.audit_log including all);`);
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from pg_indexes where schemaname = ${NOIDX} and tablename <> 'audit_log'`.execute(
    database.db,
  );
  if (rows[0]?.n !== 0)
    throw new Error(`${NOIDX} should hold no index on the measured tables, found ${rows[0]?.n}`);
  const triggers = await sql<{ n: number }>`
    select count(*)::int as n from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace s on s.oid = c.relnamespace
    where s.nspname = ${NOIDX} and not t.tgisinternal`.execute(database.db);
  if (triggers.rows[0]?.n !== 0)
    throw new Error(`${NOIDX} should hold no trigger, found ${triggers.rows[0]?.n}`);
  log(
    `comparator: ${copied.map((t) => `${NOIDX}.${t}`).join(", ")} copied without indexes in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** What vacuumAnalyze did: the share of public.subjects' pages marked all-visible, after how many VACUUM passes. */
export interface VacuumOutcome {
  allVisible: number;
  passes: number;
}

/**
 * VACUUM ANALYZE of the measured tables in both schemas (statistics; visibility map for
 * index-only scans), and of public.subject_counts: the seed's 1,000-row INSERTs each upsert
 * into it, leaving many dead versions of its ~2,000 rows.
 *
 * Right after the load, one VACUUM may leave many of public.subjects' pages not all-visible
 * (observed on the temporary server, synchronous_commit=off: 35% at 20,000 subjects; a VACUUM
 * a moment later marks them all), and index-only scans would then fetch from the heap, which no
 * settled production table does. The cause is not pinned down (VACUUM cannot set hint bits for
 * asynchronous commits whose WAL is not flushed yet; a CHECKPOINT first fixed it in a psql
 * experiment, not always here). So: a CHECKPOINT (needs a superuser or pg_checkpoint, skipped
 * otherwise), then, until 99% of the pages are all-visible, a plain VACUUM of public.subjects
 * after a pause, at most 5 passes in all.
 */
export async function vacuumAnalyze(database: Database, schemas: readonly string[]): Promise<VacuumOutcome> {
  await database.exec("checkpoint").catch(() => undefined);
  for (const schema of schemas) for (const t of copied) await database.exec(`vacuum analyze ${schema}.${t}`);
  if (schemas.includes("public")) await database.exec(`vacuum analyze public.subject_counts`);
  const visible = async () => {
    const { rows } = await sql<{ v: number; p: number }>`
      select relallvisible::int as v, relpages::int as p from pg_class where oid = 'public.subjects'::regclass`.execute(
      database.db,
    );
    return rows[0]!.p ? rows[0]!.v / rows[0]!.p : 1;
  };
  let passes = 1;
  let allVisible = await visible();
  while (schemas.includes("public") && allVisible < 0.99 && passes < 5) {
    await new Promise((r) => setTimeout(r, 1000));
    await database.exec("vacuum public.subjects");
    passes++;
    allVisible = await visible();
  }
  return { allVisible, passes };
}

/** The same context, but every table a query names resolves in the `noidx` schema. */
export function noIndexContext(ctx: AppContext): AppContext {
  return { ...ctx, database: { ...ctx.database, db: ctx.database.db.withSchema(NOIDX) } };
}
