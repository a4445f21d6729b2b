/**
 * Demo data: the organisation tree, one account per role and a caseload of subjects.
 * `npm start` seeds an empty database; `npm run demo -- --subjects N` adds N subjects to a
 * demo database (above 20,000 spread over the counties of the whole province).
 */
import { isValidDate, todayIn, validateSubjectInput, type DateString } from "@zhijiao/domain";
import { subjectColumns } from "../features/subjects/subject-columns.ts";
import { seedDemoCases } from "./cases.ts";
import { inTransaction, type AppContext } from "../context.ts";
import { DemoDataRepository, isDatabaseEmpty, type Gateway, type OrgRow } from "../db/gateway/index.ts";
import type { NewRow } from "../db/schema.ts";
import type { FieldCipher } from "../security/secrets.ts";
import { hashPassword } from "../security/passwords.ts";
import { DEMO_PASSWORD, SOCIAL_WORKER_SUBJECTS, demoUserId, demoUserRows } from "./accounts.ts";
import { demoOrgIds, demoTree, provinceTree } from "./orgs.ts";
import { DemoSubjectFactory, type DemoSubject } from "./subjects.ts";

export const DEFAULT_SUBJECTS = 320;
export const DEFAULT_SEED = 20260701;
/** Above this many subjects the demo spans the whole province. */
export const PROVINCE_THRESHOLD = 20_000;
/** Rows per INSERT statement and transaction (about 45 parameters a row, under PostgreSQL's 65,535). */
const BATCH_SIZE = 1000;
const meta = { ip: null, userAgent: "cli" };
const PROGRESS_EVERY = 50_000;

export interface SeedOptions {
  /** How many subjects to add (default 320). */
  subjects?: number;
  /** Seed of the generator (default 20260701): the same seed and today give the same data. */
  seed?: number;
  /** Today in Asia/Shanghai (default: from the context's clock). */
  today?: DateString;
  log?: (message: string) => void;
}

export { isDatabaseEmpty };

/**
 * Seeds the demo: on an empty database the tree, the accounts and the subjects; on a database
 * that already holds the demo tree only more subjects (with their own sub-seed, and identity
 * numbers checked against the files already there).
 */
export async function seedDemo(
  ctx: AppContext,
  opts: SeedOptions = {},
): Promise<{ subjects: number; users: number }> {
  const count = opts.subjects ?? DEFAULT_SUBJECTS;
  if (!Number.isInteger(count) || count < 0) throw new RangeError("演示矫正对象数量应为不小于 0 的整数");
  const seed = opts.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed)) throw new RangeError("演示数据种子应为整数");
  const now = ctx.now();
  const today = opts.today ?? todayIn(now);
  if (!isValidDate(today)) throw new RangeError("today 应为 YYYY-MM-DD 日期");
  const log = opts.log ?? (() => undefined);
  const demo = <T>(work: (repo: DemoDataRepository, gw: Gateway) => Promise<T>) =>
    inTransaction(ctx, null, meta, (gw) => work(new DemoDataRepository(gw), gw));

  const core = demoTree(now);
  const hasTree = await demo((repo) => repo.hasOrganization(demoOrgIds.province));
  let users = 0;
  if (!hasTree) {
    if (!(await isDatabaseEmpty(ctx.database)))
      throw new Error("数据库中已有机构，但不是演示机构树：演示数据只能写入空数据库或已有演示数据的数据库。");
    // One argon2 hash for every account: hashing is slow on purpose.
    const rows = demoUserRows(await hashPassword(DEMO_PASSWORD));
    await demo(async (repo) => {
      await repo.insert("organizations", core.rows);
      await repo.insert("users", rows);
    });
    users = rows.length;
    log(`已建立演示机构树（${core.rows.length} 个机构）和 ${users} 个账号，密码均为 ${DEMO_PASSWORD}。`);
  }

  const orgRows: OrgRow[] = [...core.rows];
  let offices = core.offices;
  if (count > PROVINCE_THRESHOLD) {
    const province = provinceTree(core, now);
    for (let i = 0; i < province.rows.length; i += 500)
      await demo((repo) =>
        repo.insert("organizations", province.rows.slice(i, i + 500), { skipExisting: true }),
      );
    orgRows.push(...province.rows);
    offices = province.offices;
    log(
      `全省演示：${offices.length} 个司法所，分布在 ${new Set(offices.map((o) => o.countyCode)).size} 个县（市、区）。`,
    );
  }
  const places = new Map(orgRows.filter((r) => r.kind === "office").map((r) => [r.id, r]));

  const existingCount = await demo((repo) => repo.subjectCount());
  // A second run draws other people: its own sub-seed, and numbers checked against the database.
  const factory = new DemoSubjectFactory({
    seed: existingCount === 0 ? seed : `${seed}+${existingCount}`,
    today,
    offices,
  });
  const toRow = (s: DemoSubject) => subjectRow(s, places.get(s.input.officeId)!, ctx.cipher, today, now);

  const assigned: string[] = [];
  const started = Date.now();
  for (let done = 0; done < count;) {
    const batch = Array.from({ length: Math.min(BATCH_SIZE, count - done) }, () => factory.next());
    let rows = batch.map(toRow);
    await demo(async (repo) => {
      while (existingCount > 0) {
        const hashes = await repo.takenIdNumberHashes(rows.map((r) => r.id_number_hash));
        if (hashes.size === 0) break;
        rows = rows.map((r, i) => {
          if (!hashes.has(r.id_number_hash)) return r;
          factory.reissueIdNumber(batch[i]!);
          return toRow(batch[i]!);
        });
      }
      await repo.insert("subjects", rows);
    });
    if (users > 0 && assigned.length < SOCIAL_WORKER_SUBJECTS) {
      for (const r of rows) {
        if (
          assigned.length < SOCIAL_WORKER_SUBJECTS &&
          r.office_id === demoOrgIds.guicheng &&
          r.status === "in_correction" &&
          !r.minor
        )
          assigned.push(r.id);
      }
    }
    const before = done;
    done += batch.length;
    if (count >= PROGRESS_EVERY && Math.floor(done / PROGRESS_EVERY) > Math.floor(before / PROGRESS_EVERY))
      log(`已写入 ${done} / ${count} 名矫正对象（${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
  }

  if (assigned.length > 0) {
    const socialWorker = demoUserId("social1");
    await demo((repo) =>
      repo.insert(
        "subject_assignments",
        assigned.map((subjectId) => ({ subject_id: subjectId, user_id: socialWorker })),
      ),
    );
  }
  // Report deadlines for every new awaiting-report file; investigations once, with the accounts.
  const cases = await seedDemoCases(ctx, today, { investigations: users > 0 });
  if (cases.investigations) log(`已建立 ${cases.investigations} 件调查评估演示案件。`);
  await demo((_repo, gw) =>
    gw.audit({ action: "system.demo", resourceType: "system", details: { subjects: count, seed } }),
  );
  return { subjects: count, users };
}

/** The stored row of a generated subject: validated like any file, then encrypted and placed. */
function subjectRow(
  s: DemoSubject,
  office: OrgRow,
  cipher: FieldCipher,
  today: DateString,
  now: Date,
): NewRow<"subjects"> {
  const valid = validateSubjectInput(s.input, { today });
  return {
    ...subjectColumns(valid, cipher),
    id: s.id,
    status: s.status,
    released_on: s.releasedOn,
    office_id: office.id,
    county_id: office.county_id!,
    city_id: office.city_id!,
    province_id: office.province_id!,
    created_by: null,
    // Times of day are drawn in office hours: never later than the clock.
    created_at: s.createdAt > now ? now : s.createdAt,
    updated_at: s.updatedAt > now ? now : s.updatedAt,
  };
}
